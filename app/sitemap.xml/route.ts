import { getContentIndex } from "@/lib/content";
import { xmlResponse } from "@/lib/feeds/response";
import { buildSitemap, sitemapEntries } from "@/lib/feeds/sitemap";

/**
 * A route rather than app/sitemap.ts: Next's sitemap convention serves
 * `application/xml` without a charset; every XML answer here names utf-8.
 */
export function GET(): Response {
  return xmlResponse(buildSitemap(sitemapEntries(getContentIndex())), "application/xml");
}
