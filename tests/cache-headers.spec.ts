/**
 * What a CDN or the nginx front cache (deploy/nginx.conf) is told it may
 * keep, page kind by page kind.
 */
import { expect, test } from "@playwright/test";
import { CACHE_CONTROL } from "@/lib/http/cache-headers";
import { index } from "./support/content";

const news = index.byKind("news")[0]!;
const video = index.byKind("video")[0]!;
const column = index.byKind("column")[0]!;
const tag = news.tags[0]!;

const expected: [string, string][] = [
  [news.path, CACHE_CONTROL.story],
  [video.path, CACHE_CONTROL.story],
  [column.path, CACHE_CONTROL.story],
  ["/", CACHE_CONTROL.list],
  [`/category/${news.category!.key}`, CACHE_CONTROL.list],
  ["/latest", CACHE_CONTROL.list],
  [`/tags/${encodeURIComponent(tag)}`, CACHE_CONTROL.list],
  [`/authors/${news.author.key}`, CACHE_CONTROL.list],
  ["/feed.xml", CACHE_CONTROL.list],
  [`/search?q=${encodeURIComponent(tag)}`, CACHE_CONTROL.search],
  ["/search", CACHE_CONTROL.search],
];

test.describe("Cache-Control", () => {
  for (const [path, value] of expected) {
    test(`${decodeURIComponent(path)} says ${value.split(",")[0]}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"]).toBe(value);
    });
  }

  test("a story's picture may be kept a day", async ({ request }) => {
    const response = await request.get(news.image!.src);
    expect(response.headers()["cache-control"]).toBe(CACHE_CONTROL.image);
  });

  test("Next's hashed assets stay immutable", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await request.get(script!)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

});
