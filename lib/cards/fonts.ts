/**
 * The font files the share cards are set in, written by `npm run font:subset`
 * from the same fontsource package and character lists as the site's web
 * font. TrueType, because libvips' fontconfig does not load WOFF or WOFF2
 * (it falls back to DejaVu without a word). Both files name the family
 * "Noto Nastaliq Urdu", as fontsource's unicode-range slices do, so Pango
 * takes each character from whichever file has it, as a browser does.
 */
import path from "node:path";

export const CARD_FONT_FAMILY = "Noto Nastaliq Urdu";

/** Relative to the project root. */
export const CARD_FONT_FILES = {
  /** The site's Urdu subset (scripts/font-characters.ts URDU_CHARACTERS). */
  urdu: "lib/cards/fonts/noto-nastaliq-urdu-400.ttf",
  /** Digits and Latin (LATIN_CHARACTERS), from the family's Latin slice. */
  latin: "lib/cards/fonts/noto-nastaliq-urdu-latin-400.ttf",
} as const;

/**
 * Absolute paths for libvips. Resolved from the working directory, which is
 * the project root under `next start`, tsx scripts and Playwright alike; the
 * files are handed to fontconfig by path, never read here.
 */
export function cardFontPaths(): { urdu: string; latin: string } {
  // Written out, not CARD_FONT_FILES: the bundler's tracer can follow a literal path to
  // these two files, but took a computed one for "anything in the project" and traced it all.
  return {
    urdu: path.join(process.cwd(), "lib/cards/fonts/noto-nastaliq-urdu-400.ttf"),
    latin: path.join(process.cwd(), "lib/cards/fonts/noto-nastaliq-urdu-latin-400.ttf"),
  };
}
