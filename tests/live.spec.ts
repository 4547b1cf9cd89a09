/**
 * Live pages and corrections as a reader, a crawler and a screen reader
 * meet them, on the sample's live story (content/news/sindh-flood-relief-live.md,
 * updates from 28 November 20:15 to 29 November 13:40, no end), its finished
 * one (t20-final-lahore-live.md, ended 15 November 23:00) and its two
 * corrected stories.
 */
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startCopyServer } from "./support/copy-server";

const LIVE = "/news/sindh-flood-relief-live";
const FINISHED = "/news/t20-final-lahore-live";
const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";
const updates = (page: Page) => page.locator("[data-live-list] > li article");

test.describe("a live page", () => {
  test("marks itself لائیو and shows its updates newest first, each with its time, anchor and headline", async ({
    page,
    request,
  }) => {
    const response = await request.get(LIVE);
    expect(response.headers()["cache-control"]).toBe("s-maxage=15, stale-while-revalidate=86385");
    await page.goto(LIVE);
    await expect(page.locator("article header").getByText("لائیو", { exact: true })).toBeVisible();
    await expect(page.locator("#live-updates-title")).toHaveText("تازہ اپ ڈیٹس");
    await expect(page.locator("[data-live-last]")).toHaveText("اتوار 29 نومبر 2026، 13:40");
    await expect(updates(page)).toHaveCount(8);
    expect(await updates(page).evaluateAll((all) => all.map((el) => el.id))).toEqual([
      "update-20261129-1340",
      "update-20261129-1200",
      "update-20261129-1020",
      "update-20261129-0810",
      "update-20261129-0630",
      "update-20261128-2305",
      "update-20261128-2140",
      "update-20261128-2015",
    ]);
    const newest = updates(page).first();
    await expect(newest.locator("time")).toHaveAttribute("datetime", "2026-11-29T13:40:00+05:00");
    await expect(newest.locator("time")).toHaveText("13:40 · اتوار 29 نومبر 2026");
    await expect(newest.locator("h3")).toHaveText("پانی کی سطح میں کمی کا آغاز");
    // The date line says when the story last changed: its newest update.
    await expect(page.locator("article header time").nth(1)).toHaveAttribute("datetime", "2026-11-29T13:40:00+05:00");
  });

  test("lets a reader share one update, and a link to it lands on it", async ({ page }) => {
    await page.goto(`${LIVE}#update-20261128-2305`);
    const update = page.locator("#update-20261128-2305");
    await expect(update).toBeInViewport();
    const url = `${SITE_URL}${LIVE}#update-20261128-2305`;
    await expect(update.getByRole("link", { name: "یہ اپ ڈیٹ واٹس ایپ پر شیئر کریں" })).toHaveAttribute(
      "href",
      `https://wa.me/?text=${encodeURIComponent("امدادی کشتیاں روانہ\n")}${encodeURIComponent(url)}`,
    );
    await expect(update.getByRole("link", { name: "اس اپ ڈیٹ کا لنک" })).toHaveAttribute("href", url);
  });

  test("describes itself to crawlers as a LiveBlogPosting with every update", async ({ page }) => {
    await page.goto(LIVE);
    const ld = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "LiveBlogPosting",
      headline: "سندھ میں سیلابی ریلا: امدادی کارروائیوں کی لمحہ بہ لمحہ صورت حال",
      datePublished: "2026-11-28T20:00:00+05:00",
      dateModified: "2026-11-29T13:40:00+05:00",
      coverageStartTime: "2026-11-28T20:15:00+05:00",
      inLanguage: "ur",
    });
    expect(ld.coverageEndTime).toBeUndefined();
    expect(ld.liveBlogUpdate).toHaveLength(8);
    expect(ld.liveBlogUpdate[7]).toEqual({
      "@type": "BlogPosting",
      headline: "گڈو بیراج پر اونچے درجے کا سیلاب",
      datePublished: "2026-11-28T20:15:00+05:00",
      articleBody:
        "محکمہ آبپاشی کے مطابق گڈو بیراج پر پانی کی آمد 5 لاکھ 20 ہزار کیوسک تک پہنچ گئی ہے جسے اونچے درجے کا سیلاب قرار دیا گیا ہے۔",
      url: `${SITE_URL}${LIVE}#update-20261128-2015`,
    });
    // An update its editor gave no headline is named by its first words.
    await page.goto(FINISHED);
    const finished = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(finished).toMatchObject({
      "@type": "LiveBlogPosting",
      coverageStartTime: "2026-11-15T18:45:00+05:00",
      coverageEndTime: "2026-11-15T23:00:00+05:00",
    });
    expect(finished.liveBlogUpdate.map((u: { headline: string }) => u.headline)).toContain(
      "لاہور بلوز کو آخری 3 اوورز میں 29 رنز درکار",
    );
  });

  test("reads whole without JavaScript, with no button to wait for", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LIVE);
    await expect(updates(page)).toHaveCount(8);
    await expect(updates(page).first()).toContainText("گڈو بیراج پر پانی کی آمد میں کمی شروع ہو گئی ہے");
    await expect(page.getByRole("button", { name: /نئی اپ ڈیٹس/ })).toHaveCount(0);
    await context.close();
  });

  test("once finished reads as finished, with no لائیو mark, kept like any page", async ({ page, request }) => {
    expect((await request.get(FINISHED)).headers()["cache-control"]).toBe("s-maxage=60, stale-while-revalidate=86340");
    await page.goto(FINISHED);
    await expect(page.locator("#live-updates-title")).toHaveText("لائیو کوریج ختم ہو چکی");
    await expect(page.locator("article header").getByText("لائیو", { exact: true })).toHaveCount(0);
    await expect(updates(page).first().locator("h3")).toHaveText("لاہور بلوز چیمپئن");
  });

  test("is marked لائیو in lists and dated by its newest update", async ({ page }) => {
    for (const list of ["/latest", "/category/pakistan"]) {
      await page.goto(list);
      const card = page.locator("main article").filter({ has: page.locator(`a[href="${LIVE}"]`) });
      await expect(card.getByText("لائیو", { exact: true }), list).toBeVisible();
      await expect(card.locator("time").last(), list).toHaveAttribute("datetime", "2026-11-29T13:40:00+05:00");
      const finished = page.locator("main article").filter({ has: page.locator(`a[href="${FINISHED}"]`) });
      await expect(finished.getByText("لائیو", { exact: true })).toHaveCount(0);
    }
  });
});

