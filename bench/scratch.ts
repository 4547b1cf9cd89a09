/**
 * Scratch copies of the project under /tmp for the benchmarks: the code as
 * it stands, its own content/ and build folder. The benchmarks never build
 * or write in the project. node_modules is hard-linked, file by file: a
 * copy in seconds that takes no space, where a symlink would point outside
 * the folder and Turbopack refuses to compile from there.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** What a copy leaves out: builds, installs, history and test output. */
const SKIP = /^(node_modules|\.next.*|\.git|test-results|playwright-report|coverage|.*\.tsbuildinfo)$/;

export function scratchCopy(root: string): void {
  if (!path.resolve(root).startsWith("/tmp/")) throw new Error(`${root}: scratch copies live under /tmp`);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  for (const name of fs.readdirSync(".")) {
    if (!SKIP.test(name)) fs.cpSync(name, path.join(root, name), { recursive: true });
  }
  execFileSync("cp", ["-al", path.resolve("node_modules"), path.join(root, "node_modules")]);
}
