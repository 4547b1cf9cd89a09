/**
 * /sitemap.xml: every published story and every list page, each dated by
 * its stories' latest change. The sitemaps protocol allows 50,000 URLs (and
 * 50 MB) a file: past that, /sitemap.xml is a sitemap index naming
 * /sitemaps/lists-N.xml (home, lists, authors, tags) and
 * /sitemaps/stories-N.xml, the stories oldest first, 50,000 a file, so
 * every file but the newest stays the same as the archive grows.
 */
import type { ContentIndex, StoryList, StoryTeaser } from "@/lib/content";
import { tagPath } from "@/lib/lists/tags";
import { absoluteUrl } from "@/lib/site";
import { isoInKarachi } from "@/lib/urdu/date";
import { memoByVersion } from "./memo";
import { lastChange } from "@/lib/content/changes";
import { el, renderXml } from "./xml";

export const MAX_SITEMAP_URLS = 50_000;

export interface SitemapEntry {
  /** Absolute. */
  url: string;
  /** Undefined for a list with no stories yet: no date is better than a made-up one. */
  lastModified?: Date;
  /** Absolute picture URLs, for Google's image extension. */
  images: string[];
}

function listPage(index: ContentIndex, path: string, list: StoryList): SitemapEntry {
  return { url: absoluteUrl(path), lastModified: index.newestChange(list), images: [] };
}

/** Every page that lists stories, tags last, the most recently used first. */
export function listEntries(index: ContentIndex): SitemapEntry[] {
  return [
    listPage(index, "/", { of: "all" }),
    listPage(index, "/latest", { of: "all" }),
    listPage(index, "/videos", { of: "kind", kind: "video" }),
    listPage(index, "/columns", { of: "kind", kind: "column" }),
    { url: absoluteUrl("/corrections"), lastModified: index.corrections()[0]?.date, images: [] },
    ...index.categories.map((category) => listPage(index, category.path, { of: "category", key: category.key })),
    ...index.authors.map((author) => listPage(index, author.path, { of: "author", key: author.key })),
    ...index
      .tagPages()
      .map((tag) => ({ url: absoluteUrl(tagPath(tag.name)), lastModified: tag.lastModified, images: [] })),
  ];
}

export function storyEntry(story: StoryTeaser): SitemapEntry {
  return {
    url: absoluteUrl(story.path),
    lastModified: lastChange(story),
    images: story.image ? [absoluteUrl(story.image.src)] : [],
  };
}

export function buildSitemap(entries: readonly SitemapEntry[]): string {
  return renderXml(
    el(
      "urlset",
      {
        xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9",
        "xmlns:image": "http://www.google.com/schemas/sitemap-image/1.1",
      },
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

/** A child of the sitemap index: its file name under /sitemaps/ and what it holds. */
interface SitemapPart {
  name: string;
  entries(): SitemapEntry[];
}

const chunks = (total: number, max: number): number => Math.ceil(total / max);

/** The children /sitemap.xml names once the site is past one file, or none while it fits in one. */
export function sitemapParts(index: ContentIndex, max = MAX_SITEMAP_URLS): SitemapPart[] | null {
  const lists = listEntries(index);
  const stories = index.list({ of: "all" }, { limit: 0 }).total;
  if (lists.length + stories <= max) return null;
  return [
    ...Array.from({ length: chunks(lists.length, max) }, (_, i) => ({
      name: `lists-${i + 1}.xml`,
      entries: () => lists.slice(i * max, (i + 1) * max),
    })),
    ...Array.from({ length: chunks(stories, max) }, (_, i) => ({
      name: `stories-${i + 1}.xml`,
      entries: () => index.oldestFirst(i * max, max).map(storyEntry),
    })),
  ];
}

function newest(entries: readonly SitemapEntry[]): Date | undefined {
  return entries.reduce<Date | undefined>(
    (latest, entry) => (entry.lastModified && (!latest || entry.lastModified > latest) ? entry.lastModified : latest),
    undefined,
  );
}

/** /sitemap.xml: every URL, or the index of the files that hold them. */
export function buildRootSitemap(index: ContentIndex, max = MAX_SITEMAP_URLS): string {
  const parts = sitemapParts(index, max);
  if (!parts) return buildSitemap([...listEntries(index), ...index.oldestFirst(0, max).map(storyEntry).reverse()]);
  return renderXml(
    el(
      "sitemapindex",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
      parts.map((part) => {
        const changed = newest(part.entries());
        return el(
          "sitemap",
          {},
          el("loc", {}, absoluteUrl(`/sitemaps/${part.name}`)),
          changed && el("lastmod", {}, isoInKarachi(changed)),
        );
      }),
    ),
  );
}

/** The files the index names, none while the site fits in one. */
export function sitemapFileNames(index: ContentIndex, max = MAX_SITEMAP_URLS): string[] {
  return memoByVersion(`sitemap:files:${max}`, index.version(), () =>
    (sitemapParts(index, max) ?? []).map((part) => part.name),
  );
}

/** One child of the index by its file name; undefined for a name it does not have (the 404). */
export function buildSitemapPart(index: ContentIndex, name: string, max = MAX_SITEMAP_URLS): string | undefined {
  const part = sitemapParts(index, max)?.find((p) => p.name === name);
  return part && buildSitemap(part.entries());
}
