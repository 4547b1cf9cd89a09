/**
 * Finds the prose in a content file: the Urdu text fields of the front
 * matter and the Markdown body, line by line, with code, URLs and markup
 * masked so no rule reads or changes them. Offsets are the file's own, so
 * a finding has a line and column and a fix edits the file in place.
 */
import { maskInline, type Segment } from "./mask";
import { yamlSegments } from "./yaml";

export type { Segment } from "./mask";

/** The front-matter fields that hold prose, by kind of file. */
export const PROSE_FIELDS = {
  story: ["title", "summary", "image_alt", "image_caption", "tags"],
  author: ["name", "role"],
} as const;

export type FileKind = keyof typeof PROSE_FIELDS;

export interface Line {
  start: number;
  text: string;
}

/** Lines without their line ends, each with its offset in the file. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    lines.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s/;
// Block quote, heading and list markers: Markdown syntax, not prose.
const BLOCK_MARKERS = /^ {0,3}(?:>\s?)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)?/;

function bodySegments(lines: Line[]): Segment[] {
  const segments: Segment[] = [];
  let fence: string | null = null;
  let comment = false;
  for (const line of lines) {
    const open = FENCE.exec(line.text)?.[1];
    if (fence !== null) {
      if (open && open[0] === fence[0] && open.length >= fence.length && line.text.trim() === open) fence = null;
      continue;
    }
    if (open) {
      fence = open;
      continue;
    }
    if (comment) {
      if (line.text.includes("-->")) comment = false;
      continue;
    }
    if (/^\s*<!--/.test(line.text) && !line.text.includes("-->")) {
      comment = true;
      continue;
    }
    // Indented code, and reference definitions (a label and a URL).
    if (/^( {4}|\t)/.test(line.text) || REFERENCE.test(line.text)) continue;
    const skip = BLOCK_MARKERS.exec(line.text)?.[0].length ?? 0;
    const text = line.text.slice(skip);
    if (text.trim() === "") continue;
    segments.push({
      field: "body",
      start: line.start + skip,
      text,
      masked: maskInline(text),
      table: text.trimStart().startsWith("|"),
    });
  }
  return segments;
}

/** Every stretch of prose in a file, in file order. */
export function proseSegments(text: string, kind: FileKind): Segment[] {
  const lines = splitLines(text);
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  if (lines[0]?.text.slice(bom).trimEnd() !== "---") return bodySegments(lines);
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line.text));
  if (close < 0) return [];
  const fields: readonly string[] = PROSE_FIELDS[kind];
  return [...yamlSegments(lines.slice(1, close), fields), ...bodySegments(lines.slice(close + 1))];
}
