/**
 * The content index: built once per process from content/, then every
 * page asks it. Pages never read the disk and never see front matter.
 */
import { tagKey } from "@/lib/urdu/normalize";
import { defaultSource, loadContent, type ContentSource } from "./load";
import { formatProblem } from "./problems";
import type { Author, Category, Story, StoryKind } from "./types";

export type { Author, Category, Story, StoryKind, StoryImage, ContentProblem } from "./types";

export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`The content has ${lines.length} problem(s):\n${lines.join("\n")}`);
    this.name = "ContentError";
  }
}

export interface ContentIndex {
  /** Published stories of every kind, newest first. */
  readonly stories: readonly Story[];
  readonly categories: readonly Category[];
  readonly authors: readonly Author[];
  story(kind: StoryKind, slug: string): Story | undefined;
  byKind(kind: StoryKind): readonly Story[];
  byCategory(key: string): readonly Story[];
  byTag(tag: string): readonly Story[];
  byAuthor(key: string): readonly Story[];
  category(key: string): Category | undefined;
  author(key: string): Author | undefined;
  /** The story's "یہ بھی پڑھیں" links: its own `related`, else up to two chosen by shared tags and category. */
  related(story: Story): readonly Story[];
  /** The newest stories, optionally of one kind, leaving some out. */
  latest(count: number, options?: { kind?: StoryKind; exclude?: Story }): readonly Story[];
}

function newestFirst(a: Story, b: Story): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

function groupBy(stories: readonly Story[], keys: (story: Story) => readonly string[]): Map<string, Story[]> {
  const groups = new Map<string, Story[]>();
  for (const story of stories) {
    for (const key of new Set(keys(story))) {
      const list = groups.get(key);
      if (list) list.push(story);
      else groups.set(key, [story]);
    }
  }
  return groups;
}

function chooseRelated(story: Story, stories: readonly Story[]): Story[] {
  const tags = new Set(story.tags.map(tagKey));
  return stories
    .filter((other) => other !== story)
    .map((other) => ({
      other,
      score: other.tags.filter((tag) => tags.has(tagKey(tag))).length * 2 + (story.category && other.category?.key === story.category.key ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || newestFirst(a.other, b.other))
    .slice(0, 2)
    .map(({ other }) => other);
}

export function buildIndex(all: readonly Story[], categories: readonly Category[], authors: readonly Author[]): ContentIndex {
  const stories = all.filter((story) => !story.draft).sort(newestFirst);
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  const byKind = groupBy(stories, (s) => [s.kind]);
  const byCategory = groupBy(stories, (s) => (s.category ? [s.category.key] : []));
  const byTag = groupBy(stories, (s) => s.tags.map(tagKey));
  const byAuthor = groupBy(stories, (s) => [s.author.key]);
  const categoryMap = new Map(categories.map((c) => [c.key, c]));
  const authorMap = new Map(authors.map((a) => [a.key, a]));
  const relatedCache = new Map<Story, Story[]>();

  return {
    stories,
    categories,
    authors,
    story: (kind, slug) => {
      const story = bySlug.get(slug);
      return story?.kind === kind ? story : undefined;
    },
    byKind: (kind) => byKind.get(kind) ?? [],
    byCategory: (key) => byCategory.get(key) ?? [],
    byTag: (tag) => byTag.get(tagKey(tag)) ?? [],
    byAuthor: (key) => byAuthor.get(key) ?? [],
    category: (key) => categoryMap.get(key),
    author: (key) => authorMap.get(key),
    related: (story) => {
      let list = relatedCache.get(story);
      if (!list) {
        const listed = story.related.map((slug) => bySlug.get(slug)).filter((s): s is Story => s !== undefined);
        list = story.related.length > 0 ? listed : chooseRelated(story, stories);
        relatedCache.set(story, list);
      }
      return list;
    },
    latest: (count, options = {}) => {
      const pool = options.kind ? (byKind.get(options.kind) ?? []) : stories;
      return pool.filter((s) => s !== options.exclude).slice(0, count);
    },
  };
}

let cached: ContentIndex | undefined;

/** The index of content/, built on first use; bad content throws with every problem listed. */
export function getContentIndex(source: ContentSource = defaultSource()): ContentIndex {
  if (cached) return cached;
  const loaded = loadContent(source);
  const errors = loaded.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new ContentError(errors.map(formatProblem));
  cached = buildIndex(loaded.stories, loaded.categories, loaded.authors);
  return cached;
}
