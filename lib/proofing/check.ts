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

/** What a story's placeholders are looked for in: a Story's fields, or a file's own before the rest are resolved. */
export interface PlaceholderFields {
  file: string;
  draft: boolean;
  title: string;
  summary: string;
  /** A video's; undefined for other kinds. */
  videoId?: string;
  body: string;
}

/** A story no longer a draft that still holds the template's placeholders (template.ts). */
export function placeholderProblems(story: PlaceholderFields): ContentProblem[] {
  if (story.draft) return [];
  const problems: ContentProblem[] = [];
  const left = (field: string, what: string) =>
    problems.push({
      file: story.file,
      field,
      severity: "error",
      message: `is still the template's placeholder; write ${what}, or keep the story a draft (draft: true)`,
    });
  if (story.title === PLACEHOLDER.title) left("title", "the headline");
  if (story.summary === PLACEHOLDER.summary) left("summary", "the summary");
  if (story.videoId === PLACEHOLDER.video) left("video", "the YouTube link");
  if (story.body.includes(PLACEHOLDER.body)) left("body", "the story in place of the line the template left");
  return problems;
}

/** Related links of `story` that will not show yet: each waits on a story scheduled after this one. */
function waitingLinks(story: Story, bySlug: ReadonlyMap<string, Story>, now: Date): ContentProblem[] {
  if (story.draft) return [];
  return story.related.flatMap((slug): ContentProblem[] => {
    const target = bySlug.get(slug);
    if (!target || target.draft || target.date <= now || target.date <= story.date) return [];
    return [
      {
        file: story.file,
        field: "related",
        severity: "warning",
        message: `"${slug}" is scheduled for ${karachiTime(target.date)}; the link shows once it is published`,
      },
    ];
  });
}

/** Related links that wait on a story scheduled after the one linking: all content:check asks of every story once each file's placeholders are checked. */
export function relatedProblems(stories: readonly Story[], now: Date): ContentProblem[] {
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  return stories.flatMap((story) => waitingLinks(story, bySlug, now));
}

/** Problems that need every story and the clock: a template left half done, a related link that will not show yet. */
export function storyProblems(stories: readonly Story[], now: Date): ContentProblem[] {
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  return stories.flatMap((story) => [
    ...placeholderProblems({ ...story, videoId: story.kind === "video" ? story.videoId : undefined }),
    ...waitingLinks(story, bySlug, now),
  ]);
}

/** One line per scheduled story, soonest first. */
export function scheduledLines(stories: readonly Story[], now: Date): string[] {
  return stories
    .filter((s) => !s.draft && s.date > now)
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((s) => `scheduled: ${s.file}: publishes ${karachiTime(s.date)}`);
}
