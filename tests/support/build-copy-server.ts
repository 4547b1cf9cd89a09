/**
 * A second `next start` of the same build, on its own copy of the build and
 * of content/, for tests that change content under a running server or
 * read what it logs (faults, the XSS corpus as stories). The build is
 * copied because the server writes regenerated pages into it, and those
 * must not reach the main test server. (scratch-server.ts is the editor
 * tools' variant: extra files only, no log, no access once started.)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface BuildCopyServer {
  url: string;
  contentDir: string;
  /** Everything the server printed so far. */
  output(): string;
  /**
   * Regenerates a prerendered page now rather than after its 60 s: the
   * header Next itself uses for on-demand revalidation, with the build's
   * own secret.
   */
  regenerate(path: string): Promise<Response>;
  stop(): Promise<void>;
}

const DIST = process.env.NEXT_DIST_DIR ?? ".next";
/** Build output a running server never reads: the compiler's cache and the type stubs. */
const SKIP = new Set(["cache", "types", "dev", "trace", "diagnostics"]);

async function waitUntilUp(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not start:\n${output()}`);
}

/** Starts a server on `port` whose content is a copy of content/ changed by `edit`. */
export async function startBuildCopy(port: number, edit: (contentDir: string) => void = () => {}): Promise<BuildCopyServer> {
  const dist = `${DIST}-copy-${port}`;
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(DIST, dist, { recursive: true, filter: (src) => path.dirname(src) !== path.resolve(DIST) || !SKIP.has(path.basename(src)) });
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-copy-"));
  const contentDir = path.join(temp, "content");
  fs.cpSync("content", contentDir, { recursive: true });
  edit(contentDir);

  let printed = "";
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: dist, CONTENT_DIR: contentDir, SITE_URL: process.env.SITE_URL ?? "http://localhost:3000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    server.kill("SIGTERM");
    await exited;
    fs.rmSync(dist, { recursive: true, force: true });
    fs.rmSync(temp, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, () => printed);
  } catch (error) {
    await stop();
    throw error;
  }
  const { previewModeId } = JSON.parse(fs.readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")).preview as { previewModeId: string };
  const regenerate = (page: string) => fetch(url + page, { headers: { "x-prerender-revalidate": previewModeId } });
  return { url, contentDir, output: () => printed, regenerate, stop };
}
