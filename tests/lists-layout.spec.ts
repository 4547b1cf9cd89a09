import { expect, test } from "@playwright/test";
import { clippedText } from "./support/browser";

// Phone and desktop. Screenshots land in test-results/ (not committed) for a person to look at.
for (const width of [360, 1280]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const [name, path] of [
      ["home", "/"],
      ["section", "/category/pakistan"],
      ["latest-2", "/latest/page/2"],
    ] as const) {
      test(`${name} fits the screen and clips no Nastaliq`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(
          await clippedText(
            page,
            "main :is(h1, h2, h3, p, li, a):not(.sr-only), header :is(p, a, ul), footer :is(p, a)",
          ),
        ).toEqual([]);
        await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
      });
    }
  });
}
