/**
 * The characters the site's Nastaliq subset keeps: what Urdu is written
 * with. Shaping is untouched: the subsetter keeps every glyph that the
 * font's GSUB and GPOS reach from these (contextual forms, ligatures,
 * marks), so only letters of other languages written in Arabic script
 * (U+0750–077F, U+08A0–08FF) and Quranic annotation signs go.
 */
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");

export const URDU_CHARACTERS = [
  " \u00a0",
  range(0x0600, 0x06ff), // Arabic, with the Urdu letters, ۔ and ۰–۹
  range(0x200c, 0x200e), // zero-width non-joiner and joiner, left-to-right mark
  range(0x2010, 0x2011), // hyphens
  "\ufd3e\ufd3f", // ornate parentheses
  "\ufdf2\ufdfa", // the ligatures of اللہ and ﷺ, written in Urdu text too
].join("");

/**
 * What the share cards (lib/cards) set besides Urdu: the date line's digits
 * and Latin inside headlines ("PSX", "T20", an ASCII colon). Pages leave
 * these to the reader's system font; a server has none worth trusting, so
 * the cards carry the same family's Latin face cut to these.
 */
export const LATIN_CHARACTERS = [
  range(0x0020, 0x007e), // Basic Latin: letters, digits, ASCII punctuation
  range(0x00a0, 0x00ff), // Latin-1: « », ×, accented letters
  "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026", // dashes, quotes, bullet, ellipsis
].join("");
