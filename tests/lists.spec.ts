import { expect, test, type Page } from "@playwright/test";
import { PAGE_SIZE } from "@/lib/lists/pagination";
import { AUTHORS, SITE_URL, STORIES, byAuthor, dateOf, inCategory, kindOf, ofKind, withTag } from "./support/sample";

/** Story links of the cards in <main>, in page order. */
async function cardLinks(page: Page): Promise<string[]> {
  return page
    .locator("main article :is(h2, h3) a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/**
 * The published instants of the cards in <main>, in page order: each card's
 * first <time>, as a live story's card also shows its newest update's time.
 */
async function cardDates(page: Page): Promise<number[]> {
  return page
    .locator("main article")
    .evaluateAll((cards) =>
      cards.map((card) => Date.parse(card.querySelector("time")?.getAttribute("datetime") ?? "")),
    );
}

const isNewestFirst = (dates: number[]) => dates.every((d, i) => i === 0 || d <= (dates[i - 1] ?? d));
const pages = (page: Page) => page.getByRole("navigation", { name: "صفحات" });

const karachi = "کراچی";
const karachiStories = withTag(karachi);

test.describe("تازہ ترین and its pages", () => {
  test("lists every story newest first, twelve a page, with page links", async ({ page }) => {
    expect(STORIES).toHaveLength(37); // the sample content spans four pages
    await page.goto("/latest");
    await expect(page.locator("h1")).toHaveText("تازہ ترین");
    const first = await cardLinks(page);
    expect(first).toEqual(STORIES.slice(0, PAGE_SIZE).map((s) => s.path));
    expect(isNewestFirst(await cardDates(page))).toBe(true);
    await expect(pages(page).getByRole("link", { name: "اگلا صفحہ" })).toHaveAttribute("href", "/latest/page/2");
    await expect(pages(page).getByRole("link", { name: "پچھلا صفحہ" })).toHaveCount(0);
    await expect(pages(page).locator('[aria-current="page"]')).toHaveText(/1/);

    await pages(page).getByRole("link", { name: "اگلا صفحہ" }).click();
    await expect(page).toHaveURL(/\/latest\/page\/2$/);
    const second = await cardLinks(page);
    expect(second).toEqual(STORIES.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((s) => s.path));
    expect((await cardDates(page))[0]).toBeLessThanOrEqual(dateOf(STORIES[PAGE_SIZE - 1]!).getTime());
    await expect(pages(page).getByRole("link", { name: "پچھلا صفحہ" })).toHaveAttribute("href", "/latest");
    await expect(pages(page).locator('[aria-current="page"]')).toHaveText(/2/);
  });

  test("every story appears exactly once across the pages", async ({ page }) => {
    const seen: string[] = [];
    const count = Math.ceil(STORIES.length / PAGE_SIZE);
    for (let n = 1; n <= count; n++) {
      await page.goto(n === 1 ? "/latest" : `/latest/page/${n}`);
      seen.push(...(await cardLinks(page)));
    }
    expect(seen).toEqual(STORIES.map((s) => s.path));
  });

  test("a page past the end, page 0 and a page that is no number are 404; /page/1 is the list itself", async ({
    request,
  }) => {
    const count = Math.ceil(STORIES.length / PAGE_SIZE);
    for (const path of [
      `/latest/page/${count + 1}`,
      "/latest/page/0",
      "/latest/page/02",
      "/latest/page/abc",
      "/videos/page/99",
      "/category/pakistan/page/99",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain("صفحہ نہیں ملا");
    }
    const one = await request.get("/latest/page/1", { maxRedirects: 0 });
    expect(one.status()).toBe(308);
    expect(one.headers().location).toMatch(/\/latest$/);
  });

  test("?page=N moves for good to /page/N, the query dropped, on every list", async ({ page, request }) => {
    for (const [from, to] of [
      ["/latest?page=2", "/latest/page/2"],
      ["/latest?page=2&utm_source=whatsapp", "/latest/page/2"],
      ["/latest?page=1", "/latest"],
      ["/videos?page=3", "/videos/page/3"],
      ["/columns?page=2", "/columns/page/2"],
      ["/category/pakistan?page=2", "/category/pakistan/page/2"],
      [`/tags/${encodeURIComponent("کراچی")}?page=2`, `/tags/${encodeURIComponent("کراچی")}/page/2`],
      ["/authors/news-desk?page=2", "/authors/news-desk/page/2"],
    ]) {
      const response = await request.get(from!, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers().location, from).toBe(to);
    }
    await page.goto("/latest?page=2");
    await expect(page).toHaveURL(/\/latest\/page\/2/);
    const viaQuery = await cardLinks(page);
    await page.goto("/latest/page/2");
    expect(await cardLinks(page)).toEqual(viaQuery);
    expect((await request.get("/latest?page=99")).status()).toBe(404);
    expect((await request.get("/category/pakistan?page=x")).status()).toBe(404);
  });

  test("each page has its own title, description, canonical URL and Open Graph", async ({ page }) => {
    await page.goto("/latest/page/2");
    await expect(page).toHaveTitle(/تازہ ترین \(صفحہ 2 از \d+\)/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE_URL}/latest/page/2`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${SITE_URL}/latest/page/2`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /تازہ ترین/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /صفحہ 2/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /^https?:\/\//);
  });
});

test.describe("sections, indexes, authors", () => {
  test("a section lists its stories newest first, with breadcrumbs", async ({ page }) => {
    const sports = inCategory("sports");
    await page.goto("/category/sports");
    await expect(page.locator("h1")).toHaveText("کھیل");
    expect(await cardLinks(page)).toEqual(sports.slice(0, PAGE_SIZE).map((s) => s.path));
    const crumbs = page.getByRole("navigation", { name: "آپ یہاں ہیں" });
    await expect(crumbs.getByRole("link", { name: "صفحۂ اول" })).toHaveAttribute("href", "/");
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText("کھیل");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
    expect(ld["@type"]).toBe("BreadcrumbList");
    expect(ld.itemListElement.map((item: { item: string }) => item.item)).toEqual([
      `${SITE_URL}/`,
      `${SITE_URL}/category/sports`,
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE_URL}/category/sports`);
  });

  test("ویڈیو and کالم / تجزیہ list their kind newest first; columns show their writer", async ({ page }) => {
    await page.goto("/videos");
    expect(await cardLinks(page)).toEqual(
      ofKind("video")
        .slice(0, PAGE_SIZE)
        .map((s) => s.path),
    );
    await page.goto("/columns");
    const columns = ofKind("column");
    expect(await cardLinks(page)).toEqual(columns.slice(0, PAGE_SIZE).map((s) => s.path));
    // The newest column is Farhat Naqvi's.
    expect(columns[0]!.author).toBe("farhat-naqvi");
    await expect(page.locator("main article").first().getByRole("link", { name: "فرحت نقوی" })).toHaveAttribute(
      "href",
      "/authors/farhat-naqvi",
    );
  });

  test("an author's page shows name, picture, role and bio, then their columns first", async ({ page }) => {
    const columnist = { key: "saleem-akhtar", ...AUTHORS["saleem-akhtar"] };
    await page.goto(`/authors/${columnist.key}`);
    await expect(page.locator("h1")).toHaveText(columnist.name);
    await expect(page.locator("main header")).toContainText(columnist.role);
    await expect(page.locator("main header img")).toHaveAttribute("src", /authors%2Fsaleem-akhtar\.jpg/);
    const theirs = byAuthor(columnist.key);
    const expected = [...theirs.filter((s) => kindOf(s) === "column"), ...theirs.filter((s) => kindOf(s) !== "column")];
    expect(await cardLinks(page)).toEqual(expected.slice(0, PAGE_SIZE).map((s) => s.path));
  });

  test("unknown sections, authors and tags are 404", async ({ request }) => {
    for (const path of [
      "/category/nowhere",
      "/authors/nobody",
      `/tags/${encodeURIComponent("کوئی ایسا ٹیگ نہیں")}`,
      "/tags",
      "/authors",
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe("tag pages in Urdu", () => {
  test("the encoded and the raw Urdu URL give the same page", async ({ request }) => {
    expect(karachiStories.length).toBeGreaterThan(0);
    const encoded = await request.get(`/tags/${encodeURIComponent(karachi)}`);
    const raw = await request.get(`/tags/${karachi}`);
    expect(encoded.status()).toBe(200);
    expect(raw.status()).toBe(200);
    const links = (html: string) => [...html.matchAll(/<h[23][^>]*><a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
    const [a, b] = [await encoded.text(), await raw.text()];
    expect(links(a)).toEqual(karachiStories.slice(0, PAGE_SIZE).map((s) => s.path));
    expect(links(b)).toEqual(links(a));
  });

  test("the tag typed with Arabic letter forms lands on the same tag", async ({ page }) => {
    await page.goto(`/tags/${encodeURIComponent("كراچي")}`); // Arabic kaf and yeh
    await expect(page.locator("h1")).toHaveText(karachi);
    expect(await cardLinks(page)).toEqual(karachiStories.slice(0, PAGE_SIZE).map((s) => s.path));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${SITE_URL}/tags/${encodeURIComponent(karachi)}`,
    );
  });

  test("a malformed percent-encoding is a 404, not a 500", async ({ request }) => {
    for (const path of ["/tags/%E0%A4", "/tags/%DA%A9%ZZ", "/category/%FF", "/latest/page/%"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});
