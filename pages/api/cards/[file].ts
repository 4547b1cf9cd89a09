import type { NextApiRequest, NextApiResponse } from "next";
import { renderShareCard } from "@/lib/cards/share-card";
import { parseCardFile, storyCard } from "@/lib/cards/story-card";
import { cardVersion } from "@/lib/cards/version";
import { getContentIndex } from "@/lib/content";
import { CACHE_CONTROL } from "@/lib/http/cache-headers";
import { etagOf, isNotModified } from "@/lib/feeds/response";

// Rendered once a process per card and kept: a story shared round WhatsApp is asked for its card many times.
const MOST_KEPT = 200;
const kept = new Map<string, Promise<Buffer>>();

function rendered(file: string, render: () => Promise<Buffer>): Promise<Buffer> {
  let png = kept.get(file);
  if (!png) {
    if (kept.size >= MOST_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(file, (png = render()));
    png.catch(() => kept.delete(file));
  }
  return png;
}

/**
 * /cards/<slug>-<version>.png (next.config.ts rewrites): the share card of a
 * published story without a picture, at the version its head names; any
 * other name is a 404 (proxy.ts sends those to the Urdu 404 page).
 */
export default async function shareCard(request: NextApiRequest, response: NextApiResponse): Promise<void> {
  const file = String(request.query.file);
  const wanted = parseCardFile(file);
  const story = wanted && getContentIndex().teaser(wanted.slug);
  if (!wanted || !story || story.image || cardVersion(storyCard(story)) !== wanted.version) {
    response.status(404).end();
    return;
  }
  const png = await rendered(file, () => renderShareCard(storyCard(story)));
  const etag = etagOf(file);
  response.setHeader("Content-Type", "image/png");
  response.setHeader("Cache-Control", CACHE_CONTROL.immutable);
  response.setHeader("ETag", etag);
  if (isNotModified(request.headers, etag, undefined)) {
    response.status(304).end();
    return;
  }
  response.setHeader("Content-Length", png.length);
  response.status(200).end(request.method === "HEAD" ? undefined : png);
}
