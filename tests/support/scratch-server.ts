/**
 * A second Next.js server for the editor tools' tests, which need content
 * the suite's server must not see (a story dated in the future; drafts
 * under next dev). It reads a copy of content/ with extra files, on a free
 * port, and is stopped with everything it started.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

export interface ScratchServer {
  url: string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * `start` serves a copy of the suite's build (so pages it regenerates never
 * reach the suite's server); `dev` runs next dev, whose output goes to the
 * dist dir's own dev/ folder.
 */
export async function startScratchServer(mode: "start" | "dev", files: Record<string, string>): Promise<ScratchServer> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const copy = mode === "start" ? `${distDir}-scratch-${process.pid}` : distDir;
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-scratch-"));
  fs.cpSync("content", contentDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(contentDir, name), text);
  if (mode === "start") {
    const skip = [path.join(distDir, "cache"), path.join(distDir, "dev")];
    fs.cpSync(distDir, copy, { recursive: true, filter: (src) => !skip.some((dir) => src.startsWith(dir)) });
  }

  const port = await freePort();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: copy, CONTENT_DIR: contentDir },
    stdio: "ignore",
    detached: true, // its own process group, so stopping it stops what it started
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    if (copy !== distDir) fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync(contentDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await expect(async () => expect((await fetch(`${url}/robots.txt`)).status).toBe(200)).toPass({ timeout: 120_000 });
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

export async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, text: await response.text() };
}
