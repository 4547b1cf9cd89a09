import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/content";
import { site } from "@/lib/site";
import { deskProfile, makeStory, pakistan } from "@/lib/testing/stories";
import { buildRootSitemap, buildSitemapPart, MAX_SITEMAP_URLS, sitemapFileNames } from "./sitemap";

const parser = new XMLParser({ isArray: (name) => ["url", "sitemap"].includes(name) });
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

/** `count` stories, one a minute back from 1 January 2026, the first with a tag. */
function archive(count: number) {
  const start = Date.parse("2026-01-01T00:00:00+05:00");
  const stories = Array.from({ length: count }, (_, i) =>
    makeStory({ slug: `story-${i}`, date: new Date(start - i * 60_000), tags: i === 0 ? ["کراچی"] : [] }),
  );
  return buildIndex(stories, [pakistan], [deskProfile], { now: () => new Date("2026-02-01T00:00:00+05:00") });
}

// The sitemaps protocol: at most 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed a file.
const PROTOCOL_URLS = 50_000;
const PROTOCOL_BYTES = 52_428_800;

describe("the sitemap of an archive past the protocol's limits", () => {
  const index = archive(PROTOCOL_URLS + 7);
  const root = parse(buildRootSitemap(index));

  it("is a sitemap index of the list pages' file and the stories' files, oldest stories first", () => {
    expect(MAX_SITEMAP_URLS).toBe(PROTOCOL_URLS);
    expect(root.urlset).toBeUndefined();
    expect(root.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${site.url}/sitemaps/lists-1.xml`,
      `${site.url}/sitemaps/stories-1.xml`,
      `${site.url}/sitemaps/stories-2.xml`,
    ]);
    expect(sitemapFileNames(index)).toEqual(["lists-1.xml", "stories-1.xml", "stories-2.xml"]);
    // The second file holds the newest stories: its date is the newest story's.
    expect(root.sitemapindex.sitemap[2].lastmod).toBe("2026-01-01T00:00:00+05:00");
  });

  it("holds every story exactly once, each file within 50,000 URLs and 50 MB", () => {
    const seen = new Set<string>();
    for (const name of ["stories-1.xml", "stories-2.xml"]) {
      const xml = buildSitemapPart(index, name)!;
      expect(Buffer.byteLength(xml), name).toBeLessThanOrEqual(PROTOCOL_BYTES);
      const urls = parse(xml).urlset.url as { loc: string }[];
      expect(urls.length, name).toBeLessThanOrEqual(PROTOCOL_URLS);
      for (const { loc } of urls) seen.add(loc);
    }
    expect(seen.size).toBe(PROTOCOL_URLS + 7);
    expect(seen.has(`${site.url}/news/story-0`)).toBe(true);
    expect(seen.has(`${site.url}/news/story-${PROTOCOL_URLS + 6}`)).toBe(true);
    const lists = parse(buildSitemapPart(index, "lists-1.xml")!).urlset.url.map((u: { loc: string }) => u.loc);
    expect(lists).toContain(`${site.url}/tags/${encodeURIComponent("کراچی")}`);
    expect(buildSitemapPart(index, "stories-3.xml")).toBeUndefined();
  }, 60_000);
});

describe("the sitemap split at a smaller limit", () => {
  const index = archive(25);

  it("stays one <urlset> while everything fits", () => {
    const urls = parse(buildRootSitemap(index, 40)).urlset.url;
    // Home, تازہ ترین, ویڈیو, کالم, تصحیحات, one section, one author, one tag, then the 25 stories newest first.
    expect(urls).toHaveLength(8 + 25);
    expect(urls[8].loc).toBe(`${site.url}/news/story-0`);
    expect(sitemapFileNames(index, 40)).toEqual([]);
  });

  it("splits into files of at most the limit once it does not", () => {
    expect(sitemapFileNames(index, 10)).toEqual(["lists-1.xml", "stories-1.xml", "stories-2.xml", "stories-3.xml"]);
    const last = parse(buildSitemapPart(index, "stories-3.xml", 10)!).urlset.url.map((u: { loc: string }) => u.loc);
    expect(last).toEqual([4, 3, 2, 1, 0].map((i) => `${site.url}/news/story-${i}`));
  });
});
