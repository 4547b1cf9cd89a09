/** The last guard before content:fix writes a file: the front matter must read the same apart from the prose it proofs. */
import { FrontMatterError, splitFrontMatter } from "@/lib/content/frontmatter";
import { PROSE_FIELDS, type FileKind } from "./segments";

function fields(text: string, kind: FileKind): string | null {
  try {
    const data = splitFrontMatter(text).data;
    if (typeof data !== "object" || data === null) return JSON.stringify(data);
    const prose: readonly string[] = PROSE_FIELDS[kind];
    // Prose may change in its letters, not in its shape: a string stays a string, a list keeps its length.
    const shape = (value: unknown) => (Array.isArray(value) ? value.map((item) => typeof item) : typeof value);
    return JSON.stringify(
      Object.entries(data as Record<string, unknown>).map(([key, value]) => [
        key,
        prose.includes(key) ? shape(value) : value,
      ]),
    );
  } catch (error) {
    if (error instanceof FrontMatterError) return null;
    throw error;
  }
}

/** True when `after` parses, with the same fields in the same order and the same values outside the prose fields. */
export function frontMatterKept(before: string, after: string, kind: FileKind): boolean {
  const kept = fields(after, kind);
  return kept !== null && kept === fields(before, kind);
}
