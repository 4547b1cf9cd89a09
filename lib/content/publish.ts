/**
 * Publishing into a running server's database, without a build: content/
 * is compared with the stamps the database keeps of each file (size and
 * time), the story files that changed are read and checked with the build's
 * own rules against the rest of the database, and the change is written in
 * one transaction, so every reader sees the old content or the new, never
 * half. A changed section list or author file republishes everything. Bad
 * content is refused with the build's own lines and nothing is written.
 */
import Database from "better-sqlite3";
import { storyProblems } from "@/lib/proofing/check";
import { tagPath } from "@/lib/lists/tags";
import { tagKey } from "@/lib/urdu/normalize";
import { contentDatabasePath, openDatabaseFile } from "./database";
import { orderIds } from "./db/order";
import { openReader } from "./db/reader";
import { deleteStory, insertStory, renameTags, writeLists, writeStamps } from "./db/write";
import { ContentError, readContent } from "./index";
import { contentFileStamps, defaultSource, imageReader, readStoryFile, type ContentSource } from "./load";
import { formatProblem, ProblemList } from "./problems";
import type { Story, StoryTeaser } from "./types";
import type { StoryDraft } from "./check-story";
import { resolveStories } from "./resolve";

export type PublishOutcome =
  /** `files` changed on disk; `paths` are the pages to regenerate now. */
  | { ok: true; files: string[]; paths: string[] }
  /** Every problem, one line each, as content:check prints them. */
  | { ok: false; lines: string[] };

const STORY_FILE = /^[^/]+\/(news|videos|columns)\/[^/]+\.md$/;

/** The pages a story stands on: its own, the first page of each list it is in, and the feeds' pages. */
function pagesOf(story: StoryTeaser, tagName: (tag: string) => string | undefined): string[] {
  const tags = story.tags.flatMap((tag) => tagName(tag) ?? []).map(tagPath);
  const kind = story.kind === "video" ? ["/videos"] : story.kind === "column" ? ["/columns"] : [];
  return [story.path, story.author.path, ...(story.category ? [story.category.path] : []), ...kind, ...tags];
}

const EVERY_PAGE = ["/", "/latest", "/corrections"];

export function publishContent(file = contentDatabasePath(), source: ContentSource = defaultSource(), now = new Date()): PublishOutcome {
  openDatabaseFile(file).close(); // refuses a missing database or one of another schema
  const db = new Database(file, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    const onDisk = contentFileStamps(source);
    const known = new Map((db.prepare("SELECT file, stamp FROM files").all() as { file: string; stamp: string }[]).map((row) => [row.file, row.stamp]));
    const changed = [...onDisk].filter(([name, stamp]) => known.get(name) !== stamp).map(([name]) => name);
    const removed = [...known.keys()].filter((name) => !onDisk.has(name));
    if (changed.length === 0 && removed.length === 0) return { ok: true, files: [], paths: [] };
    const touched = [...changed, ...removed];
    const outcome = touched.every((name) => STORY_FILE.test(name)) ? publishStories(db, source, changed, removed, now) : publishAll(db, source, touched, now);
    if (!outcome.ok) return outcome;
    writeStamps(db, onDisk);
    return { ok: true, files: touched.sort(), paths: outcome.paths };
  } finally {
    db.close();
  }
}

function bumpRevision(db: Database.Database): void {
  db.prepare("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'").run();
}

/** Sections or authors changed: everything again, as the build would write it. */
function publishAll(db: Database.Database, source: ContentSource, touched: readonly string[], now: Date): { ok: true; paths: string[] } | { ok: false; lines: string[] } {
  let content;
  try {
    content = readContent(source, now);
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, lines: error.lines };
    throw error;
  }
  const ids = orderIds(content.stories);
  db.transaction(() => {
    for (const table of ["stories", "story_texts", "corrections", "story_tags", "tags"]) db.exec(`DELETE FROM ${table}`);
    db.exec("INSERT INTO search (search) VALUES ('delete-all')");
    writeLists(db, content);
    for (const story of content.stories) insertStory(db, story, ids.get(story.slug)!);
    renameTags(db, content.stories.flatMap((story) => story.tags.map(tagKey)));
    bumpRevision(db);
  })();
  const index = openReader(db);
  const lists = [...index.categories.map((c) => c.path), ...index.authors.map((a) => a.path), "/videos", "/columns"];
  // content/news/x.md is /news/x: the stories whose own files changed too.
  const stories = touched.flatMap((name) => STORY_FILE.exec(name) ? [`/${name.split("/").slice(1).join("/").replace(/\.md$/, "")}`] : []);
  return { ok: true, paths: [...EVERY_PAGE, ...lists, ...stories] };
}

