/**
 * What a page costs a reader: every response a browser fetched for it,
 * sized raw, gzipped (what `next start` sends) and brotli'd (what a front
 * cache or CDN can send), by kind. Script from /_next/ is the framework's
 * (its runtime, a page's chunks), told apart from the site's own file.
 * tests/budgets.spec.ts and bench/weight.ts both weigh pages with it.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Page, Request, Response } from "@playwright/test";

export type Kind = "html" | "css" | "js-framework" | "js-own" | "font" | "image" | "data" | "other";

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Fetched extends Sizes {
  url: string;
  kind: Kind;
  /** Fetched after the load event: prefetches, lazy pictures, fonts found late. */
  afterLoad: boolean;
}

// Already compressed: gzip or brotli would only add framing.
const COMPRESSED = new Set<Kind>(["font", "image"]);

export function sizes(body: Buffer, kind: Kind): Sizes {
  if (COMPRESSED.has(kind)) return { raw: body.length, gzip: body.length, brotli: body.length };
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 6 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  const { pathname } = new URL(response.url());
  if (type === "document") return "html";
  if (type === "stylesheet") return "css";
  if (type === "script") return pathname.startsWith("/_next/") ? "js-framework" : "js-own";
  if (type === "font") return "font";
  if (type === "image") return "image";
  if (type === "fetch" || type === "xhr") return "data";
  return "other";
}

/**
 * Opens `url` (absolute) and weighs every same-origin response, waiting
 * `settleMs` after the load event for what comes later. Requests to other
 * origins are listed in `foreign` and not weighed.
 */
export async function weighPage(
  page: Page,
  url: string,
  settleMs = 1500,
): Promise<{ fetched: Fetched[]; foreign: string[] }> {
  const { origin } = new URL(url);
  const pending: Promise<Fetched | null>[] = [];
  const foreign: string[] = [];
  let loaded = false;
  // Requests, not responses: a request to another origin counts even if it never answers.
  const onRequest = (request: Request) => {
    const at = new URL(request.url());
    if (at.protocol !== "data:" && at.origin !== origin) foreign.push(request.url());
  };
  const onResponse = (response: Response) => {
    if (new URL(response.url()).origin !== origin) return;
    const afterLoad = loaded;
    const kind = kindOf(response);
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), kind, afterLoad, ...sizes(body, kind) }),
        () => null, // a redirect or an aborted request has no body to weigh
      ),
    );
  };
  page.on("request", onRequest);
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "load" });
  loaded = true;
  await page.waitForTimeout(settleMs);
  page.off("request", onRequest);
  page.off("response", onResponse);
  const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== null);
  return { fetched, foreign };
}

/** Totals by kind, optionally of what came before the load event only. */
export function totals(fetched: Fetched[], { beforeLoadOnly = false } = {}): Map<Kind, Sizes & { files: number }> {
  const out = new Map<Kind, Sizes & { files: number }>();
  for (const f of fetched) {
    if (beforeLoadOnly && f.afterLoad) continue;
    const sum = out.get(f.kind) ?? { raw: 0, gzip: 0, brotli: 0, files: 0 };
    out.set(f.kind, {
      raw: sum.raw + f.raw,
      gzip: sum.gzip + f.gzip,
      brotli: sum.brotli + f.brotli,
      files: sum.files + 1,
    });
  }
  return out;
}
