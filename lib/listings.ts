/**
 * Every story list a reader can open (section, تازہ ترین, ویڈیو, کالم, tag,
 * author), described once: its URL, headings and stories, newest first.
 * Routes look a listing up here; components/ListingView lays it out.
 */
import { getContentIndex, type Author, type Story } from "@/lib/content";
import { categoryFeedPath } from "@/lib/feeds/alternate";
import { laterPageNumbers } from "@/lib/pagination";
import { prerenderListPages } from "@/lib/prerender";
import { tagFromSegment, tagNames, tagPath } from "@/lib/tags";
import { tagKey } from "@/lib/urdu/normalize";
import { t } from "@/lib/urdu/strings";

export interface Listing {
  /** The URL of page 1. */
  path: string;
  /** The page's heading and title. */
  title: string;
  description: string;
  stories: readonly Story[];
  /** The header menu item (its href) this list belongs to, if any. */
  menuHref?: string;
  emptyMessage: string;
  /** On an author's page: whose it is. */
  author?: Author;
  /** The list's own RSS feed, where it has one. */
  feedPath?: string;
}

export function categoryListing(key: string): Listing | undefined {
  const index = getContentIndex();
  const category = index.category(key);
  if (!category) return undefined;
  return {
    path: `/category/${category.key}`,
    title: category.name,
    description: `${category.name} ${t.categoryDescription}`,
    stories: index.byCategory(category.key),
    menuHref: `/category/${category.key}`,
    emptyMessage: t.noStories,
    feedPath: categoryFeedPath(category.key),
  };
}

export function latestListing(): Listing {
  return { path: "/latest", title: t.latest, description: t.latestDescription, stories: getContentIndex().stories, menuHref: "/latest", emptyMessage: t.noStories };
}

export function videosListing(): Listing {
  return { path: "/videos", title: t.videos, description: t.videosDescription, stories: getContentIndex().byKind("video"), menuHref: "/videos", emptyMessage: t.noStories };
}

export function columnsListing(): Listing {
  return { path: "/columns", title: t.columns, description: t.columnsDescription, stories: getContentIndex().byKind("column"), menuHref: "/columns", emptyMessage: t.noStories };
}

/** The tag a URL segment names, under its usual spelling; undefined when no published story carries it. */
export function tagListing(segment: string): Listing | undefined {
  return listingForTag(tagFromSegment(segment));
}

function listingForTag(tag: string): Listing | undefined {
  const index = getContentIndex();
  const name = tagNames(index.stories).get(tagKey(tag));
  if (!name) return undefined;
  return {
    path: tagPath(name),
    title: name,
    description: `${name} ${t.tagDescription}`,
    stories: index.byTag(name),
    emptyMessage: t.noTagStories,
  };
}

/** A person's or desk's page; a columnist's columns come first, then the rest, each newest first. */
export function authorListing(key: string): Listing | undefined {
  const index = getContentIndex();
  const author = index.author(key);
  if (!author) return undefined;
  const stories = index.byAuthor(author.key);
  return {
    path: `/authors/${author.key}`,
    title: author.name,
    description: `${author.name} ${t.authorDescription}`,
    stories: [...stories.filter((s) => s.kind === "column"), ...stories.filter((s) => s.kind !== "column")],
    emptyMessage: t.noAuthorStories,
    author,
  };
}

/**
 * `{ n }` for each page after the first that the build prerenders, for a
 * `/page/[n]` route's generateStaticParams; deeper pages render on request.
 */
export function laterPages(listing: Listing): { n: string }[] {
  return laterPageNumbers(listing.stories.length)
    .slice(0, Math.max(0, prerenderListPages() - 1))
    .map((n) => ({ n }));
}

export function allCategoryListings(): { key: string; listing: Listing }[] {
  return getContentIndex().categories.flatMap((c) => {
    const listing = categoryListing(c.key);
    return listing ? [{ key: c.key, listing }] : [];
  });
}

export function allAuthorListings(): { key: string; listing: Listing }[] {
  return getContentIndex().authors.flatMap((a) => {
    const listing = authorListing(a.key);
    return listing ? [{ key: a.key, listing }] : [];
  });
}

export function allTagListings(): { tag: string; listing: Listing }[] {
  return [...tagNames(getContentIndex().stories).values()].flatMap((name) => {
    const listing = listingForTag(name);
    return listing ? [{ tag: name, listing }] : [];
  });
}
