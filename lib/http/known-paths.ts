/**
 * Whether a URL that an API route serves under a public name (a section
 * feed, a sitemap file, a share card) names something that exists:
 * proxy.ts sends the others to the Urdu 404 page before they reach the
 * route, which could only answer a bare 404.
 */
import { parseCardFile, storyCard } from "@/lib/cards/story-card";
import { cardVersion } from "@/lib/cards/version";
import { getContentIndex } from "@/lib/content";
import { sitemapFileNames } from "@/lib/feeds/sitemap";

const SECTION_FEED = /^\/category\/([^/]+)\/feed\.xml$/;
const SITEMAP_FILE = /^\/sitemaps\/([^/]+)$/;
const CARD = /^\/cards\/([^/]+)$/;

function cardExists(file: string): boolean {
  const wanted = parseCardFile(file);
  const story = wanted && getContentIndex().teaser(wanted.slug);
  return Boolean(wanted && story && !story.image && cardVersion(storyCard(story)) === wanted.version);
}

/** False for a section feed of no section, a sitemap file the index does not list, or a card no story has; true for anything else. */
export function knownPath(pathname: string): boolean {
  const section = SECTION_FEED.exec(pathname)?.[1];
  if (section !== undefined) return getContentIndex().category(decodeURIComponent(section)) !== undefined;
  const file = SITEMAP_FILE.exec(pathname)?.[1];
  if (file !== undefined) return sitemapFileNames(getContentIndex()).includes(decodeURIComponent(file));
  const card = CARD.exec(pathname)?.[1];
  if (card !== undefined) return cardExists(decodeURIComponent(card));
  return true;
}
