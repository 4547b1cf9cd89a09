/**
 * `npm run bench:stress`: 200 connections for 60 s on `next start` of the
 * last build (NEXT_DIST_DIR, default .next). BENCH_MIX chooses the load:
 * `pages` (default) a story, the home page and a search together; `search`
 * one popular search, as after a story goes round WhatsApp; `varied` a
 * different search on nearly every request, which no cache can hold.
 * Prints totals, non-2xx, errors, timeouts, latency p50/p99 and the server's
 * resident memory before, right after, and 15 s after the load.
 * Not a test. BENCH_CONNECTIONS, BENCH_SECONDS and BENCH_PORT override.
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { getContentIndex } from "@/lib/content";
import { startNextServer } from "@/lib/testing/next-server";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 3299);
const url = `http://127.0.0.1:${PORT}`;

const MIX = process.env.BENCH_MIX ?? "pages";
const search = (q: string) => `/search?q=${encodeURIComponent(q)}`;
// Words of the sample's headlines, paired by a seeded generator: some 2,500 different searches.
const WORDS =
  "کراچی لاہور اسلام آباد بارش پانی بجلی بجٹ کرکٹ ہاکی اسموگ اسکول صحت ڈینگی مہنگائی اسٹاک فلم ڈرامہ سیلاب طوفان کوئٹہ بلوچستان پشاور ملتان قیمت حکومت عدالت اجلاس منصوبہ رپورٹ ٹیم میچ موسم پولیس گندم کسان ڈالر پٹرول گیس ریلوے سڑک انتخابات غزہ اقوام متحدہ".split(
    " ",
  );
function variedSearches(count: number): string[] {
  let seed = 20260128;
  const next = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
  return Array.from({ length: count }, () =>
    search(`${WORDS[Math.floor(next() * WORDS.length)]} ${WORDS[Math.floor(next() * WORDS.length)]}`),
  );
}
const story = getContentIndex().latest(1, { kind: "news" })[0]?.path ?? "/";
const PATHS =
  MIX === "search" ? [search("بارش")] : MIX === "varied" ? variedSearches(2500) : [story, "/", search("بارش")];

const rssMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const server = await startNextServer({ port: PORT });
  const pid = server.pid;
  try {
    // Warm every page once so "before" is a server that has read its content.
    for (const path of PATHS.slice(0, 3)) await fetch(url + path).then((r) => r.text());
    const before = rssMb(pid);
    const shown =
      PATHS.length > 3
        ? `${PATHS.length} different searches, such as ${PATHS.slice(0, 2).map(decodeURIComponent).join(", ")}`
        : PATHS.join(", ");
    console.log(`load (${MIX}): ${CONNECTIONS} connections for ${SECONDS} s on ${shown}`);

    // Each connection cycles through the three pages, so they share the load evenly.
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: PATHS.map((path) => ({ method: "GET", path })),
    });
    const after = rssMb(pid);
    await sleep(15_000);
    const settled = rssMb(pid);

    console.log(
      `requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), 2xx: ${result["2xx"]}, non-2xx: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`,
    );
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`server RSS: ${before} MB before, ${after} MB right after, ${settled} MB 15 s later`);
    process.exitCode = result.errors + result.non2xx + result.timeouts > 0 ? 1 : 0;
  } finally {
    await server.stop();
  }
}

void main();
