/** What pages may ask of the content: the index's interface, apart from how it is built. */
import type { SearchResults } from "@/lib/search/results";
import type { AuthorProfile, Category, Story, StoryKind, StoryTeaser } from "./types";

/** A list a reader can open, newest first (an author's: columns first). */
export type StoryList =
  | { of: "all" }
  | { of: "kind"; kind: StoryKind }
  | { of: "category"; key: string }
  /** Any spelling of the tag: letter forms, diacritics and spacing are folded. */
  | { of: "tag"; tag: string }
  | { of: "author"; key: string };

export interface ListPage {
  stories: StoryTeaser[];
  /** How many the whole list holds. */
  total: number;
}

export interface TagPage {
  /** The tag under its usual spelling. */
  name: string;
  lastModified: Date;
}

export interface ContentIndex {
  readonly categories: readonly Category[];
  readonly authors: readonly AuthorProfile[];
  category(key: string): Category | undefined;
  author(key: string): AuthorProfile | undefined;
  /** The published story of this kind and slug, with its text. */
  story(kind: StoryKind, slug: string): Story | undefined;
  /** The published story of this slug, of any kind, without its text. */
  teaser(slug: string): StoryTeaser | undefined;
  /** A draft or scheduled story too, for its preview page: only in an index opened with `preview` (next dev). */
  preview(kind: StoryKind, slug: string): Story | undefined;
  /** Published stories of a list from `offset` (default all of them), and how many it holds. */
  list(list: StoryList, range?: { offset?: number; limit?: number }): ListPage;
  /** The newest stories, optionally of one kind, leaving one out by slug. */
  latest(count: number, options?: { kind?: StoryKind; exclude?: string }): StoryTeaser[];
  /** The home page's lead: the newest featured story, else the newest news story, else the newest. */
  lead(): StoryTeaser | undefined;
  /** The story's "یہ بھی پڑھیں" links: its own `related` that are published, else up to two chosen by shared tags and section. */
  related(story: Story): StoryTeaser[];
  /** Stories published from `since` until now, newest first, at most `limit`; only breaking ones if asked. */
  recent(since: Date, limit: number, filter?: { breaking?: boolean }): StoryTeaser[];
  /** Published stories oldest first, a slice at a time (the sitemaps). */
  oldestFirst(offset: number, limit: number): StoryTeaser[];
  /** Stories (not drafts) dated after now, soonest first. */
  scheduled(): StoryTeaser[];
  /** The latest `updated` or `date` among a list's published stories. */
  newestChange(list: StoryList): Date | undefined;
  /** The tag's usual spelling, when a published story carries it in any spelling. */
  tagName: (tag: string) => string | undefined;
  /** Every tag a published story carries, with its latest change; the most recently used first. */
  tagPages(): TagPage[];
  /**
   * Published stories with the query's words, best first (lib/search/rank.ts):
   * page `page` from 1, a page past the last holding no hits.
   */
  search(query: string, page?: number): SearchResults;
  /** Every correction of a published story, newest first. */
  corrections(): { story: StoryTeaser; date: Date; text: string }[];
  /** Changes whenever what is published changes (a story's time comes, content is published), for caches keyed by it. */
  version(): string;
}
