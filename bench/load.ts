/**
 * Requests per second and p50/p99 latency with autocannon for a story, the
 * home page, a section and a search, three ways side by side in one run:
 * `next start` alone, deploy/nginx.conf's cache in front of it, and nginx
 * handing out the same bytes as a static file. The machine may be noisy, so
 * read the ratios: cache ÷ static is what the cache costs over nginx itself.
 * `npm run bench:load` (BENCH_SECONDS, BENCH_CONNECTIONS to change the run).
 */
import autocannon from "autocannon";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { nginxMissing, startNginx, type StaticPage } from "./nginx";
import { BENCH_ROOT, benchTarget, serveArchive } from "./target";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORTS = { upstream: 3261, cache: 3262, static: 3263 };
// Browsers ask for gzip; without it every server would send four times the bytes.
const HEADERS = { "accept-encoding": "gzip, deflate, br" };

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function hammer(url: string): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: HEADERS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/** A response's raw bytes (still gzipped) and headers. */
function getRaw(url: string): Promise<{ body: Buffer; headers: [string, string][] }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: HEADERS }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const pairs = res.rawHeaders.flatMap((value, i, all): [string, string][] =>
            i % 2 === 0 ? [[value.toLowerCase(), all[i + 1]!]] : [],
          );
          resolve({ body: Buffer.concat(chunks), headers: pairs });
        });
      })
      .on("error", reject);
  });
}

/** The page as the cache sends it once a first request has filled it, and whether that was a HIT. */
async function fromCache(url: string): Promise<StaticPage & { status: string }> {
  await getRaw(url);
  const { body, headers } = await getRaw(url);
  return { name: "", gzipped: body, headers, status: headers.find(([key]) => key === "x-cache-status")?.[1] ?? "?" };
}

async function main() {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const target = await benchTarget();
  const kinds = ["story", "home", "section", "search"] as const;
  const next = await serveArchive(target.root, PORTS.upstream);
  // nginx first runs without the static copies, to fill its cache and save them; then again with them.
  const dir = path.join(BENCH_ROOT, "nginx");
  let nginx = await startNginx(dir, PORTS, [{ name: "probe.html", gzipped: Buffer.from(""), headers: [] }]);
  const pages: StaticPage[] = [];
  const cacheStatus: Record<string, string> = {};
  for (const kind of kinds) {
    const page = await fromCache(nginx.cacheUrl + target.pages[kind]);
    pages.push({ ...page, name: `${kind}.html` });
    cacheStatus[kind] = page.status;
  }
  nginx.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  nginx = await startNginx(dir, PORTS, pages);
  for (const kind of kinds) await fromCache(nginx.cacheUrl + target.pages[kind]);
  // A story asked for before it exists must not stay "not found" in the cache.
  const absent = await fromCache(`${nginx.cacheUrl}/news/not-published-yet`);
  const absentHeader = absent.headers.find(([key]) => key === "cache-control")?.[1];

  const load = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`${target.stories}-story archive; ${CONNECTIONS} connections, ${SECONDS} s each; load before: ${load}`);
  console.log(
    `a missing story through the cache, asked twice: Cache-Control ${absentHeader}; X-Cache-Status ${absent.status}\n`,
  );
  console.log(
    ["page", "server", "req/s", "p50 ms", "p99 ms", "errors", "÷ static", "cache status", "gzipped bytes"].join(" | "),
  );
  try {
    for (const [i, kind] of kinds.entries()) {
      const runs = {
        "next start": await hammer(next.url + target.pages[kind]),
        "nginx cache": await hammer(nginx.cacheUrl + target.pages[kind]),
        "nginx static": await hammer(`${nginx.staticUrl}/${kind}.html`),
      };
      for (const [server, run] of Object.entries(runs)) {
        const ratio = (run.rps / runs["nginx static"].rps).toFixed(2);
        console.log(
          [
            kind,
            server,
            run.rps.toFixed(0),
            run.p50,
            run.p99,
            run.errors,
            ratio,
            server === "nginx cache" ? cacheStatus[kind] : "",
            pages[i]!.gzipped.length,
          ].join(" | "),
        );
      }
    }
  } finally {
    nginx.stop();
    await next.stop();
  }
}

void main();
