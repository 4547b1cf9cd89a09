import { expect, test } from "@playwright/test";

test.describe("the site shell", () => {
  test("is Urdu, right to left, in Nastaliq", async ({ page }) => {
    await page.goto("/");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "ur");
    await expect(html).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("link", { name: "مواد پر جائیں" })).toHaveAttribute("href", "#main");
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => /nastaliq/i.test(face.family) && face.status === "loaded");
    });
    expect(fontLoaded).toBe(true);
    const lineHeight = await page.locator("body").evaluate((el) => {
      const style = getComputedStyle(el);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    });
    expect(lineHeight).toBeGreaterThanOrEqual(2);
  });

  test("lists the sections from categories.yml in the menu", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "مرکزی فہرست" });
    for (const name of ["پاکستان", "دنیا", "کھیل", "کاروبار", "شوبز", "ٹیکنالوجی", "صحت"]) {
      await expect(menu.getByRole("link", { name, exact: true })).toHaveAttribute("href", /\/category\/[a-z]+$/);
    }
  });

  test("an unknown URL is the Urdu 404 with status 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("صفحہ نہیں ملا");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });

  test("a malformed percent-encoding is a 404, not a 500", async ({ request }) => {
    for (const path of ["/news/%FF", "/tags/%E0%A4", "/%"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).toContain("صفحہ نہیں ملا");
    }
  });
});
