/**
 * The content index over the database. Every call asks SQLite, so a
 * process holds no archive in its heap: the sections and authors (a few
 * hundred rows at most) are all it keeps. "Published" is judged per call
 * against the clock: a scheduled story appears at its time, no rebuild.
 */
import type { Database, Statement } from "better-sqlite3";
import { tagKey } from "@/lib/urdu/normalize";
import type { Author, AuthorImage, AuthorProfile, Category, Story, StoryKind, StoryTeaser } from "../types";
import { bylineOf } from "../validate";
import type { ContentIndex, ListPage, StoryList, TagPage } from "../index-types";
import { searchStories } from "../search/search";
import { firstIdAt, publishedBelow } from "./order";
import { relatedStories } from "./related";
import { PUBLISHED, TEASER_COLUMNS, toStory, toTeaser, type Lookups, type StoryRow, type TeaserRow } from "./rows";

const FULL = `SELECT ${TEASER_COLUMNS}, x.body, x.related, x.corrections, x.file FROM stories s JOIN story_texts x ON x.id = s.id WHERE s.slug = ? AND s.kind = ?`;

/**
 * FROM/WHERE of each list, with its order; @key names what the list is of.
 * `counted` is the FROM for its count where the planner needs telling: it
 * would walk the wide table by id for "ids below the cut" (50 ms at 100,000
 * stories) where the narrow index of the same rows takes 2 ms.
 */
function listSql(list: StoryList): { from: string; order: string; counted?: string } {
  switch (list.of) {
    case "all":
      return { from: `stories s WHERE ${PUBLISHED}`, order: "s.id DESC", counted: `stories s INDEXED BY stories_published WHERE ${PUBLISHED}` };
    case "kind":
      return {
        from: `stories s WHERE s.kind = @key AND ${PUBLISHED}`,
        order: "s.id DESC",
        counted: `stories s INDEXED BY stories_by_kind WHERE s.kind = @key AND ${PUBLISHED}`,
      };
    case "category":
      return { from: `stories s WHERE s.category = @key AND ${PUBLISHED}`, order: "s.id DESC" };
    case "tag":
      return { from: `story_tags t JOIN stories s ON s.id = t.id WHERE t.tag = @key AND t.id < @cut AND s.draft = 0`, order: "t.id DESC" };
    case "author":
      // A columnist's columns come first, then the rest, each newest first.
      return { from: `stories s WHERE s.author = @key AND ${PUBLISHED}`, order: "s.kind = 'column' DESC, s.id DESC" };
  }
}

function listKey(list: StoryList): string | null {
  switch (list.of) {
    case "all":
      return null;
    case "kind":
      return list.kind;
    case "tag":
      return tagKey(list.tag);
    default:
      return list.key;
  }
}

export interface ReaderOptions {
  now?: () => Date;
  /** Under `next dev`: drafts and scheduled stories have preview pages. */
  preview?: boolean;
}

