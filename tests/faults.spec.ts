/**
 * Faults: content/ going bad under a server built from good content. Each
 * test runs its own `next start` on a copy of the build and of content/
 * (tests/support/build-copy-server.ts), on ports past the main test server's.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { index } from "./support/content";
import { startBuildCopy, type BuildCopyServer } from "./support/build-copy-server";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const referenced = new Set(index.stories.flatMap((s) => s.related));
const [broken, deleted] = index.byKind("news").filter((s) => !referenced.has(s.slug));
if (!broken || !deleted) throw new Error("sample content needs two news stories that nothing lists in related");

const BROKEN_TEXT = "---\ntitle: [unclosed\ndate: کل\n---\nآدھی فائل";
const h1 = async (response: Response) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1]?.replace(/<[^>]+>/g, "");
const file = (server: BuildCopyServer, story: typeof broken) => path.join(server.contentDir, `${story.path.slice(1)}.md`);
const contentLines = (output: string) => output.split("\n").filter((line) => line.startsWith("content:"));

// Each test copies the build and starts a server: slow on a busy machine.
test.describe.configure({ mode: "serial", timeout: 360_000 });

test("a story broken and another deleted while the server runs change nothing it serves", async () => {
  const server = await startBuildCopy(PORT + 12);
  try {
    fs.writeFileSync(file(server, broken), BROKEN_TEXT);
    fs.rmSync(file(server, deleted));
    for (const story of [broken, deleted]) {
      expect((await server.regenerate(story.path)).status).toBe(200);
      const response = await fetch(server.url + story.path);
      expect(response.status).toBe(200);
      expect(await h1(response)).toBe(story.title);
    }
    expect((await server.regenerate("/")).status).toBe(200);
    const search = await fetch(`${server.url}/search?q=${encodeURIComponent(deleted.title)}`);
    expect(await search.text()).toContain(`href="${deleted.path}"`);
    // The index was read once, at start, from good files: nothing to report.
    expect(contentLines(server.output())).toEqual([]);
  } finally {
    await server.stop();
  }
});

test("a server started on broken content logs one line, keeps the last good page and shows the Urdu 500 for a new broken story", async ({ page }) => {
  const server = await startBuildCopy(PORT + 12, (dir) => {
    fs.writeFileSync(path.join(dir, `${broken.path.slice(1)}.md`), BROKEN_TEXT);
    fs.writeFileSync(path.join(dir, "news/written-after-the-build.md"), BROKEN_TEXT);
  });
  try {
    const lines = contentLines(server.output());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content: \d+ error\(s\) since the build/);

    // The regeneration fails on the broken file, so the page built from good content stays.
    expect((await server.regenerate(broken.path)).status).not.toBe(200);
    const kept = await fetch(server.url + broken.path);
    expect(kept.status).toBe(200);
    expect(await h1(kept)).toBe(broken.title);

    for (const page of ["/", "/latest", `/search?q=${encodeURIComponent("بارش")}`, "/feed.xml"]) {
      expect((await fetch(server.url + page)).status, page).toBe(200);
    }
    expect((await fetch(`${server.url}/news/no-such-story`)).status).toBe(404);

    // Next sends a bare shell with a 500 and the browser renders app/error.tsx into it.
    const failed = await page.goto(`${server.url}/news/written-after-the-build`);
    expect(failed?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("کچھ غلط ہو گیا");
    await expect(page.getByRole("button", { name: "دوبارہ کوشش کریں" })).toBeVisible();
    const body = `${await failed?.text()}${await page.content()}`;
    for (const internal of ["BrokenStoryError", "content:", ".md", "/tmp/", "/work/", "node_modules", "at Object.", ".ts:"]) {
      expect(body, internal).not.toContain(internal);
    }
    // Still one line: the index is not read again.
    expect(contentLines(server.output())).toHaveLength(1);
  } finally {
    await server.stop();
  }
});
