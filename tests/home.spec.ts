import { expect, test, type Page } from "@playwright/test";
import { AUTHORS, CATEGORIES, STORIES, dateOf, newest, ofKind } from "./support/sample";

const menu = (page: Page) => page.getByRole("navigation", { name: "مرکزی فہرست" });

test.describe("the menu marks where the reader is", () => {
  const marked = (page: Page) => menu(page).locator("[aria-current]");

  for (const [path, name] of [
    ["/", "صفحۂ اول"],
    ["/latest/page/2", "تازہ ترین"],
    ["/category/business", "کاروبار"],
    ["/videos", "ویڈیو"],
    ["/columns", "کالم / تجزیہ"],
  ] as const) {
    test(`${path} marks ${name}`, async ({ page }) => {
      await page.goto(path);
      await expect(marked(page)).toHaveCount(1);
      await expect(marked(page)).toHaveText(name);
      await expect(marked(page)).toHaveAttribute("aria-current", "page");
    });
  }

  test("a story marks its section; a tag page marks nothing", async ({ page }) => {
    await page.goto("/news/lahore-smog-schools-closed");
    await expect(marked(page)).toHaveText("پاکستان");
    await expect(marked(page)).toHaveAttribute("aria-current", "true");
    await page.goto(`/tags/${encodeURIComponent("کراچی")}`);
    await expect(marked(page)).toHaveCount(0);
  });
});

test.describe("the home page", () => {
  test("leads with the featured story, then top stories and تازہ ترین", async ({ page }) => {
    // The one story marked featured.
    const lead = { path: "/news/national-assembly-water-storage-bill", title: STORIES[3]!.title };
    expect(STORIES[3]!.featured).toBe(true);
    await page.goto("/");
    const main = page.locator("main");
    await expect(main.locator("article").first().locator("h2")).toHaveText(lead.title);
    await expect(main.locator("article").first().locator("img")).toBeVisible();
    const latest = main.locator("#latest");
    await expect(latest.locator("h2")).toHaveText("تازہ ترین");
    const latestHrefs = await latest.locator("li a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(latestHrefs).toEqual(newest(latestHrefs.length, { exclude: lead.path }).map((s) => s.path));
  });

  test("has a block per section in menu order, then ویڈیو and کالم / تجزیہ", async ({ page }) => {
    await page.goto("/");
    const blocks = page.locator("main section[aria-labelledby$='-title'] > div > h2");
    const titles = await blocks.allTextContents();
    const sections = CATEGORIES.map((c) => c.name);
    expect(titles.filter((title) => sections.includes(title))).toEqual(sections);
    expect(titles.slice(-2)).toEqual(["ویڈیو", "کالم / تجزیہ"]);
    for (const c of CATEGORIES) {
      await expect(page.locator(`#section-${c.key}-title a`)).toHaveAttribute("href", `/category/${c.key}`);
    }
    const columns = page.locator("section[aria-labelledby='columns-title'] article");
    const newestColumn = ofKind("column")[0]!;
    await expect(columns.first().getByRole("link", { name: AUTHORS["farhat-naqvi"].name })).toBeVisible();
    expect(newestColumn.author).toBe("farhat-naqvi");
    await expect(columns.first().locator("img, [aria-hidden='true']").first()).toBeVisible();
    await expect(page.locator("section[aria-labelledby='videos-title'] article img").first()).toBeVisible();
  });
});

test("the breaking strip shows what broke in the last 24 hours, on every page", async ({ page }) => {
  // Stories marked breaking, shown for 24 hours after their time.
  const since = Date.now() - 24 * 60 * 60 * 1000;
  const breaking = STORIES.filter((s) => s.breaking && dateOf(s).getTime() >= since);
  for (const path of ["/", "/category/world", STORIES[0]!.path]) {
    await page.goto(path);
    const strip = page.locator("section[aria-labelledby='breaking-label']");
    if (breaking.length === 0) {
      await expect(strip).toHaveCount(0);
      continue;
    }
    await expect(strip.locator("#breaking-label")).toHaveText("بریکنگ نیوز");
    const hrefs = await strip.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(breaking.map((s) => s.path));
  }
});
