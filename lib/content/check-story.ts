/** One story file's own rules: its schema, the fields read together, a live page's update times. */
import { parseContentDate } from "@/lib/urdu/date";
import { parseLiveBody } from "./live";
import { type ProblemList, warnUnknownFields } from "./problems";
import { KNOWN_STORY_FIELDS, storySchemas, type StoryFrontMatter } from "./schema";
import { checkName, isRecord, type RawStory } from "./validate";

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
