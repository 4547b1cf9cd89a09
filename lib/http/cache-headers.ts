/**
 * Cache-Control for what is not a page, for browsers and for the shared
 * caches in front of `next start` (deploy/nginx.conf, a CDN); next.config.ts
 * serves these. Pages are Next's: each is regenerated once a minute old
 * (lib/pages/routes.ts), and Next says so itself, `s-maxage=60,
 * stale-while-revalidate=…` up to next.config's `expireTime`, and a short
 * `s-maxage` on a 404 too, so a story published later is found within a
 * minute. /_next/static is left alone: Next marks it immutable. Feeds and
 * sitemaps set their own (lib/feeds/response.ts).
 */
import type { HeaderRule } from "./security-headers";

const DAY = 24 * 60 * 60;

export const CACHE_CONTROL = {
  /** Pictures keep their names; an editor who replaces one waits a day at worst. */
  image: `public, max-age=${DAY}, stale-while-revalidate=${7 * DAY}`,
  /** Named by what they hold, so a copy never goes stale: the site's script (by the build, pages/_document.tsx) and share cards (by their text). */
  immutable: "public, max-age=31536000, immutable",
  /** How long a page stays fresh in a shared cache, as Next says it: `revalidate` and `expireTime` (next.config.ts). */
  page: `s-maxage=60, stale-while-revalidate=${DAY - 60}`,
} as const;

/** How long a stale page may still be served while it is regenerated: next.config.ts `expireTime`. */
export const PAGE_EXPIRE_SECONDS = DAY;

const rule = (source: string, value: string): HeaderRule => ({ source, headers: [{ key: "Cache-Control", value }] });

/** Rules for next.config.ts `headers()`; where two match, the later one wins. */
export function cacheHeaderRules(): HeaderRule[] {
  return [
    rule("/images/:path*", CACHE_CONTROL.image),
    rule("/icon.svg", CACHE_CONTROL.image),
    rule("/site.js", CACHE_CONTROL.immutable),
  ];
}
