/**
 * `npm run publish [-- --no-pull]`: brings the editors' commits into this
 * checkout (`git pull --ff-only`), then asks each server to take them in:
 * POST /api/publish on every address in PUBLISH_URLS (comma-separated,
 * default http://127.0.0.1:3000) with PUBLISH_TOKEN. Prints what each took
 * in and regenerated, or the problems it refused, one line each, and exits
 * 1 if any server refused or could not be reached.
 */
import { execFileSync } from "node:child_process";

const token = process.env.PUBLISH_TOKEN;
if (!token) {
  console.error("publish: PUBLISH_TOKEN is not set; it must be the token the servers were started with");
  process.exit(1);
}
if (!process.argv.includes("--no-pull")) execFileSync("git", ["pull", "--ff-only"], { stdio: "inherit" });

const servers = (process.env.PUBLISH_URLS ?? "http://127.0.0.1:3000")
  .split(",")
  .map((url) => url.trim().replace(/\/+$/, ""))
  .filter(Boolean);

async function publishTo(server: string): Promise<boolean> {
  try {
    const response = await fetch(`${server}/api/publish`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    });
    const answer = (await response.json().catch(() => ({}))) as {
      files?: string[];
      regenerated?: string[];
      problems?: string[];
      error?: string;
    };
    if (response.ok) {
      console.log(
        `${server}: ${answer.files?.length ?? 0} file(s) taken in, ${answer.regenerated?.length ?? 0} page(s) regenerated`,
      );
      for (const file of answer.files ?? []) console.log(`  ${file}`);
      return true;
    }
    console.error(`${server}: refused (${response.status})`);
    for (const line of answer.problems ?? [answer.error ?? ""]) console.error(`  ${line}`);
  } catch (error) {
    console.error(`${server}: not reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  return false;
}

void Promise.all(servers.map(publishTo)).then((results) => process.exit(results.every(Boolean) ? 0 : 1));
