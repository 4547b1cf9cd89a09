/**
 * What a server of an archive of N stories costs to start and to keep:
 * `npm run bench:memory` (BENCH_SIZES=10000,100000). For each size, on the
 * build `npm run bench:build` leaves (built first if it is missing), it
 * starts `next start` and prints how long until the first request is
 * answered, the resident memory of the server's processes then and after
 * 1,000 mixed requests (stories old and new, lists and their deep pages,
 * tags, searches), and those requests' median and p95. Not a test.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { treeMemory } from "./process-tree";
import { BENCH_ROOT, buildArchive, serveArchive } from "./target";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const PORT = 3266;
const REQUESTS = 1000;
const url = `http://127.0.0.1:${PORT}`;
const WORDS = "کراچی لاہور بارش پانی بجٹ کرکٹ اسموگ اسکول صحت مہنگائی سیلاب حکومت عدالت".split(" ");

/** The i-th of the mixed requests: a spread of the archive's stories, lists, tags and searches. */
function mixedPath(i: number, size: number): string {
  const story = `bench-${1 + ((i * 7919) % size)}`;
  switch (i % 6) {
    case 0:
    case 1:
      return `/STORY/${story}`;
    case 2:
      return `/latest/page/${1 + ((i * 31) % Math.ceil(size / 12))}`;
    case 3:
      return ["/", "/category/pakistan", "/category/sports", "/videos", "/columns", "/authors/news-desk"][i % 6]!;
    case 4:
      return `/search?q=${encodeURIComponent(`${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]}`)}`;
    default:
      return `/search?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}&page=${1 + (i % 3)}`;
  }
}

/** A story's URL: its kind is its folder in the synthetic content. */
function storyPath(root: string, slug: string): string {
  for (const dir of ["news", "videos", "columns"])
    if (fs.existsSync(path.join(root, "content", dir, `${slug}.md`))) return `/${dir}/${slug}`;
  return "/";
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  console.log(
    [
      "stories",
      "database MB",
      "ready s",
      "RSS at ready MB",
      `RSS after ${REQUESTS} MB`,
      "request p50 ms",
      "request p95 ms",
      "non-200",
    ].join(" | "),
  );
  for (const size of SIZES) {
    const root = path.join(BENCH_ROOT, `build-${size}`);
    if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) await buildArchive(size);
    const started = performance.now();
    // Asked every 50 ms until its newest story answers: the time a new instance takes to serve.
    const server = await serveArchive(root, PORT, `/news/bench-${size}`, 50);
    const ready = performance.now();
    try {
      const atReady = treeMemory(server.pid).mb;
      const times: number[] = [];
      let failed = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const target = mixedPath(i, size).replace(/^\/STORY\/(.+)$/, (_, slug: string) => storyPath(root, slug));
        const start = performance.now();
        const response = await fetch(url + target);
        await response.arrayBuffer();
        times.push(performance.now() - start);
        if (response.status !== 200) failed++;
      }
      times.sort((a, b) => a - b);
      const dbMb = fs.statSync(path.join(root, ".next/content.db")).size / 2 ** 20;
      const after = treeMemory(server.pid).mb;
      console.log(
        [
          size,
          dbMb.toFixed(0),
          ((ready - started) / 1000).toFixed(1),
          atReady.toFixed(0),
          after.toFixed(0),
          percentile(times, 50).toFixed(1),
          percentile(times, 95).toFixed(1),
          failed,
        ].join(" | "),
      );
    } finally {
      await server.stop();
    }
  }
}

void main();
