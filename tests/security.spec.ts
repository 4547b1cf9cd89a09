import { expect, test } from "@playwright/test";
import { watchPolicies } from "./support/csp";

const news = { path: "/news/psx-index-record-high" };
const video = {
  path: "/videos/video-lahore-smog-morning-commute",
  title: "دھند اور دھوئیں میں لپٹی لاہور کی صبح، دفتر اور اسکول جانے والوں پر کیا گزری؟",
};
/** The one policy every response carries: scripts from the site, and the theme snippet by its hash. */
const SCRIPT_SRC = "script-src 'self' 'sha256-YuRQ4nuJ0uF0ixaggZuwo3yVDxI5myY9Vvw+RHwMG8k='; ";

/** Responses of every kind the server sends: pages, 404s, 405s, feeds, assets, pictures. */
const PATHS = [
  "/",
  news.path,
  video.path,
  "/search?q=بارش",
  "/latest",
  "/no-such-page",
  "/news/%FF",
  "/feed.xml",
  "/robots.txt",
  "/sitemap.xml",
  "/icon.svg",
];

test.describe("security headers", () => {
  for (const path of PATHS) {
    test(`are on ${decodeURIComponent(path.replace("%FF", "%25FF"))}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
      expect(headers["content-security-policy"]).toContain(SCRIPT_SRC);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
      // SITE_URL is http in the tests; HSTS over http would lock a plain-http site out.
      expect(headers["strict-transport-security"]).toBeUndefined();
    });
  }

  test("let other sites show pictures and refuse methods the site has no use for", async ({ request }) => {
    const picture = await request.get("/images/site-default.jpg");
    expect(picture.status()).toBe(200);
    expect(picture.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
    for (const [method, path] of [
      ["POST", news.path],
      ["PUT", "/images/site-default.jpg"],
      ["DELETE", "/"],
      ["PATCH", "/feed.xml"],
      ["OPTIONS", news.path],
      ["TRACE", news.path],
    ] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(405);
      // Next may send the one header as two lines.
      const allow = response
        .headersArray()
        .filter((h) => h.name.toLowerCase() === "allow")
        .map((h) => h.value);
      expect(allow.join(", ")).toBe("GET, HEAD");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
    expect((await request.head(news.path)).status()).toBe(200);
  });

  test("are the same for every reader of a search, so a shared cache may keep it", async ({ request }) => {
    const [first, second] = [await request.get("/search?q=کراچی"), await request.get("/search?q=کراچی")];
    expect(first.headers()["content-security-policy"]).toBe(second.headers()["content-security-policy"]);
    expect(await first.text()).toBe(await second.text());
    expect(first.headers()["cache-control"]).toBe("s-maxage=60, stale-while-revalidate=86340");
  });
});

test.describe("in Chromium the policies block nothing the site does", () => {
  test("a story page, and the theme switch with its inline snippet", async ({ page }) => {
    const refused = await watchPolicies(page);
    await page.goto(news.path);
    await page.getByRole("button", { name: "تاریک رنگ" }).click();
    // Chromium here follows a light system theme, so the switch chooses dark.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    // The inline snippet restores the stored choice before first paint.
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await refused()).toEqual([]);
  });

  test("the video facade loads the youtube-nocookie player on tap", async ({ page }) => {
    const refused = await watchPolicies(page);
    // Offline here: answer for YouTube, so the frame's load proves CSP let it through.
    await page.route("https://www.youtube-nocookie.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<p>player</p>" }),
    );
    await page.goto(video.path);
    await page
      .getByRole("link", { name: new RegExp(video.title.slice(0, 10)) })
      .first()
      .click();
    const frame = page.frameLocator('iframe[src^="https://www.youtube-nocookie.com/embed/"]');
    await expect(frame.locator("p")).toHaveText("player");
    expect(await refused()).toEqual([]);
  });

  test("search, with the theme snippet allowed by its hash", async ({ page }) => {
    const refused = await watchPolicies(page);
    await page.goto("/");
    await page.evaluate(() => localStorage.setItem("theme", "dark"));
    await page.goto("/search");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.locator("#search-page-query").fill("کراچی");
    await page.locator("#search-page-query").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator("main h1")).toContainText("کراچی");
    // The site's script runs under the policy: the switch shows the stored choice, and changes it.
    await expect(page.getByRole("button", { name: "تاریک رنگ" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "تاریک رنگ" }).click();
    await expect(page.getByRole("button", { name: "تاریک رنگ" })).toHaveAttribute("aria-pressed", "false");
    expect(await refused()).toEqual([]);
  });
});
