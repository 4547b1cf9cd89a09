/**
 * Stories checked against every other file (sections, authors, slugs,
 * related links, pictures) and reshaped into typed stories.
 */
import { parseLiveBody } from "./live";
import type { ProblemList } from "./problems";
import type { StoryFrontMatter } from "./schema";
import type { Author, AuthorProfile, Category, Correction, LiveCoverage, Story } from "./types";
import type { StoryDraft } from "./check-story";
import { bylineOf, checkImage, KIND_DIRS, type ImageFile, type LocalImage, type RawStory } from "./validate";

export interface Lookups {
  categories: Map<string, Category>;
  authors: Map<string, AuthorProfile>;
  /** Every author file, valid or not: a story naming a broken one is not told it does not exist. */
  authorFiles: Set<string>;
  localImage: LocalImage;
  /** Stories not among those being resolved, by slug: publishing checks the files that changed against the rest. */
  elsewhere?: (slug: string) => { file: string; draft: boolean } | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value.trim() : undefined);
const textItems = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").map((v) => v.trim()) : [];

/** The front matter fields resolveStories reads from a draft's raw data (and no others). */
export const CROSS_FILE_FIELDS = ["category", "author", "related", "draft", "image"] as const;

/**
 * Keys, slugs and pictures, checked once every file has been read. They
 * are read from the raw data, so a file with a broken date still hears
 * about its unknown author in the same run.
 */
export function resolveStories(problems: ProblemList, drafts: StoryDraft[], lookups: Lookups): Story[] {
  const bySlug = new Map<string, StoryDraft>();
  const elsewhere = lookups.elsewhere ?? (() => undefined);
  for (const draft of drafts) {
    const other = bySlug.get(draft.raw.name)?.raw.file ?? elsewhere(draft.raw.name)?.file;
    if (other && other !== draft.raw.file) {
      problems.error(draft.raw.file, "slug", `"${draft.raw.name}" is also the slug of ${other}; expected slugs unique across news, videos and columns`);
    } else bySlug.set(draft.raw.name, draft);
  }
  const stories: Story[] = [];
  for (const draft of drafts) {
    const { raw, data } = draft;
    const before = problems.errors.length;
    const categoryKey = text(data.category);
    const category = categoryKey ? lookups.categories.get(categoryKey) : undefined;
    if (categoryKey && !category) {
      problems.error(raw.file, "category", `"${categoryKey}" is not a section; expected one of ${[...lookups.categories.keys()].join(", ")} (content/categories.yml)`);
    }
    const authorKey = text(data.author);
    const author = authorKey ? lookups.authors.get(authorKey) : undefined;
    if (authorKey && !author && !lookups.authorFiles.has(authorKey)) {
      problems.error(raw.file, "author", `"${authorKey}" is not an author; expected a file content/authors/${authorKey}.md (known: ${[...lookups.authors.keys()].join(", ")})`);
    }
    const related = [...new Set(textItems(data.related))];
    for (const slug of related) {
      const found = bySlug.get(slug);
      const target = found ? { draft: found.data.draft === true } : elsewhere(slug);
      if (slug === raw.name) problems.error(raw.file, "related", `"${slug}" is this story itself; expected other stories' slugs`);
      else if (!target) problems.error(raw.file, "related", `"${slug}" is not a story; expected the slug of a file in content/news, content/videos or content/columns`);
      else if (target.draft && data.draft !== true) problems.warning(raw.file, "related", `"${slug}" is a draft; the link is left out until it is published`);
    }
    const image = text(data.image);
    const size = image?.startsWith("/images/") ? checkImage(problems, raw.file, "image", image, lookups.localImage) : undefined;
    if (draft.fields && author && bySlug.get(raw.name) === draft && problems.errors.length === before) {
      stories.push(toStory(raw, draft.fields, bylineOf(author), category, related, size));
    }
  }
  return stories;
}

const newest = (entries: readonly Correction[]): Date | undefined =>
  entries.reduce<Date | undefined>((latest, entry) => (!latest || entry.date > latest ? entry.date : latest), undefined);

function liveCoverage(body: string, date: Date, until: Date | undefined): LiveCoverage {
  return { ...(until ? { until } : {}), updates: parseLiveBody(body, date).updates.map((update) => update.at) };
}

function toStory(
  raw: RawStory,
  fields: StoryFrontMatter,
  author: Author,
  category: Category | undefined,
  related: string[],
  size: ImageFile | undefined,
): Story {
  const corrections = (fields.corrections ?? []).map(({ date, text }) => ({ date, text }));
  const common = {
    slug: raw.name,
    path: `/${KIND_DIRS[raw.kind]}/${raw.name}`,
    title: fields.title,
    summary: fields.summary,
    date: fields.date,
    ...(fields.updated ? { updated: fields.updated } : {}),
    ...(category ? { category } : {}),
    author,
    tags: [...new Set(fields.tags ?? [])],
    related,
    ...(fields.image ? { image: { src: fields.image, alt: fields.image_alt ?? "", ...(fields.image_caption ? { caption: fields.image_caption } : {}), ...size } } : {}),
    draft: fields.draft ?? false,
    featured: fields.featured ?? false,
    breaking: fields.breaking ?? false,
    ...(fields.live ? { live: liveCoverage(raw.body, fields.date, fields.live_until) } : {}),
    ...(newest(corrections) ? { corrected: newest(corrections) } : {}),
    body: raw.body,
    corrections,
    file: raw.file,
  };
  // The schema has already required a section of news and a video of videos; these restate it for the type.
  switch (raw.kind) {
    case "news":
      if (!category) throw new Error(`${raw.file}: a news story reached the index without a section`);
      return { ...common, kind: "news", category };
    case "video":
      if (!fields.video) throw new Error(`${raw.file}: a video reached the index without its video`);
      return { ...common, kind: "video", videoId: fields.video };
    case "column":
      return { ...common, kind: "column" };
  }
}
