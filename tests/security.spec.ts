import { expect, test } from "@playwright/test";
import { index } from "./support/content";
import { watchPolicies } from "./support/csp";

const news = index.byKind("news")[0]!;
const video = index.byKind("video")[0]!;
const THEME_HASH_SOURCE = /'sha256-[A-Za-z0-9+/=]+'/;

/** Responses of every kind the server sends: pages, 404s, 405s, feeds, assets, pictures. */
const PATHS = ["/", news.path, video.path, "/search?q=بارش", "/latest", "/no-such-page", "/news/%FF", "/feed.xml", "/robots.txt", "/sitemap.xml", "/icon.svg"];

test.describe("security headers", () => {
  for (const path of PATHS) {
    test(`are on ${decodeURIComponent(path.replace("%FF", "%25FF"))}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
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
    for (const [method, path] of [["POST", news.path], ["PUT", "/images/site-default.jpg"], ["DELETE", "/"], ["PATCH", "/feed.xml"], ["OPTIONS", news.path], ["TRACE", news.path]] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(405);
      // Next may send the one header as two lines.
      const allow = (await response.headersArray()).filter((h) => h.name.toLowerCase() === "allow").map((h) => h.value);
      expect(allow.join(", ")).toBe("GET, HEAD");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
    expect((await request.head(news.path)).status()).toBe(200);
  });

  test("give /search a fresh nonce that covers every script but the hashed theme script", async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/search?q=کراچی");
      const policy = response.headers()["content-security-policy"] ?? "";
      expect(policy).not.toContain("'unsafe-inline' 'strict-dynamic'");
      expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
      expect(policy).toMatch(THEME_HASH_SOURCE);
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual(["<script>"]);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

test.describe("in Chromium the policies block nothing the site does", () => {
  test("a story page, and the theme switch with its inline script", async ({ page }) => {
    const refused = await watchPolicies(page);
    await page.goto(news.path);
    await page.getByRole("button", { name: "تاریک رنگ" }).click();
    const chosen = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(chosen === "dark" || chosen === "light").toBe(true);
    // The inline script restores the stored choice before React runs.
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
    expect(await refused()).toEqual([]);
  });

  test("the video facade loads the youtube-nocookie player on tap", async ({ page }) => {
    const refused = await watchPolicies(page);
    // Offline here: answer for YouTube, so the frame's load proves CSP let it through.
    await page.route("https://www.youtube-nocookie.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<p>player</p>" }));
    await page.goto(video.path);
    await page.getByRole("link", { name: new RegExp(video.title.slice(0, 10)) }).first().click();
    const frame = page.frameLocator('iframe[src^="https://www.youtube-nocookie.com/embed/"]');
    await expect(frame.locator("p")).toHaveText("player");
    expect(await refused()).toEqual([]);
  });

  test("search under its nonce policy, with the theme script allowed by hash", async ({ page }) => {
    const refused = await watchPolicies(page);
    await page.goto("/");
    await page.evaluate(() => localStorage.setItem("theme", "dark"));
    await page.goto("/search");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.locator("#search-page-query").fill("کراچی");
    await page.locator("#search-page-query").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator("main h1")).toContainText("کراچی");
    // Hydrated: the header's theme switch answers under the nonce policy.
    await page.getByRole("button", { name: "تاریک رنگ" }).click();
    await expect(page.getByRole("button", { name: "تاریک رنگ" })).toHaveAttribute("aria-pressed", /true|false/);
    expect(await refused()).toEqual([]);
  });
});
