/**
 * deploy/nginx.conf, run on loopback for the load benchmark: the same file
 * with its ports, paths and upstream pointed at a temp dir and a scratch
 * `next start`, plus one more server that hands out saved copies of the
 * same pages as static files, the yardstick for the cache.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitFor } from "@/lib/testing/next-server";

export interface StaticPage {
  /** The file's name under the static server, e.g. `story.html`. */
  name: string;
  /** The body exactly as the cache sends it (gzipped). */
  gzipped: Buffer;
  headers: [string, string][];
}

export interface Nginx {
  cacheUrl: string;
  staticUrl: string;
  stop(): void;
}

export function nginxMissing(): string | undefined {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return undefined;
  } catch {
    return "nginx is not installed: apt-get install -y nginx (Debian's package; the benchmark runs it on loopback ports)";
  }
}

/** Replaces `pattern` in the config, loudly if deploy/nginx.conf no longer has it. */
function swap(config: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(config)) throw new Error(`deploy/nginx.conf has no ${pattern}: update bench/nginx.ts with it`);
  return config.replace(pattern, replacement);
}

/** Header lines for the static copy, so it sends what the cache sends. */
function staticHeaders(page: StaticPage): string {
  const skip = new Set([
    "date",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "content-encoding",
    "content-type",
    "etag",
    "vary",
    "x-cache-status",
    "last-modified",
  ]);
  return page.headers
    .filter(([key]) => !skip.has(key))
    .map(([key, value]) => `            add_header ${key} '${value.replace(/'/g, "\\'")}';`)
    .join("\n");
}

export async function startNginx(
  dir: string,
  ports: { cache: number; static: number; upstream: number },
  pages: StaticPage[],
): Promise<Nginx> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "static"), { recursive: true });
  for (const page of pages) {
    // gzip_static wants the plain file beside the .gz; nginx sends the .gz.
    fs.writeFileSync(path.join(dir, "static", page.name), "");
    fs.writeFileSync(path.join(dir, "static", `${page.name}.gz`), page.gzipped);
  }
  let config = fs.readFileSync("deploy/nginx.conf", "utf8");
  config = swap(config, /^pid .*;$/m, `pid ${dir}/nginx.pid;\nuser root;`);
  config = swap(config, /^error_log .*;$/m, `error_log ${dir}/error.log warn;`);
  config = swap(config, /server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${ports.upstream};`);
  config = swap(config, /proxy_cache_path \/var\/cache\/nginx\/khabarnama /, `proxy_cache_path ${dir}/cache `);
  config = swap(config, /listen 80;\n\s*listen \[::\]:80;/, `listen 127.0.0.1:${ports.cache};`);
  const locations = pages
    .map(
      (page) =>
        `        location = /${page.name} {\n            default_type "text/html; charset=utf-8";\n${staticHeaders(page)}\n        }`,
    )
    .join("\n");
  const staticServer = `    server {\n        listen 127.0.0.1:${ports.static};\n        root ${dir}/static;\n        gzip_static on;\n        gunzip on;\n${locations}\n    }\n}\n`;
  config = swap(config, /}\s*$/, staticServer);
  fs.writeFileSync(path.join(dir, "nginx.conf"), config);
  execFileSync("nginx", ["-t", "-q", "-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" });
  execFileSync("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir]);
  const nginx = {
    cacheUrl: `http://127.0.0.1:${ports.cache}`,
    staticUrl: `http://127.0.0.1:${ports.static}`,
    stop: () => {
      const pid = Number(fs.readFileSync(path.join(dir, "nginx.pid"), "utf8"));
      process.kill(pid, "SIGTERM");
    },
  };
  await waitFor(`${nginx.staticUrl}/${pages[0]!.name}`, 10);
  return nginx;
}