function publishStories(
  db: Database.Database,
  source: ContentSource,
  changed: readonly string[],
  removed: readonly string[],
  now: Date,
): { ok: true; paths: string[] } | { ok: false; lines: string[] } {
  const index = openReader(db, { preview: true, now: () => now });
  const touched = new Set([...changed, ...removed]);
  type Row = { id: number; slug: string; kind: Story["kind"]; draft: number; file: string };
  const bySlug = db.prepare("SELECT s.id, s.slug, s.kind, s.draft, x.file FROM stories s JOIN story_texts x ON x.id = s.id WHERE s.slug = ?");
  const byFile = db.prepare("SELECT s.id, s.slug, s.kind, s.draft, x.file FROM stories s JOIN story_texts x ON x.id = s.id WHERE x.file = ?");

  const problems = new ProblemList();
  const drafts: StoryDraft[] = changed.flatMap((name) => readStoryFile(problems, source, name, now) ?? []);
  const stories = resolveStories(problems, drafts, {
    categories: new Map(index.categories.map((c) => [c.key, c])),
    authors: new Map(index.authors.map((a) => [a.key, a])),
    authorFiles: new Set(index.authors.map((a) => a.key)),
    localImage: imageReader(source),
    elsewhere: (slug) => {
      const row = bySlug.get(slug) as Row | undefined;
      return row && !touched.has(row.file) ? { file: row.file, draft: row.draft === 1 } : undefined;
    },
  });
  // A story this publish takes away may be named in another's `related`.
  const gone = removed.flatMap((name) => (byFile.get(name) as Row | undefined)?.slug ?? []).filter((slug) => !stories.some((s) => s.slug === slug));
  const naming = db.prepare("SELECT DISTINCT x.file FROM story_texts x, json_each(x.related) j WHERE j.value = ?").pluck();
  for (const slug of gone) {
    for (const other of naming.all(slug) as string[]) {
      if (!touched.has(other)) problems.error(other, "related", `"${slug}" is not a story; expected the slug of a file in content/news, content/videos or content/columns`);
    }
  }
  const errors = [...problems.errors, ...storyProblems(stories, now).filter((p) => p.severity === "error")];
  if (errors.length > 0) return { ok: false, lines: errors.sort((a, b) => a.file.localeCompare(b.file)).map(formatProblem) };

  const before = [...touched].flatMap((name) => {
    const row = byFile.get(name) as Row | undefined;
    return row ? [{ row, teaser: index.preview(row.kind, row.slug) }] : [];
  });
  db.transaction(() => {
    for (const { row } of before) deleteStory(db, row.id);
    for (const story of stories) place(db, index, story);
    renameTags(db, [...before.flatMap(({ teaser }) => teaser?.tags ?? []), ...stories.flatMap((s) => s.tags)].map(tagKey));
    bumpRevision(db);
  })();
  const after = openReader(db, { now: () => now });
  const paths = [...before.flatMap(({ teaser }) => (teaser ? [teaser] : [])), ...stories].flatMap((story) => pagesOf(story, after.tagName));
  return { ok: true, paths: [...new Set([...EVERY_PAGE, ...paths])] };
}

/**
 * Inserts a story at its place in the site's order. Stories of the same
 * instant share one run of ids (order.ts), so those already there are
 * placed again with the new one among them.
 */
function place(db: Database.Database, index: ReturnType<typeof openReader>, story: Story): void {
  const at = story.date.getTime() * 1024;
  const sameInstant = db.prepare("SELECT id, slug, kind FROM stories WHERE id BETWEEN ? AND ?").all(at, at + 1023) as { id: number; slug: string; kind: Story["kind"] }[];
  const others = sameInstant.map((row) => ({ row, story: index.preview(row.kind, row.slug)! }));
  const ids = orderIds([story, ...others.map((o) => o.story)]);
  for (const { row, story: other } of others) {
    if (ids.get(other.slug) === row.id) continue;
    deleteStory(db, row.id);
    insertStory(db, other, ids.get(other.slug)!);
  }
  insertStory(db, story, ids.get(story.slug)!);
}
