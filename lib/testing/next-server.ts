/**
 * `next start` (or `next dev`) of a build, for the tests and benchmarks that
 * need a running site: started on a loopback port in its own process group,
 * awaited until it answers, and stopped with everything it started.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

export interface NextServer {
  url: string;
  pid: number;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface NextServerOptions {
  /** The project folder whose build is served; default the current one. */
  root?: string;
  mode?: "start" | "dev";
  port: number;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** The path asked for until it answers below 500; default `/`. */
  readyPath?: string;
  /** How long it may take to answer, in seconds; default 60. */
  seconds?: number;
  /** How often to ask, in milliseconds; default 250. */
  pollMs?: number;
}

/** A port nothing listens on right now. */
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

/** Asks `url` until it answers with a status below 500. */
export async function waitFor(url: string, seconds = 60, pollMs = 250): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

export async function startNextServer({
  root = process.cwd(),
  mode = "start",
  port,
  env = {},
  readyPath = "/",
  seconds = 60,
  pollMs = 250,
}: NextServerOptions): Promise<NextServer> {
  let printed = "";
  const server = spawn(
    process.execPath,
    // localhost, not 127.0.0.1: with a loopback address Next proxies its own rewrites to itself (docs/deploy.md).
    [path.join(root, "node_modules/next/dist/bin/next"), mode, "-p", String(port), "-H", "localhost"],
    {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group, so stopping it stops what it started
    },
  );
  server.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(url + readyPath, seconds, pollMs);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}; it printed:\n${printed}`, {
      cause: error,
    });
  }
  return { url, pid: server.pid!, output: () => printed, stop };
}
