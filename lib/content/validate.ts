/**
 * From parsed files to typed content, the per-file part: sections and
 * authors here, stories in check-story.ts; the rules that need every file
 * at once (keys, slugs, pictures) are resolve.ts. A file with an error is
 * left out of the result; every problem is reported.
 */
import { renderMarkdown } from "@/lib/markdown/render";
import { type ProblemList, warnUnknownFields } from "./problems";
import {
  KNOWN_AUTHOR_FIELDS,
  SLUG_PATTERN,
  authorSchema,
  categoriesSchema,
} from "./schema";
import type { Author, AuthorProfile, Category, StoryKind } from "./types";

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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function checkName(problems: ProblemList, raw: RawFile, what: string): boolean {
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

export function checkImage(problems: ProblemList, file: string, field: string, src: string | undefined, localImage: LocalImage): ImageFile | undefined {
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
  const { name, role, image, desk } = parsed.data;
  return {
    key: raw.name,
    name,
    ...(role ? { role } : {}),
    ...(image ? { image: { src: image, ...(size?.width ? { width: size.width } : {}), ...(size?.height ? { height: size.height } : {}) } } : {}),
    path: `/authors/${raw.name}`,
    // `desk: true` says so; files from before the field said it with the role ڈیسک alone.
    organization: desk ?? role === "ڈیسک",
    bioHtml: renderMarkdown(raw.body),
    file: raw.file,
  };
}
