/**
 * A second server of the suite's build, for tests that need content the
 * suite's server must not see (a story dated in the future, the XSS corpus
 * as stories, broken files), or that read what the server logs. It runs on
 * a copy of the build and of content/, so the pages it regenerates and the
 * database it is given never reach the suite's server, on a free port, and
 * is stopped with everything it started.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface CopyServer {
  url: string;
  contentDir: string;
  /** The content database this server reads. */
  database: string;
  /** Everything the server printed so far. */
  output(): string;
  /**
   * Regenerates a prerendered page now rather than after its minute: the
   * header Next itself uses for on-demand revalidation, with the build's
   * own secret.
   */
  regenerate(path: string): Promise<Response>;
  stop(): Promise<void>;
}

export interface CopyOptions {
  /** `start` serves a copy of the build; `dev` runs next dev on the copied content. */
  mode?: "start" | "dev";
  /** Changes the copied content/ before the server starts. */
  edit?: (contentDir: string) => void;
  /**
   * `rebuild` (the default) writes the copy's database from the edited
   * content, as publishing those files would; `keep` leaves the build's,
   * so the edits are files changed on disk that no one has published.
   */
  database?: "rebuild" | "keep";
  env?: Record<string, string>;
}

const DIST = process.env.NEXT_DIST_DIR ?? ".next";
/** Build output a running server never reads: the compiler's cache and the type stubs. */
const SKIP = new Set(["cache", "types", "dev", "trace", "diagnostics"]);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitUntilUp(url: string, output: () => string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not start:\n${output()}`);
}

export async function startCopyServer({
  mode = "start",
  edit = () => {},
  database = "rebuild",
  env = {},
}: CopyOptions = {}): Promise<CopyServer> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-copy-"));
  const contentDir = path.join(temp, "content");
  fs.cpSync("content", contentDir, { recursive: true });
  edit(contentDir);
  // Beside the build, as Next wants its build folder inside the project (.gitignore has .next-*).
  const dist = mode === "start" ? `${DIST}-copy-${path.basename(temp)}` : DIST;
  const databaseFile = path.join(dist, "content.db");
  if (mode === "start") {
    fs.cpSync(DIST, dist, {
      recursive: true,
      filter: (src) => path.dirname(src) !== path.resolve(DIST) || !SKIP.has(path.basename(src)),
    });
    if (database === "rebuild") {
      execFileSync(
        process.execPath,
        ["node_modules/tsx/dist/cli.mjs", "scripts/content-db.ts", "--out", databaseFile],
        {
          env: { ...process.env, CONTENT_DIR: contentDir },
          stdio: "pipe",
        },
      );
    }
  }

  const port = await freePort();
  let printed = "";
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", mode, "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NEXT_DIST_DIR: dist,
        CONTENT_DIR: contentDir,
        SITE_URL: process.env.SITE_URL ?? "http://localhost:3000",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group, so stopping it stops what it started
    },
  );
  server.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    fs.rmSync(temp, { recursive: true, force: true });
    if (dist !== DIST) fs.rmSync(dist, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, () => printed, mode === "dev" ? 240 : 60);
  } catch (error) {
    await stop();
    throw error;
  }
  const regenerate = (page: string) => {
    const { previewModeId } = JSON.parse(fs.readFileSync(path.join(dist, "prerender-manifest.json"), "utf8"))
      .preview as { previewModeId: string };
    return fetch(url + page, { headers: { "x-prerender-revalidate": previewModeId } });
  };
  return { url, contentDir, database: databaseFile, output: () => printed, regenerate, stop };
}

export async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, text: await response.text() };
}
