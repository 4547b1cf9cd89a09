/**
 * The build the serving benchmarks measure: the synthetic archive of
 * BENCH_CORPUS stories (default 1,000) left by `npm run bench:build`, built
 * here first if that has not run.
 */
import fs from "node:fs";
import path from "node:path";
import { startNextServer, type NextServer } from "@/lib/testing/next-server";
import { makeCorpus } from "./corpus";
import { runMeasured, type RunResult } from "./process-tree";

export const BENCH_ROOT = "/tmp/khabarnama-bench";
export const LIGHTHOUSE_PORT = 3265;
/** Canonical links and share URLs name the address Lighthouse visits, as they would on the real site. */
export const BENCH_SITE_URL = `http://localhost:${LIGHTHOUSE_PORT}`;

/** How a scratch archive's server runs: its own build folder, canonical links naming the Lighthouse address. */
export const ARCHIVE_ENV = { NEXT_DIST_DIR: ".next", SITE_URL: BENCH_SITE_URL };

/** `next start` of the scratch archive in `root`. */
export function serveArchive(root: string, port: number, readyPath = "/", pollMs = 250): Promise<NextServer> {
  return startNextServer({ root, port, env: ARCHIVE_ENV, readyPath, pollMs });
}

/** A scratch archive of `stories` synthetic stories, built as `npm run build` builds (content check, then next build). */
export async function buildArchive(stories: number): Promise<{ root: string; run: RunResult }> {
  const root = path.join(BENCH_ROOT, `build-${stories}`);
  makeCorpus(stories, root);
  const run = await runMeasured("npm", ["run", "build"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: ".next", NEXT_TELEMETRY_DISABLED: "1", SITE_URL: BENCH_SITE_URL },
  });
  if (run.code !== 0) throw new Error(`the build of ${stories} stories failed:\n${run.output.slice(-4000)}`);
  return { root, run };
}

export interface Target {
  root: string;
  stories: number;
  /** A path of each page kind, all present in this build's content. */
  pages: Record<
    "story1500" | "story" | "video" | "column" | "home" | "section" | "latest" | "search" | "tag" | "author" | "old",
    string
  >;
}

/** The newest story file of a kind in the scratch content, as its URL. */
function newest(root: string, dir: string, skip = 0): string {
  const names = fs.readdirSync(path.join(root, "content", dir)).map((n) => Number(/bench-(\d+)\.md/.exec(n)?.[1]));
  return `/${dir}/bench-${names.sort((a, b) => b - a)[skip]}`;
}

export async function benchTarget(): Promise<Target> {
  const stories = Number(process.env.BENCH_CORPUS ?? 1000);
  const root = path.join(BENCH_ROOT, `build-${stories}`);
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log(`building a ${stories}-story archive in ${root} first…`);
    await buildArchive(stories);
  }
  const tag = /tags: \[([^,\]]+)/.exec(
    fs.readFileSync(path.join(root, "content", `${newest(root, "news", 1).slice(1)}.md`), "utf8"),
  )![1]!;
  return {
    root,
    stories,
    pages: {
      story1500: `/news/bench-${stories}`,
      story: newest(root, "news", 1),
      video: newest(root, "videos"),
      column: newest(root, "columns"),
      home: "/",
      section: "/category/pakistan",
      latest: "/latest",
      search: `/search?q=${encodeURIComponent("کراچی پانی")}`,
      tag: `/tags/${encodeURIComponent(tag.trim())}`,
      author: "/authors/news-desk",
      old: ["news", "videos", "columns"]
        .map((dir) => `/${dir}/bench-1`)
        .find((page) => fs.existsSync(path.join(root, "content", `${page.slice(1)}.md`)))!,
    },
  };
}
