/**
 * Feeds and sitemaps as HTTP answers: the charset named so readers never
 * guess, an ETag and Last-Modified, and 304 Not Modified to a reader that
 * already has this version, so feed readers polling every few minutes
 * download a feed only when it changed.
 */
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { NextApiRequest, NextApiResponse } from "next";

export type DocumentType = "application/rss+xml" | "application/xml" | "text/plain";

/** A few minutes in shared caches and browsers spares the server; content changes far less often than it is polled. */
export const XML_CACHE_CONTROL = "public, max-age=300";

/** HTTP dates have whole seconds: compare at that precision. */
const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

const one = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(",") : value;

export function isNotModified(headers: IncomingHttpHeaders, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = one(headers["if-none-match"]);
  // When both are sent, If-None-Match decides (RFC 9110 13.1.3).
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
      .some((tag) => tag === etag || tag === "*");
  }
  const ifModifiedSince = one(headers["if-modified-since"]);
  if (ifModifiedSince === undefined || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && seconds(lastModified) <= Math.floor(since / 1000);
}

export const etagOf = (body: string): string =>
  `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;

/** Sends `body`, or 304 when the reader's copy is this one; HEAD gets the headers alone. */
export function sendDocument(
  request: NextApiRequest,
  response: NextApiResponse,
  body: string,
  type: DocumentType,
  lastModified?: Date,
): void {
  const etag = etagOf(body);
  response.setHeader("Content-Type", `${type}; charset=utf-8`);
  response.setHeader("Cache-Control", XML_CACHE_CONTROL);
  response.setHeader("ETag", etag);
  if (lastModified) response.setHeader("Last-Modified", lastModified.toUTCString());
  if (isNotModified(request.headers, etag, lastModified)) {
    response.status(304).end();
    return;
  }
  response.status(200).end(request.method === "HEAD" ? undefined : body);
}
