/**
 * The search table of the content database: an FTS5 index of each
 * published story's terms, its rowid the story's id (the order key: higher
 * is newer). The terms are the site's own (indexTerms), so FTS5 only splits
 * them apart again: the `ascii` tokenizer keeps every non-ASCII character
 * in a token, splits on ASCII spaces and punctuation (no term holds any)
 * and folds nothing else. Contentless, as highlighting reads the story
 * itself; `contentless_delete` so a story edited or withdrawn is replaced;
 * `detail=column` as ranking asks which field, never where in it.
 */
import type { Database } from "better-sqlite3";
import { markdownToText } from "@/lib/markdown/render";
import { prepared } from "./statements";
import { indexTerms } from "@/lib/search/tokenize";

/** The search table, and search_terms: its vocabulary, one row per term (FTS5 reads it off the index; it stores nothing). */
export const SEARCH_TABLE_SQL = `CREATE VIRTUAL TABLE search USING fts5(
  title, tags, summary, body,
  tokenize = 'ascii', content = '', contentless_delete = 1, detail = column
);
CREATE VIRTUAL TABLE search_terms USING fts5vocab(search, row);`;

/** A story's terms per field, space-separated, as the table takes them. */
export interface SearchRow {
  title: string;
  tags: string;
  summary: string;
  body: string;
}

// ASCII control characters would split a term (the tokenizer takes them for
// separators), so each becomes an escape character and a private-use one.
// Escaping the escape too keeps this one-to-one and prefix-preserving.
const ESCAPE = "\uE000";
// eslint-disable-next-line no-control-regex -- control characters are what it escapes
const UNSAFE = /[\u0000-\u001F\u007F\uE000]/g;

/** A term as one FTS5 token. */
export function ftsToken(term: string): string {
  return term.replace(UNSAFE, (c) => ESCAPE + String.fromCharCode(0xe100 + (c === ESCAPE ? 0x80 : c.charCodeAt(0))));
}

const indexed = (text: string): string => indexTerms(text).map(ftsToken).join(" ");

/** A story body's terms: its text without Markdown. The costly part of a row, so the build works it out on its file workers. */
export const searchBodyTerms = (markdown: string): string => indexed(markdownToText(markdown));

/** What a story is searched by; `body` its body's terms when already worked out. */
export function searchRowFor(
  story: { title: string; tags: readonly string[]; summary: string; body: string },
  body = searchBodyTerms(story.body),
): SearchRow {
  return {
    title: indexed(story.title),
    // A comma, not a space: the normaliser would join two tags like کر and دیا.
    tags: indexed(story.tags.join("، ")),
    summary: indexed(story.summary),
    body,
  };
}

/** Indexes a story under its id, replacing what the id had (a contentless table updates no other way). */
export function writeSearchRow(db: Database, id: number, row: SearchRow): void {
  deleteSearchRow(db, id);
  prepared(db, "INSERT INTO search (rowid, title, tags, summary, body) VALUES (@id, @title, @tags, @summary, @body)").run({ id, ...row });
}

/** Takes a story out of search (a story made a draft again, or deleted). */
export function deleteSearchRow(db: Database, id: number): void {
  prepared(db, "DELETE FROM search WHERE rowid = ?").run(id);
}

/** Merges the index into one segment, once every row is written: searches then read one b-tree, not dozens. */
export function optimizeSearch(db: Database): void {
  db.exec("INSERT INTO search (search) VALUES ('optimize')");
}
