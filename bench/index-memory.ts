/**
 * What one server process holds for an archive of N stories, and how long it
 * takes to get there: the content index (read and validated at start) and
 * the search index (built on the first search). `npm run bench:memory`
 * (BENCH_SIZES=1000,10000); heap after a full garbage collection.
 */
import path from "node:path";
import { getContentIndex } from "@/lib/content";
import { defaultSource } from "@/lib/content/load";
import { getSearchIndex } from "@/lib/search";
import { makeCorpus } from "./corpus";
import { BENCH_ROOT } from "./target";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node's --expose-gc (npm run bench:memory does)");
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const holder = globalThis as { __khabarnamaContent?: unknown };
console.log(["stories", "content index s", "its heap MB", "search index s", "its heap MB", "first search ms", "next search ms"].join(" | "));
for (const size of SIZES) {
  const root = path.join(BENCH_ROOT, `corpus-${size}`);
  makeCorpus(size, root);
  delete holder.__khabarnamaContent;
  const base = heapMb();
  let start = performance.now();
  getContentIndex(defaultSource(root));
  const contentSeconds = (performance.now() - start) / 1000;
  const contentMb = heapMb() - base;
  // getSearchIndex reads the content index the server would: the one just built for this root.
  start = performance.now();
  const search = getSearchIndex();
  const searchSeconds = (performance.now() - start) / 1000;
  const searchMb = heapMb() - base - contentMb;
  start = performance.now();
  search.search("کراچی پانی");
  const first = performance.now() - start;
  start = performance.now();
  search.search("لاہور");
  const next = performance.now() - start;
  console.log([size, contentSeconds.toFixed(1), contentMb.toFixed(0), searchSeconds.toFixed(1), searchMb.toFixed(0), first.toFixed(0), next.toFixed(0)].join(" | "));
}