export function openReader(db: Database, options: ReaderOptions = {}): ContentIndex & { refresh(): void } {
  const now = options.now ?? (() => new Date());
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };

  let categories: Category[] = [];
  let authors: AuthorProfile[] = [];
  let categoryMap = new Map<string, Category>();
  let authorMap = new Map<string, AuthorProfile>();
  let bylines = new Map<string, Author>();
  let revision = "";
  let dataVersion = -1;
  const lookups: Lookups = { category: (key) => categoryMap.get(key), author: (key) => bylines.get(key) };

  /** Sections, authors and the revision again, when another connection (a publish) has changed the file. */
  const refresh = () => {
    const version = db.pragma("data_version", { simple: true }) as number;
    if (version === dataVersion) return;
    dataVersion = version;
    categories = (db.prepare("SELECT key, name FROM categories ORDER BY position").all() as { key: string; name: string }[]).map((c) => ({ ...c, path: `/category/${c.key}` }));
    type AuthorRow = { key: string; name: string; role: string | null; image: string | null; organization: number; bio_html: string; file: string };
    authors = (db.prepare("SELECT * FROM authors ORDER BY key").all() as AuthorRow[]).map((a) => ({
      key: a.key,
      name: a.name,
      ...(a.role === null ? {} : { role: a.role }),
      ...(a.image === null ? {} : { image: JSON.parse(a.image) as AuthorImage }),
      path: `/authors/${a.key}`,
      organization: a.organization === 1,
      bioHtml: a.bio_html,
      file: a.file,
    }));
    categoryMap = new Map(categories.map((c) => [c.key, c]));
    authorMap = new Map(authors.map((a) => [a.key, a]));
    bylines = new Map(authors.map((a) => [a.key, bylineOf(a)]));
    revision = (db.prepare("SELECT value FROM meta WHERE key = 'revision'").pluck().get() as string | undefined) ?? "";
  };
  refresh();

  const cut = () => publishedBelow(now());
  // Each opening is its own version: next dev opens a new index when a file changes.
  const opened = Math.random().toString(36).slice(2, 10);
  const teasers = (rows: unknown[]) => (rows as TeaserRow[]).map((row) => toTeaser(row, lookups));

  const rows = (of: StoryList, { offset = 0, limit = -1 } = {}): StoryTeaser[] => {
    const { from, order } = listSql(of);
    return teasers(prepared(`SELECT ${TEASER_COLUMNS} FROM ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ cut: cut(), key: listKey(of), limit, offset }));
  };

  const list = (of: StoryList, range: { offset?: number; limit?: number } = {}): ListPage => {
    const { from, counted = from } = listSql(of);
    const total = prepared(`SELECT count(*) FROM ${counted}`).pluck().get({ cut: cut(), key: listKey(of) }) as number;
    return { stories: total === 0 ? [] : rows(of, range), total };
  };

  const fullStory = (kind: StoryKind, slug: string, publishedOnly: boolean): Story | undefined => {
    const row = prepared(FULL).get(slug, kind) as StoryRow | undefined;
    if (!row) return undefined;
    if (publishedOnly && (row.draft === 1 || row.id >= cut())) return undefined;
    return toStory(row, lookups);
  };

  return {
    refresh,
    get categories() {
      return categories;
    },
    get authors() {
      return authors;
    },
    category: (key) => categoryMap.get(key),
    author: (key) => authorMap.get(key),
    story: (kind, slug) => fullStory(kind, slug, true),
    teaser: (slug) => teasers(prepared(`SELECT ${TEASER_COLUMNS} FROM stories s WHERE s.slug = @slug AND ${PUBLISHED}`).all({ slug, cut: cut() }))[0],
    preview: (kind, slug) => (options.preview ? fullStory(kind, slug, false) : undefined),
    list,
    latest: (count, { kind, exclude } = {}) =>
      rows(kind ? { of: "kind", kind } : { of: "all" }, { limit: count + 1 })
        .filter((story) => story.slug !== exclude)
        .slice(0, count),
    lead: () =>
      teasers(prepared(`SELECT ${TEASER_COLUMNS} FROM stories s WHERE s.featured = 1 AND ${PUBLISHED} ORDER BY s.id DESC LIMIT 1`).all({ cut: cut() }))[0] ??
      rows({ of: "kind", kind: "news" }, { limit: 1 })[0] ??
      rows({ of: "all" }, { limit: 1 })[0],
    related: (story) => relatedStories(story, { prepared, teasers, cut: cut() }),
    recent: (since, limit, { breaking = false } = {}) =>
      teasers(
        prepared(`SELECT ${TEASER_COLUMNS} FROM stories s WHERE s.id >= @from AND ${PUBLISHED} AND (@breaking = 0 OR s.breaking = 1) ORDER BY s.id DESC LIMIT @limit`).all({
          cut: cut(),
          from: firstIdAt(since),
          limit,
          breaking: breaking ? 1 : 0,
        }),
      ),
    oldestFirst: (offset, limit) =>
      teasers(prepared(`SELECT ${TEASER_COLUMNS} FROM stories s WHERE ${PUBLISHED} ORDER BY s.id ASC LIMIT @limit OFFSET @offset`).all({ cut: cut(), offset, limit })),
    scheduled: () => teasers(prepared(`SELECT ${TEASER_COLUMNS} FROM stories s WHERE s.draft = 0 AND s.id >= @cut ORDER BY s.id ASC`).all({ cut: cut() })),
    newestChange: (of) => {
      const { from } = listSql(of);
      const at = prepared(`SELECT max(s.changed) FROM ${from}`).pluck().get({ cut: cut(), key: listKey(of) }) as number | null;
      return at === null ? undefined : new Date(at);
    },
    tagName: (tag) =>
      (prepared("SELECT g.name FROM tags g WHERE g.tag = @key AND EXISTS (SELECT 1 FROM story_tags t JOIN stories s ON s.id = t.id WHERE t.tag = @key AND t.id < @cut AND s.draft = 0)")
        .pluck()
        .get({ key: tagKey(tag), cut: cut() }) as string | undefined) ?? undefined,
    tagPages: () =>
      (
        prepared(
          `SELECT g.name, max(s.changed) AS changed, max(t.id) AS newest FROM story_tags t
           JOIN stories s ON s.id = t.id JOIN tags g ON g.tag = t.tag
           WHERE t.id < @cut AND s.draft = 0 GROUP BY t.tag ORDER BY newest DESC, g.name`,
        ).all({ cut: cut() }) as { name: string; changed: number }[]
      ).map((row): TagPage => ({ name: row.name, lastModified: new Date(row.changed) })),
    corrections: () =>
      (
        prepared(`SELECT ${TEASER_COLUMNS}, c.date AS corrected_at, c.text AS correction FROM corrections c JOIN stories s ON s.id = c.id WHERE ${PUBLISHED} ORDER BY c.date DESC, s.id DESC`).all({
          cut: cut(),
        }) as (TeaserRow & { corrected_at: number; correction: string })[]
      ).map((row) => ({ story: toTeaser(row, lookups), date: new Date(row.corrected_at), text: row.correction })),
    search: (query, page = 1) =>
      searchStories(db, query, {
        page,
        now: now(),
        stories: (ids) => {
          const rows = prepared(`SELECT ${TEASER_COLUMNS}, x.body FROM stories s JOIN story_texts x ON x.id = s.id WHERE s.id IN (SELECT value FROM json_each(@ids))`).all({
            ids: JSON.stringify(ids),
          }) as (TeaserRow & { body: string })[];
          return new Map(rows.map((row) => [row.id, { ...toTeaser(row, lookups), body: row.body }]));
        },
      }),
    version: () => {
      const next = prepared("SELECT min(s.id) FROM stories s WHERE s.draft = 0 AND s.id >= @cut").pluck().get({ cut: cut() }) as number | null;
      return `${opened}:${revision}:${next ?? "-"}`;
    },
  };
}
