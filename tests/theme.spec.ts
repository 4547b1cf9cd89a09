import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// axe reads the whole page: on a loaded machine one run takes several seconds.
test.describe.configure({ timeout: 90_000 });

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT = "rgb(255, 255, 255)";
const switchButton = (page: Page) => page.getByRole("button", { name: "تاریک رنگ" });

/** One page of every list kind, and the home page. */
const LIST_PAGES = [
  "/",
  "/latest",
  "/latest/page/2",
  "/category/pakistan",
  "/videos",
  "/columns",
  `/tags/${encodeURIComponent("کراچی")}`,
  "/authors/farhat-naqvi",
];

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    path,
  ).toEqual([]);
}

test.describe("the light theme", () => {
  test.use({ colorScheme: "light" });

  test("is the default", async ({ page }) => {
    await page.goto("/");
    expect(await background(page)).toBe(LIGHT);
  });

  for (const path of LIST_PAGES) {
    test(`axe finds nothing on ${decodeURIComponent(path)}`, async ({ page }) => expectNoViolations(page, path));
  }
});

test.describe("the dark theme", () => {
  test.use({ colorScheme: "dark" });

  test("follows the system setting", async ({ page }) => {
    await page.goto("/");
    expect(await background(page)).not.toBe(LIGHT);
  });

  for (const path of LIST_PAGES) {
    test(`axe finds nothing on ${decodeURIComponent(path)}`, async ({ page }) => expectNoViolations(page, path));
  }

  test("follows the system setting with JavaScript off too, where the switch is hidden", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/category/pakistan");
    expect(await background(page)).not.toBe(LIGHT);
    await expect(switchButton(page)).toBeHidden();
    await context.close();
  });
});

test.describe("the theme switch", () => {
  test.use({ colorScheme: "light" });

  test("turns the dark theme on, remembers it, and the page never paints light first", async ({ page }) => {
    await page.goto("/");
    await expect(switchButton(page)).toHaveAttribute("aria-pressed", "false");
    await switchButton(page).click();
    await expect(switchButton(page)).toHaveAttribute("aria-pressed", "true");
    expect(await background(page)).not.toBe(LIGHT);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

    // Note the theme at the moment <body> is parsed, before anything can paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? "none";
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/category/world");
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe("dark");
    expect(await background(page)).not.toBe(LIGHT);
    await expect(switchButton(page)).toHaveAttribute("aria-pressed", "true");
  });

  for (const path of LIST_PAGES) {
    test(`chosen dark, axe finds nothing on ${decodeURIComponent(path)}`, async ({ page }) => {
      await page.goto("/");
      await switchButton(page).click();
      await expectNoViolations(page, path);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    });
  }

  test("switching back to what the system shows follows the system again", async ({ page }) => {
    await page.goto("/");
    await switchButton(page).click();
    await switchButton(page).click();
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
    expect(await background(page)).toBe(LIGHT);
  });
});
