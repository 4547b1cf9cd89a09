/**
 * `npm run font:subset`: writes styles/fonts/noto-nastaliq-urdu-400.woff2,
 * the regular weight of @fontsource/noto-nastaliq-urdu cut down to
 * scripts/font-characters.ts's characters with harfbuzz (subset-font), every layout
 * feature kept. Run it after upgrading the font package; tests/fonts.spec.ts
 * shows the subset draws Urdu exactly as the whole font does.
 *
 * It also writes the share cards' TrueType files (lib/cards/fonts.ts): the
 * same Urdu subset, and the family's Latin slice cut to LATIN_CHARACTERS, so
 * a card and a page are set from one source.
 */
import fs from "node:fs";
import subsetFont from "subset-font";
import { CARD_FONT_FILES } from "@/lib/cards/fonts";
import { LATIN_CHARACTERS, URDU_CHARACTERS } from "./font-characters";

const FONTSOURCE = "node_modules/@fontsource/noto-nastaliq-urdu/files";
export const FULL_FONT = `${FONTSOURCE}/noto-nastaliq-urdu-arabic-400-normal.woff2`;
/** fontsource splits the family by script; Latin letters and digits are only in this file. */
export const LATIN_FONT = `${FONTSOURCE}/noto-nastaliq-urdu-latin-400-normal.woff2`;
export const SUBSET_FONT = "styles/fonts/noto-nastaliq-urdu-400.woff2";

async function write(from: string, characters: string, to: string, targetFormat: "sfnt" | "woff2") {
  const source = fs.readFileSync(from);
  const subset = await subsetFont(source, characters, { targetFormat });
  fs.writeFileSync(to, subset);
  console.log(`${to}: ${(subset.length / 1024).toFixed(1)} KB, from ${(source.length / 1024).toFixed(1)} KB`);
}

async function main() {
  await write(FULL_FONT, URDU_CHARACTERS, SUBSET_FONT, "woff2");
  await write(FULL_FONT, URDU_CHARACTERS, CARD_FONT_FILES.urdu, "sfnt");
  await write(LATIN_FONT, LATIN_CHARACTERS, CARD_FONT_FILES.latin, "sfnt");
}

void main();
