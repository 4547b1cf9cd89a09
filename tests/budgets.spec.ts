/**
 * Budgets for a reader on a mid-range phone over slow mobile data: each
 * test fails when a page grows past what was agreed. "Compressed" is gzip,
 * what `next start` sends (a CDN's brotli is smaller still).
 */
import { expect, test, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { markdownToText, renderStoryBody } from "@/lib/markdown/render";
import { t } from "@/lib/urdu/strings";
import { totals, weighPage, type Fetched } from "./support/page-weight";
import { ofKind, sample, sampleBody } from "./support/sample";

const KB = 1024;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every kind of page a reader gets. */
const PAGES = {
  story: "/news/balochistan-mobile-health-units-remote-districts",
  video: "/videos/video-lahore-smog-morning-commute",
  column: "/columns/urdu-in-the-age-of-artificial-intelligence",
  home: "/",
  section: "/category/pakistan",
  latest: "/latest/page/2",
  tag: `/tags/${encodeURIComponent("کراچی")}`,
  author: "/authors/farhat-naqvi",
  videos: "/videos",
  columns: "/columns",
  search: `/search?q=${encodeURIComponent("کراچی")}`,
  "404": "/news/no-such-story",
};

/** The theme snippet (lib/pages/theme-script.ts), written out: the one inline script a page may carry besides JSON-LD. */
const THEME_SNIPPET =
  'try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}';
const THEME_SNIPPET_HASH = "'sha256-YuRQ4nuJ0uF0ixaggZuwo3yVDxI5myY9Vvw+RHwMG8k='";

const weigh = (page: Page, path: string, baseURL: string | undefined) => weighPage(page, new URL(path, baseURL).href);
const list = (fetched: Fetched[]) => fetched.map((f) => `${f.url} ${(f.gzip / KB).toFixed(2)} KB`).join("\n");

test.describe("page budgets", () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`the ${kind} page loads no framework script, at most 3 KB of script in all, and nothing from another origin`, async ({
      page,
      baseURL,
    }) => {
      const { fetched, foreign } = await weigh(page, path, baseURL);
      expect(foreign).toEqual([]);
      const framework = fetched.filter((f) => f.kind === "js-framework");
      expect(framework, list(framework)).toEqual([]);
      const scripts = fetched.filter((f) => f.kind === "js-own");
      expect(scripts.map((f) => new URL(f.url).pathname)).toEqual(["/site.js"]);
      expect(totals(scripts).get("js-own")!.gzip, list(scripts)).toBeLessThanOrEqual(3 * KB);
    });

    test(`the ${kind} page's CSS is at most 15 KB compressed`, async ({ page, baseURL }) => {
      const { fetched } = await weigh(page, path, baseURL);
      const css = fetched.filter((f) => f.kind === "css");
      expect(css.length, "the page has its styles").toBeGreaterThan(0);
      expect(totals(css).get("css")!.gzip, list(css)).toBeLessThanOrEqual(15 * KB);
    });

    test(`the ${kind} page carries no inline script but JSON-LD and the theme snippet, under a policy that allows no other`, async ({
      request,
    }) => {
      const response = await request.get(path);
      const html = await response.text();
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attributes]) => !/type="application\/ld\+json"/.test(attributes ?? ""),
      );
      expect(inline.map(([, , text]) => text)).toEqual([THEME_SNIPPET]);
      expect(html).not.toContain("__NEXT_DATA__");
      expect(html).not.toContain("self.__next_f");
      const policy = response.headers()["content-security-policy"] ?? "";
      expect(/(?:^|; )script-src ([^;]*)/.exec(policy)?.[1]).toBe(`'self' ${THEME_SNIPPET_HASH}`);
    });
  }

  test("a 1,500-word story's HTML is at most 15 KB compressed", async ({ request }) => {
    // The sample has no story that long, so the longest one is measured and
    // grown to 1,500 words at what its own body costs per word compressed on
    // its own, without the rest of the page to lean on: an over-estimate.
    const longest = ofKind("news").reduce((a, b) =>
      words(markdownToText(sampleBody(b))) > words(markdownToText(sampleBody(a))) ? b : a,
    );
    expect(longest).toBe(sample("/news/national-assembly-water-storage-bill"));
    const html = await (await request.get(longest.path)).body();
    const related = [
      {
        href: "/news/karachi-water-supply-plan",
        title: "پانی کی قلت: کراچی کو روزانہ 26 کروڑ گیلن اضافی پانی دینے کا نیا منصوبہ",
      },
      {
        href: "/news/electricity-tariff-cut-industry",
        title: "صنعتی شعبے کے لیے بجلی 4 روپے 20 پیسے فی یونٹ سستی، اطلاق یکم دسمبر سے ہوگا",
      },
    ];
    const body = renderStoryBody(sampleBody(longest), related, t.readAlso);
    const count = words(markdownToText(sampleBody(longest)));
    expect(html.toString(), "the page carries the body as rendered here").toContain(body.slice(0, 200));
    const perWord = gzipSync(body).length / count;
    const projected = gzipSync(html).length + (1500 - count) * perWord;
    expect(
      projected,
      `${longest.path}: ${count} words, ${perWord.toFixed(1)} bytes a word compressed`,
    ).toBeLessThanOrEqual(15 * KB);
  });
});
