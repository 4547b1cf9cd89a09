/**
 * The content database: what `next build` writes once and every server
 * process opens read-only (docs/deploy.md). Stories are kept in two tables
 * so that lists, counts and sitemaps read short rows and a story's body is
 * read only when its own page renders.
 *
 * A story's `id` is its place in the site's order, newest first (order.ts):
 * every list is `ORDER BY id DESC`, and "published by now" is `id < cut`.
 */
/** Bumped whenever the tables change: a server refuses a database written by another shape. */
export const SCHEMA_VERSION = "3";

export const SCHEMA_SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE categories (key TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE authors (
  key TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT, image TEXT, organization INTEGER NOT NULL,
  bio_html TEXT NOT NULL, file TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  date INTEGER NOT NULL,
  updated INTEGER,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  category TEXT,
  author TEXT NOT NULL,
  tags TEXT NOT NULL,
  image TEXT,
  video TEXT,
  draft INTEGER NOT NULL,
  featured INTEGER NOT NULL,
  breaking INTEGER NOT NULL,
  live INTEGER NOT NULL,
  live_until INTEGER,
  live_updates TEXT,
  corrected INTEGER,
  changed INTEGER NOT NULL
);
CREATE INDEX stories_published ON stories (draft, id);
CREATE INDEX stories_by_kind ON stories (kind, draft, id);
CREATE INDEX stories_by_category ON stories (category, draft, id);
CREATE INDEX stories_by_author ON stories (author, draft, id);
-- An author's page lists columns first: without this it sorted all their stories for every page.
CREATE INDEX stories_by_author_columns ON stories (author, kind = 'column', draft, id);
-- The newest change (feeds' and sitemaps' Last-Modified) without reading every story.
CREATE INDEX stories_changed ON stories (draft, changed);
CREATE INDEX stories_featured ON stories (featured, draft, id);
CREATE TABLE story_texts (id INTEGER PRIMARY KEY, body TEXT NOT NULL, related TEXT NOT NULL, corrections TEXT NOT NULL, file TEXT NOT NULL);
CREATE TABLE corrections (id INTEGER NOT NULL, date INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX corrections_by_date ON corrections (date);
CREATE TABLE story_tags (tag TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (tag, id)) WITHOUT ROWID;
CREATE INDEX story_tags_by_story ON story_tags (id);
CREATE TABLE tags (tag TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE files (file TEXT PRIMARY KEY, stamp TEXT NOT NULL) WITHOUT ROWID;
`;
