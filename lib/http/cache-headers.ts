/**
 * Cache-Control per page kind, for browsers and for the shared caches in
 * front of `next start` (deploy/nginx.conf, a CDN). next.config.ts serves
 * these; Next keeps a Cache-Control it finds set and only fills in its own
 * where none is. /_next/static is left alone: Next marks it immutable.
 *
 * max-age is the reader's browser, s-maxage a shared cache. After s-maxage a
 * shared cache hands out its stale copy while one request fetches a fresh one
 * (stale-while-revalidate), so a rush never waits on a render; if `next
 * start` is down it keeps serving what it has (stale-if-error).
 */
import type { HeaderRule } from "./security-headers";

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

export const CACHE_CONTROL = {
  /**
   * A story barely changes once out, but its page carries the تازہ ترین list
   * and the breaking strip: ten minutes at the shared cache keeps those
   * close to current while the origin renders each story at most once per
   * ten minutes per cache, however big the rush.
   */
  story: `public, max-age=${MINUTE}, s-maxage=${10 * MINUTE}, stale-while-revalidate=${DAY}, stale-if-error=${DAY}`,
  /** Home, sections, تازہ ترین, tags, authors, feeds: a new story shows within about a minute. */
  list: `public, max-age=30, s-maxage=${MINUTE}, stale-while-revalidate=${5 * MINUTE}, stale-if-error=${DAY}`,
  /** Pictures keep their names; an editor who replaces one waits a day at worst. */
  image: `public, max-age=${DAY}, stale-while-revalidate=${7 * DAY}`,
  /**
   * Search answers whatever a stranger typed, with a fresh CSP nonce: no
   * shared cache keeps it. `no-cache`, not `no-store`, so the back button
   * can still restore the page from the browser's back/forward cache.
   */
  search: "private, no-cache",
} as const;

const rule = (source: string, value: string): HeaderRule => ({ source, headers: [{ key: "Cache-Control", value }] });

/** Rules for next.config.ts `headers()`; where two match, the later one wins. */
export function cacheHeaderRules(): HeaderRule[] {
  return [
    // Everything but Next's own assets starts as a list: pages not named below, feeds, sitemaps, the 404 page.
    rule("/:path((?!_next/).*)", CACHE_CONTROL.list),
    ...["news", "videos", "columns"].map((dir) => rule(`/${dir}/:slug`, CACHE_CONTROL.story)),
    rule("/images/:path*", CACHE_CONTROL.image),
    rule("/search", CACHE_CONTROL.search),
  ];
}
