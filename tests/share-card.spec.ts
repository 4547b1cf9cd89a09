/**
 * The share cards (lib/cards): their Nastaliq is shaped as Chromium shapes
 * it, their digits and Latin come from the cards' own font, and every card
 * is a 1200×630 PNG small enough for WhatsApp's preview. Needs no server:
 * the cards are rendered here and the browser only sets the same text.
 */
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import sharp from "sharp";
import { CARD_FONT_FILES } from "@/lib/cards/fonts";
import { renderShareCard } from "@/lib/cards/share-card";
import { renderText } from "@/lib/cards/text";
import { formatDateLine } from "@/lib/urdu/date";
import { inkOfLayer, inkOfScreenshot, inkOverlap, type Ink } from "./support/ink";
import { CATEGORIES, STORIES } from "./support/sample";

const SIZE = 48;
/** The same shapes score 0.84 to 0.91 (Pango and Chromium round glyph positions apart), unjoined letters under 0.1. */
const SAME_SHAPES = 0.6;
const section = CATEGORIES[0]!.name;
const dateLine = formatDateLine(new Date());
const font = (file: string) =>
  `url(data:font/ttf;base64,${fs.readFileSync(file).toString("base64")}) format("truetype")`;

/** A real headline of a story that needs a card: one with no picture. */
const HEADLINE = STORIES.find((s) => s.path.startsWith("/news/") && !s.image && !/[\x21-\x7e]/.test(s.title))!.title;

/** A zero-width non-joiner between every two letters: each takes its isolated form, as an unshaping renderer draws it. */
const unjoined = (text: string) => text.replace(/(?<=\p{L})(?=\p{L})/gu, "\u200c");

/** `text` on one line in Chromium, black on white, in `family`: by default the cards' two font files as one family. */
async function inChromium(page: Page, text: string, family = "card"): Promise<Ink> {
  await page.setViewportSize({ width: 2000, height: 400 });
  await page.setContent(`<html lang="ur" dir="rtl"><style>
    @font-face { font-family: card; src: ${font(CARD_FONT_FILES.urdu)}; }
    @font-face { font-family: card; src: ${font(CARD_FONT_FILES.latin)}; unicode-range: U+21-7E, U+A1-FF, U+2013-2026; }
    body { margin: 0; background: #fff; }
    p { display: inline-block; margin: 0; padding: 24px; font: ${SIZE}px/2.5 ${family}; color: #000; white-space: nowrap; }
  </style><p></p></html>`);
  const line = page.locator("p");
  await line.evaluate((p, t) => (p.textContent = t), text);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(([f, t]) => document.fonts.check(f!, t), [`${SIZE}px ${family}`, text])).toBe(true);
  return inkOfScreenshot(await line.screenshot());
}

const onCard = async (text: string) => inkOfLayer(await renderText(text, { size: SIZE, color: "#000000" }));

test("the card's Nastaliq is shaped as Chromium shapes it", async ({ page }) => {
  const chromium = await inChromium(page, HEADLINE);
  const shaped = await inkOverlap(await onCard(HEADLINE), chromium);
  const isolated = await inkOverlap(await onCard(unjoined(HEADLINE)), chromium);
  console.log(
    `ink overlap with Chromium: shaped ${shaped.toFixed(3)}, isolated letters ${isolated.toFixed(3)}, threshold ${SAME_SHAPES}`,
  );
  expect(shaped, "the card joins letters as Chromium does").toBeGreaterThan(SAME_SHAPES);
  // The measure can tell: what a renderer without shaping draws scores far below.
  expect(isolated, "unjoined letters look different").toBeLessThan(SAME_SHAPES);
});

test("digits and Latin on a card come from the card's font, not the server's", async ({ page }) => {
  const text = "PSX T20 2026";
  const card = await onCard(text);
  const same = await inkOverlap(card, await inChromium(page, text));
  const systemSans = await inkOverlap(card, await inChromium(page, text, "sans-serif"));
  console.log(`ink overlap of "${text}": card font ${same.toFixed(3)}, system sans-serif ${systemSans.toFixed(3)}`);
  expect(same, "the card's Latin is Chromium's in the card's font").toBeGreaterThan(SAME_SHAPES);
  expect(systemSans, "a system font draws it differently").toBeLessThan(SAME_SHAPES);
});

test("a card is a 1200×630 PNG under WhatsApp's 300 KB, for a long headline and a short one", async () => {
  const long = STORIES.map((s) => s.title).sort((a, b) => b.length - a.length)[0]!;
  const word = CATEGORIES.map((c) => c.name).sort((a, b) => a.length - b.length)[0]!;
  const headlines = { "one-word": word, long, "too long for the card": `${long} ${long} ${long}` };
  for (const [name, headline] of Object.entries(headlines)) {
    const png = await renderShareCard({ headline, section, dateLine });
    const meta = await sharp(png).metadata();
    console.log(`${name} headline (${headline.length} characters): ${png.length} bytes`);
    expect([meta.format, meta.width, meta.height], name).toEqual(["png", 1200, 630]);
    expect(png.length, name).toBeLessThan(300 * 1024);
  }
});

test("a headline's & < > are set as text, not read as markup", async () => {
  const png = await renderShareCard({ headline: `${section} <b>${section}</b> & ${section}`, section, dateLine });
  expect((await sharp(png).metadata()).format).toBe("png");
});
