import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { formatDateLine } from "@/lib/urdu/date";
import { clippedText, foreignRequests } from "./support/browser";
import { AUTHORS, CATEGORIES, SITE_URL, canonical, dateOf, kindOf, newest, ofKind, sample } from "./support/sample";

/** content/news/psx-index-record-high.md: a news story with a picture, an update and a related list. */
const news = {
  ...sample("/news/psx-index-record-high"),
  updated: new Date("2026-11-25T18:40:00+05:00"),
  picture: {
    src: "/images/news/psx-index-record-high.jpg",
    alt: "گہرے نیلے پس منظر میں اوپر جاتے سبز بار چارٹ اور بڑھتے رجحان کی لکیر",
    caption: "بینکاری کے شعبے نے انڈیکس میں سب سے زیادہ حصہ ڈالا۔",
  },
  related: [
    {
      path: "/news/october-inflation-eases",
      title: "اکتوبر میں مہنگائی کم ہو کر 4.1 فیصد، کھانے پینے کی اشیا کی قیمتوں میں نرمی",
    },
    {
      path: "/news/electricity-tariff-cut-industry",
      title: "صنعتی شعبے کے لیے بجلی 4 روپے 20 پیسے فی یونٹ سستی، اطلاق یکم دسمبر سے ہوگا",
    },
  ],
};
const newsAuthor = AUTHORS["news-desk"];
const newsSection = CATEGORIES.find((c) => c.key === "business")!;
const video = { ...sample("/videos/video-lahore-smog-morning-commute"), videoId: "Lq7mX2pR9sT" };
const column = sample("/columns/urdu-in-the-age-of-artificial-intelligence");
const columnist = { key: "nadia-rehman", ...AUTHORS["nadia-rehman"] };

