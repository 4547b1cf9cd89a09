/**
 * What a CDN or the nginx front cache (deploy/nginx.conf) is told it may
 * keep, page kind by page kind. Pages say what Next derives from their
 * one-minute revalidation; a 404 of a story a short while only, so a story
 * published later is found within a minute.
 */
import { expect, test } from "@playwright/test";

const PAGE = "s-maxage=60, stale-while-revalidate=86340";
// A story not found is kept no longer than a page, so once it is published it shows within the minute.
const NOT_FOUND = PAGE;
const FEED = "public, max-age=300";
const PICTURE = "public, max-age=86400, stale-while-revalidate=604800";
const IMMUTABLE = "public, max-age=31536000, immutable";

const expected: [path: string, status: number, cacheControl: string][] = [
  ["/news/psx-index-record-high", 200, PAGE],
  ["/videos/video-lahore-smog-morning-commute", 200, PAGE],
  ["/columns/urdu-in-the-age-of-artificial-intelligence", 200, PAGE],
  ["/", 200, PAGE],
  ["/category/business", 200, PAGE],
  ["/latest", 200, PAGE],
  [`/tags/${encodeURIComponent("کراچی")}`, 200, PAGE],
  ["/authors/news-desk", 200, PAGE],
  [`/search?q=${encodeURIComponent("کراچی")}`, 200, PAGE],
  ["/search", 200, PAGE],
  ["/feed.xml", 200, FEED],
  ["/category/business/feed.xml", 200, FEED],
  ["/sitemap.xml", 200, FEED],
  ["/news/no-such-story", 404, NOT_FOUND],
  [`/tags/${encodeURIComponent("کوئی ایسا ٹیگ نہیں")}`, 404, NOT_FOUND],
  ["/images/news/psx-index-record-high.jpg", 200, PICTURE],
];

test.describe("Cache-Control", () => {
  for (const [path, status, value] of expected) {
    test(`${decodeURIComponent(path)} says ${value}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      expect(response.headers()["cache-control"]).toBe(value);
    });
  }

  test("the site's script is named with the build and kept for a year", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const script = /<script src="(\/site\.js\?v=[^"]+)" defer/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await request.get(script!)).headers()["cache-control"]).toBe(IMMUTABLE);
  });

  test("Next's hashed stylesheet and font stay immutable", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await request.get(stylesheet!);
    expect(css.headers()["cache-control"]).toBe(IMMUTABLE);
    const font = /url\(([^)]+\.woff2)\)/.exec(await css.text())?.[1];
    expect(font).toBeDefined();
    const fontPath = new URL(font!, `http://site${stylesheet}`).pathname;
    expect(fontPath).toMatch(/^\/_next\/static\/media\//);
    expect((await request.get(fontPath)).headers()["cache-control"]).toBe(IMMUTABLE);
  });
});
