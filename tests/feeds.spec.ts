import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { CATEGORIES, dateOf, DRAFTS, inCategory, SITE_URL, STORIES } from "./support/sample";

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "url", "category"].includes(name),
});

/** Fetches an XML document: it must be well-formed, utf-8 and of the given type. */
async function fetchXml(request: APIRequestContext, path: string, type: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe(`${type}; charset=utf-8`);
  const text = await response.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  for (const draft of DRAFTS) expect(text, `${path} holds draft ${draft.path}`).not.toContain(draft.path);
  return { text, doc: parser.parse(text) };
}

/** Every URL in the document, from elements and attributes alike. */
const urlsIn = (xml: string) => [...xml.matchAll(/(?:>|")(https?:\/\/[^<"]+)/g)].map((m) => m[1]!);
const SCHEMAS =
  /^https?:\/\/(www\.w3\.org|purl\.org|search\.yahoo\.com|www\.sitemaps\.org|www\.google\.com\/schemas)\//;

function expectAbsoluteSiteUrls(xml: string, path: string) {
  const urls = urlsIn(xml).filter((url) => !SCHEMAS.test(url));
  expect(urls.length, path).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith(`${SITE_URL}/`), `${path}: ${url}`).toBe(true);
  expect(xml, path).not.toMatch(/<(loc|link|guid)[^>]*>\//); // no root-relative URL
}

test.describe("feeds", () => {
  test("/feed.xml is RSS 2.0 of the newest 50 stories, newest first", async ({ request }) => {
    const { text, doc } = await fetchXml(request, "/feed.xml", "application/rss+xml");
    expectAbsoluteSiteUrls(text, "/feed.xml");
    expect(doc.rss["@_version"]).toBe("2.0");
    const items = doc.rss.channel.item as { link: string; pubDate: string; title: string; description: string }[];
    const expected = STORIES.slice(0, 50);
    expect(items.map((item) => item.link)).toEqual(expected.map((s) => `${SITE_URL}${s.path}`));
    const [first] = expected;
    expect(items[0]).toMatchObject({
      title: first!.title,
      description: first!.summary,
      pubDate: dateOf(first!).toUTCString(),
    });
    expect(items[0]!.pubDate).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
  });

  test("each section has its own feed of its stories only", async ({ request }) => {
    for (const category of CATEGORIES) {
      const path = `/category/${category.key}/feed.xml`;
      const { text, doc } = await fetchXml(request, path, "application/rss+xml");
      const links = ((doc.rss.channel.item ?? []) as { link: string }[]).map((item) => item.link);
      expect(links, path).toEqual(
        inCategory(category.key)
          .slice(0, 50)
          .map((s) => `${SITE_URL}${s.path}`),
      );
      if (links.length > 0) expectAbsoluteSiteUrls(text, path);
    }
    expect((await request.get("/category/no-such-section/feed.xml")).status()).toBe(404);
  });

  test("every page's head links to the feed", async ({ page }) => {
    for (const path of ["/", "/search?q=کراچی", "/news/karachi-water-supply-plan"]) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]'), path).toHaveAttribute(
        "href",
        `${SITE_URL}/feed.xml`,
      );
    }
  });
});

test.describe("feed readers and crawlers that poll", () => {
  for (const path of ["/feed.xml", "/category/pakistan/feed.xml", "/sitemap.xml", "/news-sitemap.xml"]) {
    test(`${path} answers 304 to a reader that has this version`, async ({ request }) => {
      const first = await request.get(path);
      const etag = first.headers()["etag"];
      const lastModified = first.headers()["last-modified"];
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
      // The newest change in each: the Sindh flood live page's 13:40 update.
      expect(new Date(lastModified ?? "").getTime()).toBe(new Date("2026-11-29T13:40:00+05:00").getTime());

      const byTag = await request.get(path, { headers: { "If-None-Match": etag! } });
      expect(byTag.status()).toBe(304);
      expect(await byTag.body()).toHaveLength(0);
      expect(byTag.headers()["etag"]).toBe(etag);
      expect((await request.get(path, { headers: { "If-Modified-Since": lastModified! } })).status()).toBe(304);

      expect((await request.get(path, { headers: { "If-None-Match": '"another-version"' } })).status()).toBe(200);
      expect(
        (await request.get(path, { headers: { "If-Modified-Since": "Sat, 28 Nov 2026 00:00:00 GMT" } })).status(),
      ).toBe(200);
      // If-None-Match decides when both are sent.
      expect(
        (
          await request.get(path, {
            headers: { "If-None-Match": '"another-version"', "If-Modified-Since": lastModified! },
          })
        ).status(),
      ).toBe(200);
    });
  }
});

