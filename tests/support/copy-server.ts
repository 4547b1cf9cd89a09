/**
 * A second server of the suite's build, for tests that need content the
 * suite's server must not see (a story dated in the future, the XSS corpus
 * as stories, broken files), or that read what the server logs. It runs on
 * a copy of the build and of content/, so the pages it regenerates and the
 * database it is given never reach the suite's server, on a free port, and
 * is stopped with everything it started.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startNextServer, type NextServer } from "@/lib/testing/next-server";

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

  const removeCopies = () => {
    fs.rmSync(temp, { recursive: true, force: true });
    if (dist !== DIST) fs.rmSync(dist, { recursive: true, force: true });
  };
  let server: NextServer;
  try {
    server = await startNextServer({
      mode,
      port: await freePort(),
      env: {
        NEXT_DIST_DIR: dist,
        CONTENT_DIR: contentDir,
        SITE_URL: process.env.SITE_URL ?? "http://localhost:3000",
        ...env,
      },
      readyPath: "/robots.txt",
      seconds: mode === "dev" ? 240 : 60,
    });
  } catch (error) {
    removeCopies();
    throw error;
  }
  const { url } = server;
  const stop = async () => {
    await server.stop();
    removeCopies();
  };
  const regenerate = (page: string) => {
    const { previewModeId } = JSON.parse(fs.readFileSync(path.join(dist, "prerender-manifest.json"), "utf8"))
      .preview as { previewModeId: string };
    return fetch(url + page, { headers: { "x-prerender-revalidate": previewModeId } });
  };
  return { url, contentDir, database: databaseFile, output: () => server.output(), regenerate, stop };
}

export async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, text: await response.text() };
}
