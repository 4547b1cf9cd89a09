/**
 * Whether a feed or sitemap URL names something that exists: proxy.ts
 * sends the others to the Urdu 404 page before they reach the API route
 * that serves them, which could only answer a bare 404.
 */
import { getContentIndex } from "@/lib/content";
import { sitemapFileNames } from "./sitemap";

const SECTION_FEED = /^\/category\/([^/]+)\/feed\.xml$/;
const SITEMAP_FILE = /^\/sitemaps\/([^/]+)$/;

/** False for a section feed of no section or a sitemap file the index does not list; true for anything else. */
export function feedExists(pathname: string): boolean {
  const section = SECTION_FEED.exec(pathname)?.[1];
  if (section !== undefined) return getContentIndex().category(decodeURIComponent(section)) !== undefined;
  const file = SITEMAP_FILE.exec(pathname)?.[1];
  if (file !== undefined) return sitemapFileNames(getContentIndex()).includes(decodeURIComponent(file));
  return true;
}
