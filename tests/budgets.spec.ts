/**
 * Budgets for a reader on a mid-range phone over slow mobile data: each
 * test fails when a page grows past what was agreed. "Compressed" is gzip,
 * what `next start` sends (a CDN's brotli is smaller still).
 */
import { expect, test, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { markdownToText, renderStoryBody } from "@/lib/markdown/render";
import { t } from "@/lib/urdu/strings";
import { frameworkFloor, totals, weighPage, type Fetched } from "./support/page-weight";
import { index } from "./support/content";

const KB = 1024;
const floor = frameworkFloor(process.env.NEXT_DIST_DIR ?? ".next");
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const longest = index.byKind("news").reduce((a, b) => (words(markdownToText(b.body)) > words(markdownToText(a.body)) ? b : a));
const video = index.byKind("video")[0]!;
const pages = { story: longest.path, video: video.path, home: "/", section: `/category/${index.categories[0]!.key}` };

async function weigh(page: Page, path: string, baseURL: string | undefined) {
  return weighPage(page, new URL(path, baseURL).href, floor);
}

const list = (fetched: Fetched[]) => fetched.map((f) => `${f.url} ${(f.gzip / KB).toFixed(1)} KB`).join("\n");

test.describe("page budgets", () => {
  for (const [kind, path] of Object.entries(pages)) {
    test(`the ${kind} page asks no other origin for anything until the reader acts`, async ({ page, baseURL }) => {
      const { foreign } = await weigh(page, path, baseURL);
      expect(foreign).toEqual([]);
    });

    test(`the ${kind} page's CSS is at most 15 KB compressed`, async ({ page, baseURL }) => {
      const { fetched } = await weigh(page, path, baseURL);
      const css = fetched.filter((f) => f.kind === "css");
      expect(css.length, "the page has its styles").toBeGreaterThan(0);
      expect(totals(css).get("css")!.gzip, list(css)).toBeLessThanOrEqual(15 * KB);
    });
  }

  for (const [kind, budget] of [["story", 5], ["video", 8]] as const) {
    test(`a ${kind} page's own JavaScript is at most ${budget} KB compressed above the framework's`, async ({ page, baseURL }) => {
      const { fetched } = await weigh(page, pages[kind], baseURL);
      expect(fetched.some((f) => f.kind === "js-floor"), "the framework's chunks are found").toBe(true);
      const own = fetched.filter((f) => f.kind === "js-own");
      expect(totals(own).get("js-own")?.gzip ?? 0, list(own)).toBeLessThanOrEqual(budget * KB);
    });
  }

  test("a 1,500-word story's HTML is at most 30 KB compressed", async ({ request }) => {
    // The sample has no story that long, so the longest one is measured and
    // grown to 1,500 words at what its own body costs per word. The body is
    // in the page twice (the HTML, and the React payload that hydrates it),
    // and each copy is compressed on its own, without the rest of the page
    // to lean on: an over- rather than an under-estimate.
    const html = await (await request.get(longest.path)).body();
    const body = renderStoryBody(longest.body, index.related(longest).map((s) => ({ href: s.path, title: s.title })), t.readAlso);
    const count = words(markdownToText(longest.body));
    expect(html.toString(), "the page carries the body as rendered here").toContain(body.slice(0, 200));
    const perWord = (gzipSync(body).length + gzipSync(JSON.stringify(body)).length) / count;
    const projected = gzipSync(html).length + (1500 - count) * perWord;
    expect(projected, `${longest.path}: ${count} words, ${perWord.toFixed(1)} bytes a word compressed`).toBeLessThanOrEqual(30 * KB);
  });
});
