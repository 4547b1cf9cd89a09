/**
 * Times search over synthetic archives: `npm run bench:search`. Not a test.
 * For each size in BENCH_SIZES (default 10000,100000) it writes the content
 * database as the build writes it (lib/content/database.ts), prints the
 * time that took and the file's size, then opens it read-only as a server
 * does and prints hits, median and p95 per query of a full search (match,
 * rank, read one page of stories, highlight them; pages 1 to 3 in turn),
 * as a request pays it, over BENCH_RUNS runs (default 200).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ContentIndex } from "@/lib/content";
import { openDatabaseFile, writeDatabaseFile } from "@/lib/content/database";
import { openReader } from "@/lib/content/db/reader";
import { deskProfile, pakistan } from "@/lib/testing/stories";
import { PATHOLOGICAL, QUERIES, syntheticStories } from "./search-corpus";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(index: ContentIndex, queries: [string, string][]): void {
  for (const [name, query] of queries) {
    index.search(query); // warm up
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      total = index.search(query, 1 + (run % 3)).total;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      [
        name.padEnd(34),
        String(total).padStart(7),
        percentile(times, 50).toFixed(2).padStart(10),
        percentile(times, 95).toFixed(2).padStart(8),
      ].join(" "),
    );
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-search-"));
try {
  for (const size of SIZES) {
    const stories = syntheticStories(size);
    const file = path.join(dir, `content-${size}.db`);
    console.log(`\n${size} stories`);
    const start = performance.now();
    writeDatabaseFile({ stories, categories: [pakistan], authors: [deskProfile] }, file);
    console.log(
      `database written in ${seconds(start)} s, ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB; ${RUNS} runs per query`,
    );
    const db = openDatabaseFile(file);
    // Every story published: the clock stands at the newest.
    const index = openReader(db, { now: () => stories.at(-1)!.date });
    console.log(["query".padEnd(34), "hits".padStart(7), "median ms".padStart(10), "p95 ms".padStart(8)].join(" "));
    time(index, QUERIES);
    console.log("pathological:");
    time(index, PATHOLOGICAL);
    db.close();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
