/**
 * The Markdown files of content/, listed, read and split into front matter
 * and body. Each story file is also checked alone here (check-story.ts): the
 * part of loading that needs no other file, which the build and
 * content:check spread over worker threads (parallel.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { placeholderProblems, proofingProblems } from "@/lib/proofing/check";
import { FrontMatterError, splitFrontMatter } from "./frontmatter";
import { ProblemList } from "./problems";
import type { ContentProblem, StoryKind } from "./types";
import { validateStoryFile, type StoryDraft } from "./check-story";
import { CROSS_FILE_FIELDS } from "./resolve";
import { KIND_DIRS, type RawFile } from "./validate";

export interface ContentSource {
  /** Paths in messages are relative to this folder. */
  root: string;
  contentDir: string;
  publicDir: string;
}

export function relative(source: ContentSource, file: string): string {
  return path.relative(source.root, file).split(path.sep).join("/");
}

/** The Markdown files of a folder, sorted so messages come in a stable order. */
export function markdownFiles(problems: ProblemList, source: ContentSource, dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort();
  for (const name of names) {
    if (!name.endsWith(".md")) problems.warning(relative(source, path.join(dir, name)), "file", "is not a .md file and is ignored");
  }
  return names.filter((name) => name.endsWith(".md")).map((name) => path.join(dir, name));
}

export function readMarkdown(problems: ProblemList, source: ContentSource, file: string, text = fs.readFileSync(file, "utf8")): RawFile | null {
  const rel = relative(source, file);
  try {
    const { data, body, bodyLine } = splitFrontMatter(text);
    return { file: rel, name: path.basename(file, ".md"), data, body, bodyLine };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    problems.error(rel, "front matter", error.message);
    return null;
  }
}

/** A file's size and modification time, which change when an editor's commit is pulled. */
export function stampOf(stats: fs.Stats): string {
  return `${stats.size}:${stats.mtimeMs}`;
}

/** A story file on disk and the kind its folder makes it. */
export interface StoryFile {
  path: string;
  kind: StoryKind;
}

export function listStoryFiles(problems: ProblemList, source: ContentSource): StoryFile[] {
  return (Object.keys(KIND_DIRS) as StoryKind[]).flatMap((kind) =>
    markdownFiles(problems, source, path.join(source.contentDir, KIND_DIRS[kind])).map((file) => ({ path: file, kind })),
  );
}

/** What else to work out from each file while it is in hand. */
export interface FileWork {
  /**
   * content:check's look at each file: proofing warnings and the template's
   * placeholders (proofing/check.ts). The stories then come back without
   * their bodies (deserialising them cost the main thread 2 s of a
   * 100,000-story check) and with only the raw front matter that resolving
   * them reads (resolve.ts), as the rest, sent twice, cost another 0.5 s.
   */
  check?: boolean;
  /** The body's search terms (the build's search table). */
  searchBodies?: boolean;
}

export interface StoryFilesRead {
  /** One per file that could be read, in the order given. */
  drafts: StoryDraft[];
  /** Each file's stamp (stampOf), taken as it was opened, before it was read. */
  stamps: Map<string, string>;
  problems: ContentProblem[];
  proofing: ContentProblem[];
  /** A published story's body as search terms, by its file. */
  searchBodies: Map<string, string>;
}

/**
 * How to read each file: `bodyTerms` is search/table.ts's, given only when
 * the terms are asked for, as loading it brings remark (half a second on a
 * worker) and content:check never needs it.
 */
export interface FileReading {
  check?: boolean;
  bodyTerms?: (markdown: string) => string;
}

export function readStoryFiles(source: ContentSource, files: readonly StoryFile[], now: Date, reading: FileReading = {}): StoryFilesRead {
  const problems = new ProblemList();
  const read: StoryFilesRead = { drafts: [], stamps: new Map(), problems: problems.items, proofing: [], searchBodies: new Map() };
  for (const { path: file, kind } of files) {
    const rel = relative(source, file);
    const fd = fs.openSync(file, "r");
    let text: string;
    try {
      // The open file's own size and time: as good as a stat, and costs no second lookup.
      read.stamps.set(rel, stampOf(fs.fstatSync(fd)));
      text = fs.readFileSync(fd, "utf8");
    } finally {
      fs.closeSync(fd);
    }
    const raw = readMarkdown(problems, source, file, text);
    if (reading.check) read.proofing.push(...proofingProblems([{ file: rel, text, kind: "story" }]));
    const draft = raw && validateStoryFile(problems, { ...raw, kind }, now);
    if (!draft) continue;
    if (reading.check) {
      const { fields, raw: checked } = draft;
      if (fields) {
        const videoId = kind === "video" ? fields.video : undefined;
        problems.items.push(...placeholderProblems({ ...fields, file: rel, draft: fields.draft === true, videoId, body: checked.body }));
      }
      const data = Object.fromEntries(CROSS_FILE_FIELDS.filter((key) => key in draft.data).map((key) => [key, draft.data[key]]));
      read.drafts.push({ data, fields, raw: { ...checked, data, body: "" } });
      continue;
    }
    read.drafts.push(draft);
    // Drafts are never searched (write.ts): no terms to work out.
    if (reading.bodyTerms && draft.data.draft !== true) read.searchBodies.set(draft.raw.file, reading.bodyTerms(draft.raw.body));
  }
  return read;
}
