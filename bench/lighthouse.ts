/**
 * Lighthouse 12.2.3, mobile settings (its default: a mid-range phone on slow
 * 4G, simulated), Debian's Chromium, on a story, the home page and a
 * section: the median of 5 runs of each score, FCP, LCP, CLS and TBT, the
 * bytes fetched, and Lighthouse's `benchmarkIndex` (how fast this machine ran
 * at the time: a loaded machine reads far worse, so run it alone).
 * `npm run bench:lighthouse`. Where a score is short of 1, the audits that
 * cost it are listed. BENCH_WITHOUT=all runs each page again with the
 * site's scripts blocked, with the web font blocked, and with both, so the
 * figures show what each costs rather than leaving it to guesswork.
 */
import fs from "node:fs";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@/lib/testing/chromium";
import { benchTarget, LIGHTHOUSE_PORT, serveArchive } from "./target";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  CLS: "cumulative-layout-shift",
  TBT: "total-blocking-time",
  KB: "total-byte-weight",
} as const;

interface Audit {
  score: number | null;
  numericValue?: number;
  title: string;
  scoreDisplayMode: string;
}
interface Lhr {
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

/** What the counterfactual runs block (Lighthouse's blockedUrlPatterns). */
const ALL_VARIANTS: Record<string, string[]> = {
  "": [],
  "no JS": ["*.js"],
  "no web font": ["*.woff2"],
  neither: ["*.js", "*.woff2"],
};
const WITHOUT = process.env.BENCH_WITHOUT === "all" ? ALL_VARIANTS : { "": [] };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const lighthouse = await import("lighthouse").then((m) => m.default).catch(() => undefined);
  if (!lighthouse) throw new Error("lighthouse is not installed: npm ci (it is a devDependency, lighthouse@12.2.3)");
  const { launch } = await import("chrome-launcher");
  // Lighthouse drives a Chromium of its own finding: Debian's, or the one CHROMIUM_PATH names.
  const chromePath = CHROMIUM_PATH;
  if (!chromePath || !fs.existsSync(chromePath))
    throw new Error(
      `no Chromium at ${chromePath ?? "/usr/bin/chromium"}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );

  const target = await benchTarget();
  const next = await serveArchive(target.root, LIGHTHOUSE_PORT);
  // The pages' canonical links name localhost (SITE_URL at build time); test them under that name.
  const origin = `http://localhost:${LIGHTHOUSE_PORT}`;
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS });
  try {
    console.log(
      `${target.stories}-story archive, median of ${RUNS} runs; load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}\n`,
    );
    console.log(
      [
        "page",
        ...CATEGORIES,
        ...Object.keys(METRICS).map((m) => (m === "CLS" || m === "KB" ? m : `${m} ms`)),
        "benchmarkIndex",
      ].join(" | "),
    );
    const shortfalls: string[] = [];
    for (const kind of ["story", "home", "section"] as const) {
      for (const [without, blockedUrlPatterns] of Object.entries(WITHOUT)) {
        const runs: Lhr[] = [];
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(origin + target.pages[kind], {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: [...CATEGORIES],
            blockedUrlPatterns: [...blockedUrlPatterns],
          });
          if (!result) throw new Error(`lighthouse returned nothing for ${kind}`);
          runs.push(result.lhr);
        }
        const scores = CATEGORIES.map((c) => median(runs.map((r) => r.categories[c]?.score ?? 0)));
        const [fcp, lcp, cls, tbt, bytes] = Object.values(METRICS).map((id) =>
          median(runs.map((r) => r.audits[id]?.numericValue ?? NaN)),
        );
        const benchmarkIndex = runs.map((r) => r.environment.benchmarkIndex.toFixed(0)).join(", ");
        const label = without ? `${kind}, ${without}` : kind;
        console.log(
          [
            label,
            ...scores.map((s) => s.toFixed(2)),
            fcp!.toFixed(0),
            lcp!.toFixed(0),
            cls!.toFixed(3),
            tbt!.toFixed(0),
            (bytes! / 1024).toFixed(1),
            benchmarkIndex,
          ].join(" | "),
        );
        if (without) continue;
        const last = runs[runs.length - 1]!;
        for (const category of CATEGORIES) {
          for (const ref of last.categories[category]?.auditRefs ?? []) {
            const audit = last.audits[ref.id];
            if (
              audit &&
              ref.weight > 0 &&
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== "informative"
            ) {
              shortfalls.push(`${kind} ${category}: ${ref.id} (${audit.title}) scored ${audit.score}`);
            }
          }
        }
      }
    }
    if (shortfalls.length > 0) console.log(`\nwhat costs points (last run of each page):\n${shortfalls.join("\n")}`);
  } finally {
    chrome.kill();
    await next.stop();
  }
}

void main();
