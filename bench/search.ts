/**
 * Times search over synthetic archives: `npm run bench:search`. Not a test.
 * For each size in BENCH_SIZES (default 10000,100000) it builds a database
 * file as the build would (a minimal stories table and the search table),
 * prints the build time and the file's size, then hits, median and p95
 * per query of a full search (match, rank, read one page of stories,
 * highlight them; pages 1 to 3 in turn), as a request pays it, over
 * BENCH_RUNS runs (default 200).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type { Story } from "@/lib/content";
import { searchStories } from "@/lib/search/search";
import { makeStory } from "@/lib/search/story-fixture";
import { optimizeSearch, SEARCH_TABLE_SQL, searchRowFor, writeSearchRow, type SearchRow } from "@/lib/search/table";
import { PATHOLOGICAL, QUERIES, syntheticStories } from "./search-corpus";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

// The columns of the content database's stories table that search reads.
const STORIES_SQL = "CREATE TABLE stories (id INTEGER PRIMARY KEY, slug TEXT, kind TEXT, date INTEGER, title TEXT, summary TEXT, tags TEXT, body TEXT, draft INTEGER)";

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** Writes the database; the synthetic stories are one an hour, so an id is date_ms × 1024 + 1023. */
function build(file: string, stories: readonly Story[]): void {
  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.exec(STORIES_SQL);
  db.exec(SEARCH_TABLE_SQL);
  const insert = db.prepare("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
  let start = performance.now();
  const rows: SearchRow[] = stories.map(searchRowFor);
  const termsTime = seconds(start);
  start = performance.now();
  db.transaction(() => {
    stories.forEach((story, i) => {
      const id = story.date.getTime() * 1024 + 1023;
      insert.run(id, story.slug, story.kind, story.date.getTime(), story.title, story.summary, JSON.stringify(story.tags), story.body);
      writeSearchRow(db, id, rows[i]!);
    });
  })();
  const insertTime = seconds(start);
  start = performance.now();
  optimizeSearch(db);
  const searchBytes = Number(db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'").pluck().get());
  db.close();
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(`built: terms ${termsTime} s, inserts ${insertTime} s, optimize ${seconds(start)} s; file ${mb(fs.statSync(file).size)} MB, of which the search table ${mb(searchBytes)} MB`);
}

interface StoryRow {
  id: number;
  slug: string;
  kind: Story["kind"];
  date: number;
  title: string;
  summary: string;
  tags: string;
  body: string;
}

/** The page's stories, read as the server would read them from the content database. */
function storyLookup(db: Database.Database) {
  const select = db.prepare("SELECT id, slug, kind, date, title, summary, tags, body FROM stories WHERE id IN (SELECT value FROM json_each(?))");
  return (ids: readonly number[]) =>
    new Map(
      (select.all(JSON.stringify(ids)) as StoryRow[]).map((row) => [
        row.id,
        makeStory({ slug: row.slug, kind: row.kind, date: new Date(row.date), title: row.title, summary: row.summary, tags: JSON.parse(row.tags) as string[], body: row.body }),
      ]),
    );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(db: Database.Database, now: Date, queries: [string, string][]): void {
  const stories = storyLookup(db);
  for (const [name, query] of queries) {
    searchStories(db, query, { now, stories }); // warm up
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      total = searchStories(db, query, { page: 1 + (run % 3), now, stories }).total;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log([name.padEnd(34), String(total).padStart(7), percentile(times, 50).toFixed(2).padStart(10), percentile(times, 95).toFixed(2).padStart(8)].join(" "));
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-search-"));
try {
  for (const size of SIZES) {
    const stories = syntheticStories(size);
    const file = path.join(dir, `search-${size}.db`);
    console.log(`\n${size} stories`);
    const start = performance.now();
    build(file, stories);
    console.log(`database written in ${seconds(start)} s; ${RUNS} runs per query`);
    const db = new Database(file, { readonly: true });
    // Every story published: the newest is the last.
    const now = stories.at(-1)!.date;
    console.log(["query".padEnd(34), "hits".padStart(7), "median ms".padStart(10), "p95 ms".padStart(8)].join(" "));
    time(db, now, QUERIES);
    console.log("pathological:");
    time(db, now, PATHOLOGICAL);
    db.close();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
