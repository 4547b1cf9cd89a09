/**
 * 2,250 hostile requests against `next start`, 16 at a time, over bare
 * sockets (tests/support/raw-http.ts): no 5xx, no stack trace, file path or
 * file content in any answer, no header smuggled in, no redirect off the
 * site, 404/400/405 where those are due, and no file written for made-up
 * URLs. FUZZ_SEED=n runs another set.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fuzzCases, type FuzzCase } from "./support/fuzz-cases";
import { STORIES, ofKind } from "./support/sample";
import { rawRequest, type RawResponse } from "./support/raw-http";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SEED = Number(process.env.FUZZ_SEED ?? 20260128);
const CONCURRENCY = 16;
/** Where Next would write regenerated pages and the 404s of made-up slugs. */
const ROUTE_CACHE = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "route-cache");
const cachedFiles = () => (fs.existsSync(ROUTE_CACHE) ? fs.readdirSync(ROUTE_CACHE, { recursive: true }).length : 0);

const ROUTES = [
  "/",
  ofKind("news")[0]!.path,
  ofKind("video")[0]!.path,
  ofKind("column")[0]!.path,
  "/category/pakistan",
  "/latest",
  "/latest/page/2",
  "/videos",
  "/columns",
  `/tags/${encodeURIComponent(STORIES[0]!.tags[0]!)}`,
  "/authors/farhat-naqvi",
  `/search?q=${encodeURIComponent("بارش")}`,
  "/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/images/site-default.jpg",
  "/icon.svg",
  "/_next/static/chunks/none.js",
];

/** What no answer may contain: internals of the server, or a file it should never serve. */
const LEAKS = [
  "/work/",
  "node_modules",
  "at Object.",
  ".ts:",
  "/tmp/",
  "ContentError",
  "BrokenStoryError",
  "root:x:0:0",
  '"devDependencies"',
  "NEXT_DIST_DIR",
  "<script>alert(1)</script>",
];

function problems(c: FuzzCase, r: RawResponse): string[] {
  const found: string[] = [];
  if (r.status === 0) found.push("no answer");
  if (r.status >= 500) found.push(`status ${r.status}`);
  if (c.due && !c.due.includes(r.status)) found.push(`status ${r.status}, due ${c.due.join("/")}`);
  for (const leak of LEAKS) if (r.body.includes(leak)) found.push(`body contains ${leak}`);
  if (r.headers.has("x-injected")) found.push("has a smuggled header");
  // Next clears preview cookies it cannot verify; any other cookie is a header smuggled in.
  for (const cookie of r.headers.get("set-cookie") ?? [])
    if (!/^__(?:prerender_bypass|next_preview_data)=;.*Expires=Thu, 01 Jan 1970/.test(cookie))
      found.push(`sets ${cookie}`);
  const location = r.headers.get("location")?.[0];
  if (location && /^(?:[a-z]+:)?[/\\]{2}/i.test(location) && !location.startsWith(`http://127.0.0.1:${PORT}/`))
    found.push(`redirects off the site to ${location}`);
  return found;
}

test(`hostile requests (seed ${SEED}) get no 5xx and leak nothing`, async () => {
  test.setTimeout(600_000);
  const cases = fuzzCases(ROUTES, SEED);
  expect(cases.length).toBeGreaterThanOrEqual(2000);
  const filesBefore = cachedFiles();
  const failures: string[] = [];
  const counts = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const n = next++;
      const c = cases[n]!;
      const response = await rawRequest(PORT, c.method, c.target, c.headers);
      const key = `${c.kind} ${response.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const found = problems(c, response);
      if (found.length > 0)
        failures.push(
          `case ${n} ${c.kind}: ${c.method} ${String(c.target).slice(0, 160)} ${JSON.stringify(c.headers ?? {})}: ${found.join("; ")}`,
        );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  const byStatus = new Map<number, number>();
  for (const [key, count] of counts) {
    const status = Number(key.split(" ").at(-1));
    byStatus.set(status, (byStatus.get(status) ?? 0) + count);
  }
  console.log(
    `fuzz seed ${SEED}: ${cases.length} requests; by status ${[...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(", ")}`,
  );
  console.log(
    `by kind and status: ${[...counts]
      .sort()
      .map(([k, n]) => `${k}: ${n}`)
      .join(", ")}`,
  );
  expect(failures).toEqual([]);
  // Made-up URLs must not become files (next.config.ts: isrFlushToDisk).
  expect(cachedFiles()).toBe(filesBefore);
});
