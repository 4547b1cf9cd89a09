/**
 * Every story list a reader can open (section, تازہ ترین, ویڈیو, کالم, tag,
 * author), described once: its URL, headings, and what the index lists.
 * Page routes look a listing up here; components/ListingView lays it out.
 */
import type { AuthorProfile, ContentIndex, StoryList } from "@/lib/content";
import { categoryFeedPath } from "@/lib/feeds/alternate";
import { t } from "@/lib/urdu/strings";
import { tagFromSegment, tagPath } from "./tags";

export interface Listing {
  list: StoryList;
  /** The URL of page 1. */
  path: string;
  /** The page's heading and title. */
  title: string;
  description: string;
  /** The header menu item (its href) this list belongs to, if any. */
  menuHref?: string;
  emptyMessage: string;
  /** On an author's page: whose it is. */
  author?: AuthorProfile;
  /** The list's own RSS feed, where it has one. */
  feedPath?: string;
}

/** The kinds of list, each found by the URL segment that names it (none for the fixed ones). */
export type ListingKind = "latest" | "videos" | "columns" | "category" | "tag" | "author";

/** The lists with a fixed URL (`/latest`, `/videos`, `/columns`): all stories, or all of one kind. */
const FIXED = {
  latest: { list: { of: "all" }, title: t.latest, description: t.latestDescription },
  videos: { list: { of: "kind", kind: "video" }, title: t.videos, description: t.videosDescription },
  columns: { list: { of: "kind", kind: "column" }, title: t.columns, description: t.columnsDescription },
} satisfies Record<string, Pick<Listing, "list" | "title" | "description">>;

export function findListing(index: ContentIndex, kind: ListingKind, segment = ""): Listing | undefined {
  switch (kind) {
    case "latest":
    case "videos":
    case "columns": {
      const { list, title, description } = FIXED[kind];
      const path = `/${kind}`;
      return { list, path, title, description, menuHref: path, emptyMessage: t.noStories };
    }
    case "category": {
      const category = index.category(segment);
      if (!category) return undefined;
      return {
        list: { of: "category", key: category.key },
        path: category.path,
        title: category.name,
        description: `${category.name} ${t.categoryDescription}`,
        menuHref: category.path,
        emptyMessage: t.noStories,
        feedPath: categoryFeedPath(category.key),
      };
    }
    case "tag": {
      // Any spelling of a tag (letter forms, diacritics) is the tag, under its usual spelling.
      const name = index.tagName(tagFromSegment(segment));
      if (!name) return undefined;
      return {
        list: { of: "tag", tag: name },
        path: tagPath(name),
        title: name,
        description: `${name} ${t.tagDescription}`,
        emptyMessage: t.noTagStories,
      };
    }
    case "author": {
      const author = index.author(segment);
      if (!author) return undefined;
      return {
        list: { of: "author", key: author.key },
        path: author.path,
        title: author.name,
        description: `${author.name} ${t.authorDescription}`,
        emptyMessage: t.noAuthorStories,
        author,
      };
    }
  }
}

/** The URL segments of every list of a kind, for the build to prerender. */
export function listingSegments(index: ContentIndex, kind: ListingKind): string[] {
  switch (kind) {
    case "category":
      return index.categories.map((c) => c.key);
    case "author":
      return index.authors.map((a) => a.key);
    case "tag":
      return index.tagPages().map((tag) => tag.name);
    default:
      return [""];
  }
}
