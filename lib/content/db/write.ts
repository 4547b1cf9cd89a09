/**
 * Writes validated content into the database: all of it for the build
 * (writeContent), or a story at a time for publishing (publish.ts), with the
 * same statements, so a published story is stored exactly as a built one.
 */
import type { Database } from "better-sqlite3";
import { tagKey } from "@/lib/urdu/normalize";
import { prepared } from "../search/statements";
import { deleteSearchRow, optimizeSearch, SEARCH_TABLE_SQL, searchRowFor, writeSearchRow } from "../search/table";
import type { AuthorProfile, Category, Story } from "../types";
import { orderIds } from "./order";
import { storyRows } from "./rows";
import { SCHEMA_SQL, SCHEMA_VERSION } from "./schema";
import { tagNames } from "./tag-names";

export interface ContentSet {
  stories: readonly Story[];
  categories: readonly Category[];
  authors: readonly AuthorProfile[];
  /** Each content file's size and time (load.ts), so publishing can tell what changed since. */
  stamps?: ReadonlyMap<string, string>;
  /** Stories' body terms for search already worked out (parallel.ts), by file. */
  searchBodies?: ReadonlyMap<string, string>;
}

const STORY_SQL = `INSERT INTO stories (id, slug, kind, date, updated, title, summary, category, author, tags, image, video, draft, featured, breaking, live, live_until, live_updates, corrected, changed)
  VALUES (@id, @slug, @kind, @date, @updated, @title, @summary, @category, @author, @tags, @image, @video, @draft, @featured, @breaking, @live, @live_until, @live_updates, @corrected, @changed)`;

/** A story's rows in every table: its own, its text, its corrections, its tags and its search row (none but its own for a draft). */
export function insertStory(db: Database, story: Story, id: number, bodyTerms?: string): void {
  const rows = storyRows(story, id);
  prepared(db, STORY_SQL).run(rows.story);
  prepared(db, "INSERT INTO story_texts (id, body, related, corrections, file) VALUES (@id, @body, @related, @corrections, @file)").run(rows.text);
  // Drafts stand in no list, so no tag lists them and no search finds them.
  if (story.draft) return;
  const correction = prepared(db, "INSERT INTO corrections (id, date, text) VALUES (?, ?, ?)");
  for (const { date, text } of story.corrections) correction.run(id, date.getTime(), text);
  const tag = prepared(db, "INSERT OR IGNORE INTO story_tags (tag, id) VALUES (?, ?)");
  for (const name of story.tags) tag.run(tagKey(name), id);
  writeSearchRow(db, id, searchRowFor(story, bodyTerms));
}

/** Takes the story of this id out of every table. */
export function deleteStory(db: Database, id: number): void {
  for (const table of ["stories", "story_texts", "corrections", "story_tags"]) prepared(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
  deleteSearchRow(db, id);
}

/** The sections, authors and file stamps: replaced whole, as they are few. */
export function writeLists(db: Database, { categories, authors, stamps }: ContentSet): void {
  for (const table of ["categories", "authors"]) db.exec(`DELETE FROM ${table}`);
  const category = db.prepare("INSERT INTO categories (key, name, position) VALUES (?, ?, ?)");
  categories.forEach(({ key, name }, position) => category.run(key, name, position));
  const author = db.prepare(
    "INSERT INTO authors (key, name, role, image, organization, bio_html, file) VALUES (@key, @name, @role, @image, @organization, @bioHtml, @file)",
  );
  for (const profile of authors) {
    author.run({ ...profile, role: profile.role ?? null, image: profile.image ? JSON.stringify(profile.image) : null, organization: profile.organization ? 1 : 0 });
  }
  if (stamps) writeStamps(db, stamps);
}

export function writeStamps(db: Database, stamps: ReadonlyMap<string, string>): void {
  db.exec("DELETE FROM files");
  const file = db.prepare("INSERT INTO files (file, stamp) VALUES (?, ?)");
  for (const [name, stamp] of stamps) file.run(name, stamp);
}

/** Each of these tags' names again (tag-names.ts), from the published stories that carry them now; a tag no story carries is dropped. */
export function renameTags(db: Database, keys: Iterable<string>): void {
  const carriers = db.prepare("SELECT s.tags FROM story_tags t JOIN stories s ON s.id = t.id WHERE t.tag = ? ORDER BY s.id DESC").pluck();
  for (const key of new Set(keys)) {
    const names = tagNames((carriers.all(key) as string[]).map((tags) => ({ tags: JSON.parse(tags) as string[] })));
    db.prepare("DELETE FROM tags WHERE tag = ?").run(key);
    const name = names.get(key);
    if (name) db.prepare("INSERT INTO tags (tag, name) VALUES (?, ?)").run(key, name);
  }
}

export function writeContent(db: Database, content: ContentSet): void {
  db.exec(SCHEMA_SQL);
  db.exec(SEARCH_TABLE_SQL);
  const ids = orderIds(content.stories);
  db.transaction(() => {
    db.prepare("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)").run("schema", SCHEMA_VERSION, "revision", "1");
    writeLists(db, content);
    for (const story of content.stories) insertStory(db, story, ids.get(story.slug)!, content.searchBodies?.get(story.file));
    const listed = content.stories.filter((story) => !story.draft).sort((a, b) => ids.get(b.slug)! - ids.get(a.slug)!);
    const insertTag = db.prepare("INSERT INTO tags (tag, name) VALUES (?, ?)");
    for (const [key, name] of tagNames(listed)) insertTag.run(key, name);
  })();
  optimizeSearch(db);
}
