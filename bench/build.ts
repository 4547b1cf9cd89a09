/**
 * Build time and peak memory for synthetic archives of 1,000, 5,000 and
 * 10,000 stories: `npm run bench:build` (BENCH_SIZES=1000,5000 for others).
 * Each size is `npm run build` (next build, which checks content/ and writes
 * the content database after compiling) in its own
 * scratch copy under /tmp/khabarnama-bench, memory summed over every process
 * the build starts. PRERENDER_STORIES passes through, so `PRERENDER_STORIES=all`
 * shows what prerendering every story would cost.
 */
import fs from "node:fs";
import path from "node:path";
import { prerenderCount, prerenderListPages } from "@/lib/pages/prerender";
import { buildArchive } from "./target";

const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,10000").split(",").map(Number);

/** How many pages the build wrote out, and how many of them are stories. */
function prerendered(root: string): { stories: number; pages: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
  };
  const routes = Object.keys(manifest.routes);
  const stories = routes.filter((r) => /^\/(news|videos|columns)\/[^/]+$/.test(r) && !r.endsWith("/page")).length;
  return { stories, pages: routes.length };
}

async function main() {
  console.log(
    `PRERENDER_STORIES=${process.env.PRERENDER_STORIES ?? ""} (prerenders ${prerenderCount()}), PRERENDER_LIST_PAGES=${process.env.PRERENDER_LIST_PAGES ?? ""} (${prerenderListPages()} a list); ${new Date().toISOString()}; load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}\n`,
  );
  console.log(
    [
      "stories",
      "prerendered",
      "of which stories",
      "build s",
      "s per 1k stories",
      "content database s",
      "peak MB (all processes)",
      "processes",
    ].join(" | "),
  );
  for (const size of SIZES) {
    const { root, run } = await buildArchive(size);
    const check = /content database: .* in (\d+) ms/.exec(run.output)?.[1];
    const { stories, pages } = prerendered(root);
    console.log(
      [
        size,
        pages,
        stories,
        run.seconds.toFixed(0),
        ((run.seconds / size) * 1000).toFixed(1),
        check ? (Number(check) / 1000).toFixed(1) : "?",
        run.peakMb.toFixed(0),
        run.peakProcesses,
      ].join(" | "),
    );
  }
}

void main();
