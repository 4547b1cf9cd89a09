/**
 * From parsed files to typed content: schema per file, then the rules that
 * need everything at once (keys, slugs, pictures). A file with an error is
 * left out of the result; every problem is reported.
 */
import { renderMarkdown } from "@/lib/markdown/render";
import { parseContentDate } from "@/lib/urdu/date";
import { parseLiveBody } from "./live";
import { type ProblemList, warnUnknownFields } from "./problems";
import {
  KNOWN_AUTHOR_FIELDS,
  KNOWN_STORY_FIELDS,
  SLUG_PATTERN,
  authorSchema,
  categoriesSchema,
  storySchemas,
  type StoryFrontMatter,
} from "./schema";
import type { Author, AuthorProfile, Category, Correction, LiveCoverage, Story, StoryKind } from "./types";

export interface RawFile {
  file: string;
  /** The file name without `.md`: a story's slug or an author's key. */
  name: string;
  data: unknown;
  body: string;
  /** The file's line the body starts on. */
  bodyLine: number;
}

export interface RawStory extends RawFile {
  kind: StoryKind;
}

export const KIND_DIRS: Record<StoryKind, string> = { news: "news", video: "videos", column: "columns" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkName(problems: ProblemList, raw: RawFile, what: string): boolean {
  if (SLUG_PATTERN.test(raw.name)) return true;
  problems.error(raw.file, what, `"${raw.name}" is not a valid ${what}; expected a file name of lower-case a-z, 0-9 and single hyphens, such as karachi-rain-2026`);
  return false;
}

export interface ImageFile {
  width?: number;
  height?: number;
  bytes?: number;
}

/** A picture under public/: its size, or null when there is no such file. */
export type LocalImage = (src: string) => ImageFile | null;

function checkImage(problems: ProblemList, file: string, field: string, src: string | undefined, localImage: LocalImage): ImageFile | undefined {
  if (!src?.startsWith("/")) return undefined;
  const found = localImage(src);
  if (!found) problems.error(file, field, `"${src}" does not exist; expected a file at public${src}`);
  return found ?? undefined;
}

export function validateCategories(problems: ProblemList, file: string, data: unknown): Category[] {
  const parsed = categoriesSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, field] = issue.path;
      const where = typeof index === "number" ? `[${index}]${field ? `.${String(field)}` : ""}` : "sections";
      problems.error(file, where, issue.message);
    }
    return [];
  }
  const seen = new Set<string>();
  return parsed.data.flatMap(({ key, name }, index) => {
    if (seen.has(key)) {
      problems.error(file, `[${index}].key`, `"${key}" is listed twice; expected each section once`);
      return [];
    }
    seen.add(key);
    return [{ key, name, path: `/category/${key}` }];
  });
}

/** The byline's part of a profile: what every story carries. */
export function bylineOf({ key, name, role, image, path, organization }: AuthorProfile): Author {
  return { key, name, path, organization, ...(role ? { role } : {}), ...(image ? { image } : {}) };
}

export function validateAuthor(problems: ProblemList, raw: RawFile, localImage: LocalImage): AuthorProfile | null {
  if (!checkName(problems, raw, "key")) return null;
  const data = isRecord(raw.data) ? raw.data : {};
  warnUnknownFields(problems, raw.file, data, KNOWN_AUTHOR_FIELDS);
  const parsed = authorSchema.safeParse(data);
  if (!parsed.success) {
    problems.fromZod(raw.file, parsed.error);
    return null;
  }
  const before = problems.errors.length;
  const size = checkImage(problems, raw.file, "image", parsed.data.image, localImage);
  if (problems.errors.length > before) return null;
  const { name, role, image } = parsed.data;
  return {
    key: raw.name,
    name,
    ...(role ? { role } : {}),
    ...(image ? { image: { src: image, ...(size?.width ? { width: size.width } : {}), ...(size?.height ? { height: size.height } : {}) } } : {}),
    path: `/authors/${raw.name}`,
    // A desk is an organisation, not a person; its file gives its role as ڈیسک.
    organization: role === "ڈیسک",
    bioHtml: renderMarkdown(raw.body),
    file: raw.file,
  };
}

/** A live story's updates: each heading's time readable, in order (live.ts), named by the file's line. */
function checkLiveBody(problems: ProblemList, raw: RawStory, date: Date | null): void {
  if (raw.data === null || (raw.data as Record<string, unknown>).live !== true || !date) return;
  for (const problem of parseLiveBody(raw.body, date).problems) problems.errorAt(raw.file, raw.bodyLine + problem.line - 1, "body", problem.message);
}

/** Cross-field rules read from the raw data, so they show even when another field is broken. */
function checkAcrossFields(problems: ProblemList, file: string, data: Record<string, unknown>, now: Date): void {
  const hasText = (v: unknown) => typeof v === "string" && v.trim() !== "";
  if (data.image !== undefined && !hasText(data.image_alt)) {
    problems.error(file, "image_alt", "is required when image is set; expected a description of the picture in Urdu");
  }
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const [dateText, updatedText, untilText] = [text(data.date), text(data.updated), text(data.live_until)];
  const date = dateText === undefined ? null : parseContentDate(dateText);
  const updated = updatedText === undefined ? null : parseContentDate(updatedText);
  if (date && updated && updated.getTime() < date.getTime()) {
    problems.error(file, "updated", `"${updatedText}" is before date "${dateText}"; expected a time on or after the date`);
  }
  const until = untilText === undefined ? null : parseContentDate(untilText);
  if (date && until && until.getTime() < date.getTime()) {
    problems.error(file, "live_until", `"${untilText}" is before date "${dateText}"; expected the time the live coverage ends`);
  }
  if (!Array.isArray(data.corrections)) return;
  data.corrections.forEach((entry: unknown, i) => {
    const raw = isRecord(entry) && typeof entry.date === "string" ? entry.date : undefined;
    const corrected = raw === undefined ? null : parseContentDate(raw);
    if (!corrected) return;
    if (date && corrected.getTime() < date.getTime()) {
      problems.error(file, `corrections[${i}].date`, `"${raw}" is before the story's date "${dateText}"; expected when the correction was made`);
    } else if (corrected.getTime() > now.getTime()) {
      problems.error(file, `corrections[${i}].date`, `"${raw}" is in the future; expected when the correction was made, not later than now`);
    }
  });
}

export interface StoryDraft {
  raw: RawStory;
  data: Record<string, unknown>;
  /** The parsed fields, or null when the file broke a rule of its own. */
  fields: StoryFrontMatter | null;
}

/** `now` is when the check runs: a correction may not be dated after it. */
export function validateStoryFile(problems: ProblemList, raw: RawStory, now = new Date()): StoryDraft | null {
  const nameOk = checkName(problems, raw, "slug");
  if (!isRecord(raw.data)) {
    problems.error(raw.file, "front matter", "is missing; expected YAML fields between --- lines at the top of the file");
    return null;
  }
  warnUnknownFields(problems, raw.file, raw.data, KNOWN_STORY_FIELDS);
  const before = problems.errors.length;
  const parsed = storySchemas[raw.kind].safeParse(raw.data);
  if (!parsed.success) problems.fromZod(raw.file, parsed.error);
  checkAcrossFields(problems, raw.file, raw.data, now);
  checkLiveBody(problems, raw, typeof raw.data.date === "string" ? parseContentDate(raw.data.date) : null);
  const ok = parsed.success && nameOk && problems.errors.length === before;
  return { raw, data: raw.data, fields: ok ? parsed.data : null };
}

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
