/**
 * Measures the metric-matched fallback for the Nastaliq web font:
 * `npm run bench:font`. In Chromium it sets the sample stories' text in the
 * subset web font and in each system Arabic font found here, and prints the
 * size-adjust that makes the fallback's text as wide as Nastaliq's, with
 * ascent/descent overrides that put its baseline where Nastaliq's is; the
 * values belong in styles/font-fallback.css. Digits get a face of their own
 * (unicode-range): their widths differ from Nastaliq's by a steady ratio
 * unlike the letters', so a date line can match exactly.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@/lib/testing/chromium";
import fs from "node:fs";
import { readContent } from "@/lib/content";
import { markdownToText } from "@/lib/markdown/render";

const SUBSET = "styles/fonts/noto-nastaliq-urdu-400.woff2";
// Noto Nastaliq Urdu's vertical metrics, in em (hhea and OS/2 agree: 1904 and 596 of 1000 units).
const ASCENT = 1.904;
const DESCENT = 0.596;
// What phones and computers have that draws Urdu (Android and Linux ship Noto Naskh Arabic),
// by the full and PostScript names that local() matches.
const CANDIDATES = {
  "Noto Naskh Arabic": ["Noto Naskh Arabic Regular", "NotoNaskhArabic-Regular"],
  "Noto Sans Arabic": ["Noto Sans Arabic Regular", "NotoSansArabic-Regular"],
  Tahoma: ["Tahoma"],
  "Geeza Pro": ["Geeza Pro Regular", "GeezaPro"],
  "Segoe UI": ["Segoe UI"],
  Arial: ["Arial", "ArialMT"],
};
const names = Object.keys(CANDIDATES);
const DIGITS = "0123456789".repeat(20);

async function main() {
  const text = readContent()
    .stories.filter((s) => !s.draft)
    .map((s) => `${s.title} ${s.summary} ${markdownToText(s.body)}`)
    .join(" ");
  const font = fs.readFileSync(SUBSET).toString("base64");
  const faces = [
    `@font-face { font-family: web; src: url(data:font/woff2;base64,${font}) format("woff2"); }`,
    ...Object.values(CANDIDATES).map(
      (locals, i) => `@font-face { font-family: c${i}; src: ${locals.map((l) => `local("${l}")`).join(", ")}; }`,
    ),
  ].join("\n");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  await page.setContent(
    `<html lang="ur" dir="rtl"><style>${faces} span { white-space: nowrap; font-size: 100px; }</style><body></body></html>`,
  );
  const measure = (text: string) =>
    page.evaluate(
      async ({ text, count }) => {
        const families = ["web", ...Array.from({ length: count }, (_, i) => `c${i}`)];
        const out: Record<string, number | null> = {};
        for (const family of families) {
          // A local() face that names no installed font fails to load: no width, not a guess.
          const loaded = await document.fonts.load(`100px ${family}`, text.slice(0, 200)).catch(() => []);
          const span = Object.assign(document.createElement("span"), { textContent: text });
          span.style.fontFamily = `${family}, monospace`;
          document.body.append(span);
          out[family] = loaded.length > 0 ? span.getBoundingClientRect().width : null;
          span.remove();
        }
        return out;
      },
      { text, count: names.length },
    );
  const widths = await measure(text);
  const digitWidths = await measure(DIGITS);
  await browser.close();
  console.log(`${text.split(/\s+/).length} words of the sample stories, one line each\n`);
  for (const [i, name] of names.entries()) {
    const width = widths[`c${i}`];
    if (!width) {
      console.log(`${name}: not installed here, not measured`);
      continue;
    }
    const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
    const face = (size: number) =>
      `size-adjust: ${pct(size)}; ascent-override: ${pct(ASCENT / size)}; descent-override: ${pct(DESCENT / size)}; line-gap-override: 0%;`;
    console.log(`${name}: ${face(widths.web! / width)}`);
    console.log(`${name}, digits (unicode-range: U+0030-0039): ${face(digitWidths.web! / digitWidths[`c${i}`]!)}`);
  }
}

void main();