test.describe("a news story", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(news.path);
  });

  test("shows the headline, date line, byline, section and tags", async ({ page }) => {
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(news.title);
    const time = page.locator("header time").first();
    await expect(time).toHaveText(formatDateLine(dateOf(news)));
    expect(new Date((await time.getAttribute("datetime")) ?? "").getTime()).toBe(dateOf(news).getTime());
    await expect(page.locator("article header").getByRole("link", { name: newsAuthor.name })).toHaveAttribute(
      "href",
      "/authors/news-desk",
    );
    await expect(page.locator("article header").getByRole("link", { name: newsSection.name })).toHaveAttribute(
      "href",
      "/category/business",
    );
    for (const tag of news.tags) {
      await expect(page.getByRole("navigation", { name: "ٹیگز" }).getByRole("link", { name: tag })).toHaveAttribute(
        "href",
        `/tags/${encodeURIComponent(tag)}`,
      );
    }
    await expect(page.locator("figure img")).toHaveAttribute("alt", news.picture.alt);
    await expect(page.locator("figure figcaption")).toHaveText(news.picture.caption);
  });

  test("share links carry the encoded canonical URL and Urdu labels", async ({ page }) => {
    const encoded = encodeURIComponent(canonical(news.path));
    const share = page.getByRole("list", { name: "شیئر کریں" }).first();
    await expect(share.getByRole("link", { name: "فیس بک پر شیئر کریں" })).toHaveAttribute(
      "href",
      `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    );
    const x = await share.getByRole("link", { name: "ایکس (ٹوئٹر) پر شیئر کریں" }).getAttribute("href");
    expect(x?.startsWith("https://twitter.com/intent/tweet?")).toBe(true);
    expect(x).toContain(encoded);
    const whatsapp = await share.getByRole("link", { name: "واٹس ایپ پر شیئر کریں" }).getAttribute("href");
    expect(whatsapp?.startsWith("https://wa.me/?text=")).toBe(true);
    expect(whatsapp).toContain(encoded);
    await expect(share.getByRole("link", { name: "لنک کاپی کریں" })).toHaveAttribute("href", canonical(news.path));
  });

  test("places each related story once, between paragraphs, with its current title", async ({ page }) => {
    const related = news.related;
    const blocks = page.locator("article .read-also");
    await expect(blocks).toHaveCount(related.length);
    for (const [i, other] of related.entries()) {
      const block = blocks.nth(i);
      await expect(block).toContainText("یہ بھی پڑھیں:");
      await expect(block.getByRole("link")).toHaveText(other.title);
      await expect(block.getByRole("link")).toHaveAttribute("href", other.path);
      const between = await block.evaluate(
        (el) => el.previousElementSibling?.tagName === "P" && el.nextElementSibling !== null,
      );
      expect(between).toBe(true);
    }
  });

  test("lists تازہ ترین newest first without this story, and the ویڈیو and کالم sections", async ({ page }) => {
    const latest = page.locator("#latest li a");
    const hrefs = await latest.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).not.toContain(news.path);
    expect(hrefs).toEqual(newest(hrefs.length, { exclude: news.path }).map((s) => s.path));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    await expect(page.locator("#videos h2")).toHaveText("ویڈیو");
    await expect(page.locator("#videos li a").first()).toHaveAttribute("href", ofKind("video")[0]!.path);
    await expect(page.locator("#columns h2")).toHaveText("کالم / تجزیہ");
    await expect(page.locator("#columns li time").first()).toBeVisible();
  });

  test("has the head a share preview needs", async ({ page }) => {
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    await expect(page).toHaveTitle(new RegExp(news.title.slice(0, 20)));
    expect(await meta('meta[name="description"]')).toBe(news.summary);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical(news.path));
    expect(await meta('meta[property="og:title"]')).toBe(news.title);
    expect(await meta('meta[property="og:description"]')).toBe(news.summary);
    expect(await meta('meta[property="og:url"]')).toBe(canonical(news.path));
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await meta('meta[property="og:locale"]')).toBe("ur_PK");
    expect(await meta('meta[property="og:image"]')).toBe(`${SITE_URL}${news.picture.src}`);
    expect(await meta('meta[property="og:image:width"]')).toBe("1200");
    expect(await meta('meta[property="og:image:height"]')).toBe("675");
    expect(new Date((await meta('meta[property="article:published_time"]')) ?? "").getTime()).toBe(
      dateOf(news).getTime(),
    );
    expect(new Date((await meta('meta[property="article:modified_time"]')) ?? "").getTime()).toBe(
      news.updated.getTime(),
    );
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: news.title,
      inLanguage: "ur",
      author: [{ name: newsAuthor.name }],
      publisher: { name: "خبرنامہ" },
      image: [{ url: `${SITE_URL}${news.picture.src}` }],
    });
    expect(new Date(ld.datePublished).getTime()).toBe(dateOf(news).getTime());
    expect(new Date(ld.dateModified).getTime()).toBe(news.updated.getTime());
  });
});

test("a story with no related list gets up to two by shared tags, never itself", async ({ page }) => {
  // Its tags: سائبر کرائم, اسمارٹ فون, معیشت. The first shares two tags and the section, the second two tags.
  await page.goto("/news/bank-sms-fraud-warning-cybercrime");
  const links = page.locator("article .read-also a");
  expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]))).toEqual([
    [
      "/news/smartphone-prices-rise-after-import-duty",
      "درآمدی ڈیوٹی میں اضافے کے بعد اسمارٹ فونز کی قیمتیں 18 فیصد تک بڑھ گئیں",
    ],
    [
      "/columns/smartphone-tax-and-digital-economy",
      "اسمارٹ فون پر ٹیکس: خزانہ بھرنے کی جلدی میں ڈیجیٹل معیشت کا نقصان",
    ],
  ]);
});

test("a story without a picture is shared with a card of its own: its headline in Nastaliq, 1200×630, under 300 KB", async ({
  page,
  request,
}) => {
  await page.goto("/news/karachi-youth-qawwali-night");
  const card = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(card).toMatch(new RegExp(`^${SITE_URL}/cards/karachi-youth-qawwali-night-[0-9a-f]{10}\\.png$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", card!);
  await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute(
    "content",
    "کراچی میں نوجوان قوالوں کی محفل، ہزاروں شائقین رات گئے تک جھومتے رہے",
  );
  const path = new URL(card!).pathname;
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const png = await response.body();
  expect(png.length).toBeLessThan(300 * 1024);
  // PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // A card of another version, or of a story with a picture of its own, is no card.
  for (const other of [
    path.replace(/-[0-9a-f]{10}\.png$/, "-0000000000.png"),
    "/cards/psx-index-record-high-0000000000.png",
  ]) {
    const missing = await request.get(other);
    expect(missing.status(), other).toBe(404);
    expect(await missing.text()).toContain("صفحہ نہیں ملا");
  }
});

test("share previews name the picture's description, and a square picture makes the small card", async ({ page }) => {
  await page.goto("/news/psx-index-record-high");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute("content", news.picture.alt);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", news.picture.alt);
  await page.goto("/");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute("content", "خبرنامہ");
  // An author's picture is 400×400.
  await page.goto("/authors/farhat-naqvi");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    `${SITE_URL}/images/authors/farhat-naqvi.jpg`,
  );
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "400");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
});