test.describe("corrections", () => {
  test("show under the story as تصحیح with their dates, and date the story by the newest", async ({ page }) => {
    await page.goto("/news/october-inflation-eases");
    const section = page.getByRole("region", { name: "تصحیحات" });
    await expect(section.locator("li")).toHaveText([
      "تصحیح (بدھ 4 نومبر 2026): ادارہ شماریات کے ترجمان کا نام غلط لکھا گیا تھا، اسے درست کر دیا گیا ہے۔",
      "تصحیح (منگل 3 نومبر 2026): ستمبر کی شرح مہنگائی پہلے 5.1 فیصد لکھی گئی تھی، درست شرح 5.3 فیصد ہے۔",
    ]);
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute(
      "content",
      "2026-11-04T12:30:00+05:00",
    );
    const ld = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld.dateModified).toBe("2026-11-04T12:30:00+05:00");
  });

  test("/corrections lists every one, newest first, linked to its story", async ({ page }) => {
    await page.goto("/corrections");
    await expect(page.locator("h1")).toHaveText("تصحیحات");
    const items = page.locator("main ol > li");
    await expect(items.locator("h2 a")).toHaveText([
      "صنعتی شعبے کے لیے بجلی 4 روپے 20 پیسے فی یونٹ سستی، اطلاق یکم دسمبر سے ہوگا",
      "اکتوبر میں مہنگائی کم ہو کر 4.1 فیصد، کھانے پینے کی اشیا کی قیمتوں میں نرمی",
      "اکتوبر میں مہنگائی کم ہو کر 4.1 فیصد، کھانے پینے کی اشیا کی قیمتوں میں نرمی",
    ]);
    expect(await items.locator("h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "/news/electricity-tariff-cut-industry",
      "/news/october-inflation-eases",
      "/news/october-inflation-eases",
    ]);
    await expect(items.locator("time")).toHaveText(["جمعرات 19 نومبر 2026", "بدھ 4 نومبر 2026", "منگل 3 نومبر 2026"]);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [360, 1280]) {
    test(`axe finds nothing on a live page and /corrections at ${width} px, ${colorScheme}`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of [LIVE, "/corrections"]) {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          path,
        ).toEqual([]);
        await page.screenshot({
          path: `test-results/screenshots/${path.split("/").pop()}-${width}-${colorScheme}.png`,
          fullPage: true,
        });
      }
      await context.close();
    });
  }
}

test("a reader's open live page offers an update published meanwhile, and shows it when tapped without moving the page before", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const server = await startCopyServer({ env: { PUBLISH_TOKEN: "live-test-token" } });
  try {
    await page.clock.install();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(server.url + LIVE);
    await page.evaluate(() => window.scrollTo(0, 1500));
    const readingAt = await page.evaluate(() => window.scrollY);
    const reading = await updates(page).nth(3).boundingBox();

    const file = path.join(server.contentDir, "news", "sindh-flood-relief-live.md");
    fs.appendFileSync(
      file,
      "\n## 15:05 کوٹری بیراج پر الرٹ\n\nکوٹری بیراج پر آئندہ رات پانی کی آمد بڑھنے کا امکان ہے۔\n",
    );
    const published = await fetch(`${server.url}/api/publish`, {
      method: "POST",
      headers: { Authorization: "Bearer live-test-token" },
    });
    expect(published.status).toBe(200);

    // The script asks for the page every 30 s; the page regenerated as it was published.
    await page.clock.fastForward(31_000);
    const offer = page.getByRole("button", { name: "1 نئی اپ ڈیٹس" });
    await expect(offer).toBeVisible();
    await expect(updates(page)).toHaveCount(8);
    expect(await page.evaluate(() => window.scrollY)).toBe(readingAt);
    expect((await updates(page).nth(3).boundingBox())?.y).toBe(reading?.y);

    await offer.click();
    await expect(offer).toBeHidden();
    await expect(updates(page)).toHaveCount(9);
    await expect(updates(page).first()).toHaveAttribute("id", "update-20261129-1505");
    await expect(updates(page).first()).toBeInViewport();
    await expect(page.locator("[data-live-last]")).toHaveText("اتوار 29 نومبر 2026، 15:05");
  } finally {
    await server.stop();
  }
});
