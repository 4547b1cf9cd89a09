import { expect, test, type Page } from "@playwright/test";
import { DRAFTS, STORIES, sample } from "./support/sample";

const water = sample("/news/karachi-water-supply-plan");
const searchUrl = (q: string, page?: number) =>
  `/search?${new URLSearchParams({ q, ...(page ? { page: String(page) } : {}) })}`;
const results = (page: Page) => page.locator("main ol > li");

test.describe("search", () => {
  test("a query typed with Arabic letter forms finds a story written with Urdu ones, the word marked", async ({
    page,
  }) => {
    await page.goto(searchUrl("\u0643\u0631\u0627\u0686\u064A")); // كراچي: Arabic kaf and yeh
    await expect(page.locator("h1")).toContainText("\u0643\u0631\u0627\u0686\u064A");
    const hit = results(page).filter({ has: page.getByRole("link", { name: water.title }) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator("h2 a")).toHaveAttribute("href", water.path);
    await expect(hit.locator("h2 mark")).toHaveText(["کراچی"]);
    await expect(hit).toContainText("خبر"); // the kind
  });

  test("a word found only in a story's body finds it, shown in the body's words", async ({ page }) => {
    await page.goto(searchUrl("کینجھر"));
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).locator("h2 a")).toHaveAttribute("href", water.path);
    await expect(results(page).locator("mark")).toHaveText(["کینجھر"]);
  });

  test("reads Urdu digits, diacritics and run-together verbs as readers type them", async ({ page }) => {
    for (const [query, expected] of [
      ["۲۶ کروڑ گیلن", water.path], // the story writes 26
      ["کَراچی پانی", water.path], // zabar in the query
    ] as const) {
      await page.goto(searchUrl(query));
      await expect(results(page).locator("h2 a").first(), query).toHaveAttribute("href", expected);
    }
  });

  test("answers behind a proxy that ends TLS, as the page its own server renders", async ({ request }) => {
    // nginx in front says https. A server started with -H 127.0.0.1 sent each
    // search over the network to itself, as https, and answered 500.
    const https = { "X-Forwarded-Proto": "https" };
    const found = await request.get(searchUrl("کراچی پانی"), { headers: https });
    expect(found.status()).toBe(200);
    expect(await found.text()).toContain(`href="${water.path}"`);
    const undecodable = await request.get("/news/%FF", { headers: https });
    expect(undecodable.status()).toBe(404);
    expect(await undecodable.text()).toContain("صفحہ نہیں ملا");
  });

  test("works with no JavaScript from the header's box", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const box = page.getByRole("search").getByRole("searchbox", { name: "خبریں تلاش کریں" });
    await box.fill("کراچی");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator("h1")).toContainText("کراچی");
    await expect(results(page).getByRole("link", { name: water.title })).toBeVisible();
    await context.close();
  });

  test("pages through many results with links", async ({ page }) => {
    await page.goto(searchUrl("کے"));
    await expect(results(page)).toHaveCount(10);
    const pager = page.getByRole("navigation", { name: "صفحات" });
    await pager.getByRole("link", { name: "اگلا صفحہ" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator("main ol")).toHaveAttribute("start", "11");
    await expect(pager.getByRole("link", { name: "پچھلا صفحہ" })).toBeVisible();
    expect((await page.request.get(searchUrl("کے", 999))).status()).toBe(404);
  });

  test("an empty query shows a prompt, and no results shows a message with the newest stories", async ({ page }) => {
    for (const q of ["", "   "]) {
      await page.goto(searchUrl(q));
      await expect(page.locator("h1")).toHaveText("تلاش");
      await expect(page.getByText("کسی شہر، شخص یا موضوع کا نام لکھ کر")).toBeVisible();
    }
    await page.goto(searchUrl("زززقققغغغ"));
    await expect(page.getByText("اس تلاش سے کوئی خبر نہیں ملی۔")).toBeVisible();
    const newest = page.getByRole("region", { name: "تازہ ترین" });
    await expect(newest.getByRole("link", { name: STORIES[0]!.title })).toBeVisible();
  });

  test("echoes markup in the query as text", async ({ page }) => {
    let alerted = false;
    page.on("dialog", async (dialog) => {
      alerted = true;
      await dialog.dismiss();
    });
    await page.goto(searchUrl('<script>alert(1)</script><img src=x onerror="alert(2)">'));
    await expect(page.locator("h1")).toContainText("<script>alert(1)</script>");
    await expect(page.locator("main img[src=x], main script")).toHaveCount(0);
    expect(alerted).toBe(false);
  });

  test("answers odd and huge queries without an error", async ({ request }) => {
    for (const path of [
      "/search?q=%00",
      "/search?q=%ED%A0%80",
      "/search?q=%FF%FE",
      "/search?q=%",
      "/search?q=a&q=b&page=-1",
      `/search?q=${encodeURIComponent("کراچی ".repeat(400))}`,
      `/search?q=${"x".repeat(2000)}`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain("<h1");
    }
  });

  test("is rendered per request and kept out of search engines", async ({ page }) => {
    await page.goto(searchUrl("کراچی"));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("never shows a draft", async ({ page }) => {
    for (const draft of DRAFTS) {
      await page.goto(searchUrl(draft.title));
      await expect(page.locator(`main a[href="${draft.path}"]`)).toHaveCount(0);
    }
  });
});