test("a video loads nothing from YouTube until the reader taps play", async ({ page }) => {
  const foreign = foreignRequests(page, "http://127.0.0.1");
  await page.goto(video.path);
  await page.waitForLoadState("load");
  await expect(page.locator("iframe")).toHaveCount(0);
  expect(foreign).toEqual([]);
  const play = page.getByRole("link", { name: `ویڈیو چلائیں: ${video.title}` });
  const videoId = video.videoId;
  await expect(play).toHaveAttribute("href", `https://www.youtube.com/watch?v=${videoId}`);
  await play.click();
  const frame = page.locator("iframe");
  await expect(frame).toHaveAttribute(
    "src",
    new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${videoId}\\?autoplay=1`),
  );
  await expect(frame).toHaveAttribute("title", video.title);
});

test("a column shows its columnist's name, role and picture at the top", async ({ page }) => {
  await page.goto(column.path);
  const box = page.locator("article > div").first();
  await expect(box.getByRole("link", { name: columnist.name })).toHaveAttribute("href", "/authors/nadia-rehman");
  await expect(box).toContainText(columnist.role);
  await expect(box.locator("img")).toHaveAttribute("src", /authors/);
  await expect(page.locator("h1")).toHaveText(column.title);
});

test("share links and related links are in the served HTML, with no JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(news.path);
  await expect(page.locator("h1")).toHaveText(news.title);
  await expect(page.locator('a[href^="https://wa.me/?text="]').first()).toBeVisible();
  await expect(page.locator("article .read-also").first()).toBeVisible();
  await context.close();
});

test.describe("missing stories and tags are the Urdu 404 page itself, in the served HTML, kept a minute", () => {
  const missing = [
    "/news/no-such-story",
    "/news/budget-draft-proposal",
    "/videos/psx-index-record-high",
    "/news/video-lahore-smog-morning-commute",
    "/columns/UPPER-case",
    "/columns/no-such-column",
    `/tags/${encodeURIComponent("کوئی ایسا ٹیگ نہیں")}`,
  ];
  for (const path of missing) {
    test(decodeURIComponent(path), async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html).toMatch(/^<!DOCTYPE html><html lang="ur" dir="rtl">/);
      expect(html).toMatch(/<h1[^>]*>صفحہ نہیں ملا<\/h1>/);
      expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
      expect(html).not.toContain("__next_error__");
      expect(response.headers()["cache-control"]).toBe("s-maxage=60, stale-while-revalidate=86340");
    });
  }
});

for (const width of [360, 1280]) {
  test(`no headline or body line is clipped at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const s of [news, video, column] as const) {
      await page.goto(s.path);
      await page.evaluate(() => document.fonts.ready);
      expect(await clippedText(page, "h1, h2, h3, article p, article li, article figcaption, #latest a")).toEqual([]);
      const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(scrollsSideways).toBe(false);
    }
    await page.goto(news.path);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screenshots/story-${width}.png`, fullPage: true });
  });
}

for (const s of [news, video, column] as const) {
  test(`axe finds no violations on the ${kindOf(s)} page`, async ({ page }) => {
    await page.goto(s.path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
