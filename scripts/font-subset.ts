/**
 * `npm run font:subset`: writes styles/fonts/noto-nastaliq-urdu-400.woff2,
 * the regular weight of @fontsource/noto-nastaliq-urdu cut down to
 * lib/font-subset.ts's characters with harfbuzz (subset-font), every layout
 * feature kept. Run it after upgrading the font package; tests/fonts.spec.ts
 * shows the subset draws Urdu exactly as the whole font does.
 */
import fs from "node:fs";
import subsetFont from "subset-font";
import { URDU_CHARACTERS } from "@/lib/font-subset";

export const FULL_FONT = "node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2";
export const SUBSET_FONT = "styles/fonts/noto-nastaliq-urdu-400.woff2";

async function main() {
  const full = fs.readFileSync(FULL_FONT);
  const subset = await subsetFont(full, URDU_CHARACTERS, { targetFormat: "woff2" });
  fs.writeFileSync(SUBSET_FONT, subset);
  console.log(`${SUBSET_FONT}: ${(subset.length / 1024).toFixed(1)} KB, from ${(full.length / 1024).toFixed(1)} KB`);
}

void main();
