/**
 * The front-matter rules of ../shared/CONTRACT.md as zod schemas. Each
 * message is written for an editor: what is wrong, then what is expected.
 * Rules that span fields or need the rest of the content (keys, slugs,
 * files) live in check-story.ts and resolve.ts, so every problem shows at once.
 */
import { z } from "zod";
import { parseContentDate } from "@/lib/urdu/date";
import { youtubeId } from "./youtube";

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DATE_EXAMPLE = "expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00";

function show(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(value) ?? String(value);
}

function requiredText(what: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `is required: ${what}` : `must be text, not ${show(iss.input)}`) })
    .trim()
    .min(1, { error: `is empty; expected ${what}` });
}

const optionalText = z.string({ error: (iss) => `must be text, not ${show(iss.input)}` }).trim().optional();

const isoDate = z
  .string({
    error: (iss) =>
      iss.input === undefined ? `is required; ${DATE_EXAMPLE}` : `${show(iss.input)} is not an ISO 8601 date; ${DATE_EXAMPLE}`,
  })
  .transform((value, ctx) => {
    const date = parseContentDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: `${show(value)} is not an ISO 8601 date; ${DATE_EXAMPLE}` });
      return z.NEVER;
    }
    return date;
  });

const flag = z.boolean({ error: (iss) => `must be true or false, not ${show(iss.input)}` }).optional();

const key = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `is required: ${what}` : `must be a key (text), not ${show(iss.input)}`) })
    .trim()
    .min(1, { error: `is empty; expected ${what}` });

const textList = (what: string) =>
  z
    .array(z.string().trim().min(1), { error: (iss) => `must be a list of ${what}, e.g. [${what === "slugs" ? "story-one, story-two" : "کراچی, معیشت"}], not ${show(iss.input)}` })
    .optional();

const imagePath = z
  .string({ error: (iss) => `must be text, not ${show(iss.input)}` })
  .trim()
  .refine((value) => /^\/images\/[^?#]+$/.test(value) || /^https:\/\/[^\s/]+\.[^\s]+$/.test(value), {
    error: (iss) => `${show(iss.input)} is not a picture path; expected /images/... (a file under public/images) or an https:// URL`,
  })
  .optional();

const videoField = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? "is required for a video: a YouTube URL or an 11-character id"
        : `must be text, not ${show(iss.input)}`,
  })
  .transform((value, ctx) => {
    const id = youtubeId(value);
    if (!id) {
      ctx.addIssue({
        code: "custom",
        message: `${show(value)} is not a YouTube video; expected a youtube.com/watch?v=, youtu.be/ or youtube.com/shorts/ URL or an 11-character id`,
      });
      return z.NEVER;
    }
    return id;
  });

const correction = z.object(
  {
    date: isoDate,
    text: requiredText("what was wrong and what is right, in Urdu"),
  },
  { error: (iss) => `must be a {date, text} entry, not ${show(iss.input)}` },
);

const corrections = z
  .array(correction, { error: (iss) => `must be a list of {date, text} entries, not ${show(iss.input)}` })
  .optional();

const storyShape = {
  title: requiredText("the headline"),
  summary: requiredText("a one- or two-sentence summary"),
  date: isoDate,
  updated: isoDate.optional(),
  category: key("a section key from content/categories.yml").optional(),
  author: key("an author key, the name of a file in content/authors/"),
  tags: textList("tags"),
  related: textList("slugs"),
  image: imagePath,
  image_alt: optionalText,
  image_caption: optionalText,
  video: videoField.optional(),
  draft: flag,
  featured: flag,
  breaking: flag,
  live: flag,
  live_until: isoDate.optional(),
  corrections,
};

export const KNOWN_STORY_FIELDS = Object.keys(storyShape);

function storySchema(kind: "news" | "video" | "column") {
  return z.object({
    ...storyShape,
    category: kind === "news" ? key("a section key from content/categories.yml") : storyShape.category,
    video: kind === "video" ? videoField : storyShape.video,
  });
}

export const storySchemas = {
  news: storySchema("news"),
  video: storySchema("video"),
  column: storySchema("column"),
};

export type StoryFrontMatter = z.output<(typeof storySchemas)["news"]>;

export const authorSchema = z.object({
  name: requiredText("the person's or desk's name in Urdu"),
  role: optionalText,
  image: imagePath,
  /** A desk or other organisation rather than a person: schema.org calls it an Organization. */
  desk: flag,
});
export const KNOWN_AUTHOR_FIELDS = Object.keys(authorSchema.shape);

export const categoriesSchema = z
  .array(
    z.object({
      key: z
        .string({ error: "is required: a lower-case key such as pakistan" })
        .regex(SLUG_PATTERN, { error: (iss) => `${show(iss.input)} is not a key; expected lower-case a-z, 0-9 and hyphens` }),
      name: requiredText("the section's name in Urdu"),
    }),
    { error: "must be a list of {key, name} entries" },
  )
  .min(1, { error: "is empty; expected at least one section" });
