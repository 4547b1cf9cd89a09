/** Database rows to the site's own shapes, and back. The rows are the build's own output, so a bad one is a bug, not content. */
import { KIND_DIRS } from "../validate";
import { lastChange } from "../changes";
import type { Author, Category, LiveCoverage, Story, StoryImage, StoryKind, StoryTeaser } from "../types";

/** A story of `stories s` published by @cut (order.ts): a list's, a search's, a link's. */
export const PUBLISHED = "s.draft = 0 AND s.id < @cut";

/** What lists read: every column of `stories` (alias `s`), none of the text. */
export const TEASER_COLUMNS =
  "s.id, s.slug, s.kind, s.date, s.updated, s.title, s.summary, s.category, s.author, s.tags, s.image, s.video, s.draft, s.featured, s.breaking, s.live, s.live_until, s.live_updates, s.corrected";

export interface TeaserRow {
  id: number;
  slug: string;
  kind: string;
  date: number;
  updated: number | null;
  title: string;
  summary: string;
  category: string | null;
  author: string;
  tags: string;
  image: string | null;
  video: string | null;
  draft: number;
  featured: number;
  breaking: number;
  live: number;
  live_until: number | null;
  live_updates: string | null;
  corrected: number | null;
}

export interface StoryRow extends TeaserRow {
  body: string;
  related: string;
  corrections: string;
  file: string;
}

export interface Lookups {
  category(key: string): Category | undefined;
  author(key: string): Author | undefined;
}

const isKind = (kind: string): kind is StoryKind => kind in KIND_DIRS;

function corrupt(row: TeaserRow, what: string): Error {
  return new Error(`content database: story ${row.slug}: ${what}; rebuild it (npm run build)`);
}

function liveOf(row: TeaserRow): LiveCoverage {
  const updates = (JSON.parse(row.live_updates ?? "[]") as number[]).map((ms) => new Date(ms));
  return { ...(row.live_until === null ? {} : { until: new Date(row.live_until) }), updates };
}

export function toTeaser(row: TeaserRow, lookups: Lookups): StoryTeaser {
  if (!isKind(row.kind)) throw corrupt(row, `unknown kind ${row.kind}`);
  const author = lookups.author(row.author);
  if (!author) throw corrupt(row, `unknown author ${row.author}`);
  const category = row.category === null ? undefined : lookups.category(row.category);
  const common = {
    slug: row.slug,
    path: `/${KIND_DIRS[row.kind]}/${row.slug}`,
    title: row.title,
    summary: row.summary,
    date: new Date(row.date),
    ...(row.updated === null ? {} : { updated: new Date(row.updated) }),
    ...(category ? { category } : {}),
    author,
    tags: JSON.parse(row.tags) as string[],
    ...(row.image === null ? {} : { image: JSON.parse(row.image) as StoryImage }),
    draft: row.draft === 1,
    featured: row.featured === 1,
    breaking: row.breaking === 1,
    ...(row.live === 1 ? { live: liveOf(row) } : {}),
    ...(row.corrected === null ? {} : { corrected: new Date(row.corrected) }),
  };
  switch (row.kind) {
    case "news":
      if (!category) throw corrupt(row, "a news story without a section");
      return { ...common, kind: "news", category };
    case "video":
      if (row.video === null) throw corrupt(row, "a video without its video");
      return { ...common, kind: "video", videoId: row.video };
    case "column":
      return { ...common, kind: "column" };
  }
}

export function toStory(row: StoryRow, lookups: Lookups): Story {
  const corrections = (JSON.parse(row.corrections) as { date: number; text: string }[]).map(({ date, text }) => ({ date: new Date(date), text }));
  return { ...toTeaser(row, lookups), body: row.body, related: JSON.parse(row.related) as string[], corrections, file: row.file };
}

/** The columns of a story's two rows, as the writer inserts them. */
export function storyRows(story: Story, id: number) {
  return {
    story: {
      id,
      slug: story.slug,
      kind: story.kind,
      date: story.date.getTime(),
      updated: story.updated?.getTime() ?? null,
      title: story.title,
      summary: story.summary,
      category: story.category?.key ?? null,
      author: story.author.key,
      tags: JSON.stringify(story.tags),
      image: story.image ? JSON.stringify(story.image) : null,
      video: story.kind === "video" ? story.videoId : null,
      draft: story.draft ? 1 : 0,
      featured: story.featured ? 1 : 0,
      breaking: story.breaking ? 1 : 0,
      live: story.live ? 1 : 0,
      live_until: story.live?.until?.getTime() ?? null,
      live_updates: story.live ? JSON.stringify(story.live.updates.map((at) => at.getTime())) : null,
      corrected: story.corrected?.getTime() ?? null,
      changed: lastChange(story).getTime(),
    },
    text: {
      id,
      body: story.body,
      related: JSON.stringify(story.related),
      corrections: JSON.stringify(story.corrections.map(({ date, text }) => ({ date: date.getTime(), text }))),
      file: story.file,
    },
  };
}
