/**
 * Runs a command and watches the memory of it and every process it starts
 * (next build forks workers), the way the machine pays for them: the sum of
 * their resident sets, sampled every 200 ms, and its peak.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";

function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent pid is the 2nd field after the ")" that closes the command name.
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function residentKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants, in MB, and how many processes that is. */
export function treeMemory(root: number): { mb: number; processes: number } {
  const children = parents();
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]!) ?? []));
  return { mb: pids.reduce((sum, pid) => sum + residentKb(pid), 0) / 1024, processes: pids.length };
}

export interface RunResult {
  code: number;
  seconds: number;
  peakMb: number;
  peakProcesses: number;
  output: string;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let peakMb = 0;
  let peakProcesses = 0;
  const timer = setInterval(() => {
    const { mb, processes } = treeMemory(child.pid!);
    peakMb = Math.max(peakMb, mb);
    peakProcesses = Math.max(peakProcesses, processes);
  }, 200);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakMb, peakProcesses, output });
    });
  });
}
