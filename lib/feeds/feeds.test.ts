import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildIndex, type Story } from "@/lib/content";
import { deskProfile, makeStory, pakistan } from "@/lib/testing/stories";
import { site } from "@/lib/site";
import { buildNewsSitemap } from "./news-sitemap";
import { buildRss, FEED_SIZE, imageType } from "./rss";
import { buildSitemap, listEntries, storyEntry } from "./sitemap";

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "url", "category"].includes(name),
});

/** The document parsed, after a strict well-formedness check (the parser alone forgives). */
function parse(xml: string) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`ill-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(xml);
}

const hour = 60 * 60 * 1000;
const now = new Date("2026-01-28T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * hour);

const stories: Story[] = [
  makeStory({
    slug: "fresh",
    title: 'نیا <عنوان> & "اقتباس" ]]>',
    date: ago(1),
    updated: ago(0.5),
    tags: ["کراچی", "بارش"],
    image: { src: "/images/news/fresh.jpg", alt: "تصویر", bytes: 48213 },
  }),
  makeStory({
    slug: "yesterday",
    kind: "video",
    date: ago(30),
    image: { src: "https://cdn.example.com/y.jpg", alt: "تصویر" },
  }),
  makeStory({ slug: "old", kind: "column", date: ago(49), tags: ["\u0643\u0631\u0627\u0686\u064A"] }), // كراچي
];
const draft = makeStory({ slug: "draft", title: "مسودہ", draft: true, date: ago(2) });
const index = buildIndex([...stories, draft], [pakistan], [deskProfile], { now: () => now });

describe("RSS", () => {
  const rss = buildRss({
    title: "خبرنامہ",
    path: "/",
    feedPath: "/feed.xml",
    description: "خبریں",
    stories: index.latest(FEED_SIZE),
  });
  const channel = parse(rss).rss.channel;

  it("lists the published stories newest first, with absolute links and no draft", () => {
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual([
      `${site.url}/news/fresh`,
      `${site.url}/videos/yesterday`,
      `${site.url}/columns/old`,
    ]);
    expect(rss).not.toContain("مسودہ");
    expect(channel["atom:link"]["@_href"]).toBe(`${site.url}/feed.xml`);
  });

  it("gives each item its fields, the title escaped", () => {
    const [item] = channel.item;
    expect(item.title).toBe('نیا <عنوان> & "اقتباس" ]]>');
    expect(item.guid["#text"]).toBe(`${site.url}/news/fresh`);
    expect(item.pubDate).toBe("Wed, 28 Jan 2026 11:00:00 GMT");
    expect(item["dc:creator"]).toBe("نیوز ڈیسک");
    expect(item.category).toEqual(["پاکستان", "کراچی", "بارش"]);
    expect(item.enclosure).toEqual({
      "@_url": `${site.url}/images/news/fresh.jpg`,
      "@_type": "image/jpeg",
      "@_length": "48213",
    });
    expect(channel.lastBuildDate).toBe("Wed, 28 Jan 2026 11:30:00 GMT");
  });

  it("names the kind where a story has no section", () => {
    expect(channel.item[1].category).toEqual(["ویڈیو"]);
  });

  it("gives an enclosure only where the picture's size in bytes is known", () => {
    expect(channel.item[1].enclosure).toBeUndefined();
    expect(channel.item[1]["media:content"]).toMatchObject({
      "@_url": "https://cdn.example.com/y.jpg",
      "@_medium": "image",
    });
  });

  it(`holds at most ${FEED_SIZE} stories`, () => {
    const many = Array.from({ length: 60 }, (_, i) => makeStory({ slug: `s${i}` }));
    expect(
      parse(buildRss({ title: "t", path: "/", feedPath: "/feed.xml", description: "d", stories: many })).rss.channel
        .item,
    ).toHaveLength(FEED_SIZE);
  });

  it.each([
    ["/images/a.JPG", "image/jpeg"],
    ["https://cdn.example.com/a.webp?w=800", "image/webp"],
    ["https://cdn.example.com/photo", undefined],
  ])("%s is %s", (src, type) => {
    expect(imageType(src)).toBe(type);
  });
});

describe("Google News sitemap", () => {
  const urls = parse(buildNewsSitemap(index, now)).urlset.url;

  it("holds the stories of the last 48 hours only, never a draft", () => {
    expect(urls.map((url: { loc: string }) => url.loc)).toEqual([
      `${site.url}/news/fresh`,
      `${site.url}/videos/yesterday`,
    ]);
  });

  it("names the publication, its language and the publication date", () => {
    expect(urls[0]["news:news"]).toEqual({
      "news:publication": { "news:name": "خبرنامہ", "news:language": "ur" },
      "news:publication_date": "2026-01-28T16:00:00+05:00",
      "news:title": 'نیا <عنوان> & "اقتباس" ]]>',
    });
  });

  it("with nothing in its window still lists the newest story, without news data, never an empty <urlset>", () => {
    const quiet = parse(buildNewsSitemap(index, new Date(now.getTime() + 72 * hour))).urlset.url;
    expect(quiet).toEqual([{ loc: `${site.url}/news/fresh`, lastmod: "2026-01-28T16:30:00+05:00" }]);
    const empty = parse(buildNewsSitemap(buildIndex([], [pakistan], [deskProfile]), now)).urlset.url;
    expect(empty).toEqual([{ loc: `${site.url}/` }]);
  });
});

describe("sitemap", () => {
  const entries = [...listEntries(index), ...index.oldestFirst(0, 100).map(storyEntry)];
  const at = (path: string) => entries.find((entry) => entry.url === `${site.url}${path}`);

  it("lists every story and list page with absolute URLs, no draft", () => {
    for (const path of [
      "/",
      "/latest",
      "/videos",
      "/columns",
      "/category/pakistan",
      "/authors/news-desk",
      "/news/fresh",
      "/videos/yesterday",
      "/columns/old",
    ]) {
      expect(at(path), path).toBeDefined();
    }
    expect(entries.every((entry) => entry.url.startsWith(`${site.url}/`))).toBe(true);
    expect(at("/news/draft")).toBeUndefined();
  });

  it("dates a story by its update, a list by its latest change", () => {
    expect(at("/news/fresh")?.lastModified).toEqual(ago(0.5));
    expect(at("/columns/old")?.lastModified).toEqual(ago(49));
    expect(at("/")?.lastModified).toEqual(ago(0.5));
    expect(at("/videos")?.lastModified).toEqual(ago(30));
  });

  it("writes well-formed XML with lastmod in Karachi time and the story's picture", () => {
    const urls = parse(buildSitemap(entries)).urlset.url;
    const fresh = urls.find((url: { loc: string }) => url.loc === `${site.url}/news/fresh`);
    expect(fresh).toEqual({
      loc: `${site.url}/news/fresh`,
      lastmod: "2026-01-28T16:30:00+05:00",
      "image:image": { "image:loc": `${site.url}/images/news/fresh.jpg` },
    });
  });

  it("leaves out lastmod where a list has no stories", () => {
    const empty = listEntries(buildIndex([], [{ key: "world", name: "دنیا", path: "/category/world" }], []));
    expect(empty.find((entry) => entry.url.endsWith("/category/world"))?.lastModified).toBeUndefined();
    expect(buildSitemap(empty)).not.toContain("<lastmod>");
  });

  it("lists a tag once, percent-encoded, whatever its spellings", () => {
    const tags = entries
      .filter((entry) => entry.url.includes("/tags/"))
      .map((entry) => decodeURIComponent(entry.url.split("/tags/")[1]!));
    expect(tags.sort()).toEqual(["بارش", "کراچی"]);
    expect(at(`/tags/${encodeURIComponent("کراچی")}`)?.lastModified).toEqual(ago(0.5));
  });
});
