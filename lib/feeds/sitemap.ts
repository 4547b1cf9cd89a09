/** /sitemap.xml: every published story and every list page, each dated by its stories' latest change. */
import type { ContentIndex, Story } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";
import { isoInKarachi } from "@/lib/urdu/date";
import { tagKey } from "@/lib/urdu/normalize";
import { lastModified, newestChange } from "./story-dates";
import { el, renderXml } from "./xml";

export interface SitemapEntry {
  /** Absolute. */
  url: string;
  /** Undefined for a list with no stories yet: no date is better than a made-up one. */
  lastModified?: Date;
  /** Absolute picture URLs, for Google's image extension. */
  images: string[];
}

function listPage(path: string, stories: readonly Story[]): SitemapEntry {
  return { url: absoluteUrl(path), lastModified: newestChange(stories), images: [] };
}

/** One URL per tag, spelt as its newest story spells it, whatever other stories' spellings. */
function tagPages(index: ContentIndex): SitemapEntry[] {
  const spellings = new Map<string, string>();
  for (const story of index.stories) {
    for (const tag of story.tags) if (!spellings.has(tagKey(tag))) spellings.set(tagKey(tag), tag);
  }
  return [...spellings.values()].map((tag) => listPage(`/tags/${encodeURIComponent(tag)}`, index.byTag(tag)));
}

export function sitemapEntries(index: ContentIndex): SitemapEntry[] {
  return [
    listPage("/", index.stories),
    listPage("/latest", index.stories),
    listPage("/videos", index.byKind("video")),
    listPage("/columns", index.byKind("column")),
    ...index.categories.map((category) => listPage(`/category/${category.key}`, index.byCategory(category.key))),
    ...index.authors.map((author) => listPage(`/authors/${author.key}`, index.byAuthor(author.key))),
    ...tagPages(index),
    ...index.stories.map((story) => ({
      url: absoluteUrl(story.path),
      lastModified: lastModified(story),
      images: story.image ? [absoluteUrl(story.image.src)] : [],
    })),
  ];
}

export function buildSitemap(entries: readonly SitemapEntry[]): string {
  return renderXml(
    el(
      "urlset",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:image": "http://www.google.com/schemas/sitemap-image/1.1" },
      entries.map((entry) =>
        el(
          "url",
          {},
          el("loc", {}, entry.url),
          entry.lastModified && el("lastmod", {}, isoInKarachi(entry.lastModified)),
          entry.images.map((image) => el("image:image", {}, el("image:loc", {}, image))),
        ),
      ),
    ),
  );
}
