/**
 * What content:check adds for editors: proofing warnings with their place in
 * the file, related links that wait on a scheduled story, placeholders left
 * in a story that is no longer a draft, and the list of what is scheduled.
 */
import type { ContentProblem, Story } from "@/lib/content/types";
import { formatDateLine, formatTime, isoInKarachi } from "@/lib/urdu/date";
import { position, proofText } from "./proof";
import type { FileKind } from "./segments";
import { PLACEHOLDER } from "./template";

export interface SourceFile {
  /** Relative to the project root, as messages name it. */
  file: string;
  text: string;
  kind: FileKind;
}

export function proofingProblems(files: readonly SourceFile[]): ContentProblem[] {
  return files.flatMap(({ file, text, kind }) =>
    proofText(text, kind).map((f): ContentProblem => {
      const { line, column } = position(text, f.start);
      const message = f.fix === undefined ? f.message : `${f.message} [content:fix]`;
      return { file, field: f.field, message, severity: "warning", line, column };
    }),
  );
}

/** `بدھ 28 جنوری 2026، 14:05 Karachi time (2026-01-28T14:05:00+05:00)` */
const karachiTime = (date: Date): string =>
  `${formatDateLine(date)}، ${formatTime(date)} Karachi time (${isoInKarachi(date)})`;

/** Problems that need every story and the clock: a template left half done, a related link that will not show yet. */
export function storyProblems(stories: readonly Story[], now: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  for (const story of stories) {
    if (story.draft) continue;
    const left = (field: string, what: string) =>
      problems.push({
        file: story.file,
        field,
        severity: "error",
        message: `is still the template's placeholder; write ${what}, or keep the story a draft (draft: true)`,
      });
    if (story.title === PLACEHOLDER.title) left("title", "the headline");
    if (story.summary === PLACEHOLDER.summary) left("summary", "the summary");
    if (story.kind === "video" && story.videoId === PLACEHOLDER.video) left("video", "the YouTube link");
    if (story.body.includes(PLACEHOLDER.body)) left("body", "the story in place of the line the template left");
    for (const slug of story.related) {
      const target = bySlug.get(slug);
      if (target && !target.draft && target.date > now && target.date > story.date) {
        problems.push({
          file: story.file,
          field: "related",
          severity: "warning",
          message: `"${slug}" is scheduled for ${karachiTime(target.date)}; the link shows once it is published`,
        });
      }
    }
  }
  return problems;
}

/** One line per scheduled story, soonest first. */
export function scheduledLines(stories: readonly Story[], now: Date): string[] {
  return stories
    .filter((s) => !s.draft && s.date > now)
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((s) => `scheduled: ${s.file}: publishes ${karachiTime(s.date)}`);
}
