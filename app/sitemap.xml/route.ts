import { getContentIndex } from "@/lib/content";
import { xmlResponse } from "@/lib/feeds/response";
import { buildSitemap, sitemapEntries } from "@/lib/feeds/sitemap";

// Built at build time like a page, so it needs the same refresh: a scheduled story enters within a minute of its time.
export const revalidate = 60;

/**
 * A route rather than app/sitemap.ts: Next's sitemap convention serves
 * `application/xml` without a charset; every XML answer here names utf-8.
 */
export function GET(): Response {
  return xmlResponse(buildSitemap(sitemapEntries(getContentIndex())), "application/xml");
}