/**
 * Stories changed after they were published, by `updated`, a correction or
 * a live update: the time of their newest change, as the sample files write it.
 */
const CHANGED_AT: Record<string, string> = {
  "/news/sindh-flood-relief-live": "2026-11-29T13:40:00+05:00", // the 13:40 update
  "/news/lahore-smog-schools-closed": "2026-11-29T11:25:00+05:00", // updated
  "/news/national-assembly-water-storage-bill": "2026-11-28T21:10:00+05:00", // updated
  "/news/psx-index-record-high": "2026-11-25T18:40:00+05:00", // updated
  "/news/electricity-tariff-cut-industry": "2026-11-19T10:00:00+05:00", // its correction
  "/news/t20-final-lahore-live": "2026-11-15T22:35:00+05:00", // the 22:35 update
  "/news/smartphone-prices-rise-after-import-duty": "2026-11-10T10:20:00+05:00", // updated
  "/news/october-inflation-eases": "2026-11-04T12:30:00+05:00", // the second of its corrections
  "/news/dengue-cases-rise-in-lahore-after-rains": "2026-11-01T09:15:00+05:00", // updated
};

test.describe("sitemaps and robots.txt", () => {
  test("/sitemap.xml lists every story and list page, dated by its newest change", async ({ request }) => {
    const { text, doc } = await fetchXml(request, "/sitemap.xml", "application/xml");
    expectAbsoluteSiteUrls(text, "/sitemap.xml");
    const urls = doc.urlset.url as { loc: string; lastmod?: string }[];
    const lastmod = new Map(urls.map((url) => [url.loc, url.lastmod]));
    for (const s of STORIES) {
      const modified = lastmod.get(`${SITE_URL}${s.path}`);
      expect(modified, s.path).toBeDefined();
      const changed = CHANGED_AT[s.path];
      expect(new Date(modified!).getTime(), s.path).toBe(Date.parse(changed ?? s.date));
    }
    for (const path of ["/", "/latest", "/videos", "/columns", ...CATEGORIES.map((c) => `/category/${c.key}`)]) {
      expect(lastmod.has(`${SITE_URL}${path}`), path).toBe(true);
    }
  });

  test("/news-sitemap.xml holds the last 48 hours' stories in Google News form, and is never an empty <urlset>", async ({
    request,
  }) => {
    const { text, doc } = await fetchXml(request, "/news-sitemap.xml", "application/xml");
    expectAbsoluteSiteUrls(text, "/news-sitemap.xml");
    const urls = (doc.urlset.url ?? []) as { loc: string; "news:news"?: Record<string, unknown> }[];
    const since = Date.now() - 48 * 60 * 60 * 1000;
    const recent = STORIES.filter((s) => dateOf(s).getTime() >= since);
    if (recent.length > 0) {
      expect(urls.map((url) => url.loc)).toEqual(recent.map((s) => `${SITE_URL}${s.path}`));
      expect(urls[0]!["news:news"]).toMatchObject({
        "news:publication": { "news:name": "خبرنامہ", "news:language": "ur" },
      });
    } else {
      // Nothing that recent (the sample's newest story is from 29 November 2026): the newest story, without news data.
      expect(urls.map((url) => url.loc)).toEqual([`${SITE_URL}/columns/children-screens-silent-dinner-table`]);
      expect(urls[0]!["news:news"]).toBeUndefined();
    }
  });

  test("/robots.txt names both sitemaps with absolute URLs", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${SITE_URL}/news-sitemap.xml`);
  });
});
