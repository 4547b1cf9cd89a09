/**
 * The one Urdu normaliser, shared by the search index, search queries and tag
 * URLs, so that text is compared the way Urdu readers type it.
 */

// Isolated forms of diacritics: NFKC turns them into a space plus the mark,
// which would split a word once the mark is dropped.
const SPACING_MARKS = /[\uFC5E-\uFC63\uFE70-\uFE7F]/g;

// Invisible characters and diacritics, except madda and hamza (U+0653–U+0655),
// which must first compose with their letter into آ ئ ۂ ۓ.
const IGNORED = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- combining marks alone are what it matches
  "[" +
    "\\u00AD\\u0640\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF" + // soft hyphen, tatweel, zero-width, bidi
    "\\u0610-\\u061A\\u064B-\\u0652\\u0656-\\u065F\\u0670\\u06D6-\\u06ED" + // honorifics, harakat, tanween, khari zabar, Quranic marks
    "]",
  "g",
);

// Arabic-keyboard letters to their Urdu forms; ۀ is the Persian spelling of ۂ.
const LETTERS: Record<string, string> = {
  "\u064A": "\u06CC", // ي → ی
  "\u0649": "\u06CC", // ى → ی
  "\u0643": "\u06A9", // ك → ک
  "\u0647": "\u06C1", // ه → ہ
  "\u0629": "\u06C3", // ة → ۃ
  "\u06C0": "\u06C2", // ۀ → ۂ
};

// Light-verb stems, and the auxiliaries writers type either joined to them
// (کردیا) or apart (کر دیا). Stems ending in a non-joining letter look the same
// either way; رہ is typed with a ZWNJ (رہ‌گیا), which we drop. Joined forms are
// in neither list, so joining twice changes nothing.
const STEMS = ["کر", "ہو", "جا", "آ", "دے", "لے", "رہ", "پڑ"];
const AUXILIARIES = [
  "دیا",
  "دی",
  "دیے",
  "دیں",
  "دینا",
  "دے",
  "گیا",
  "گئی",
  "گئے",
  "گئیں",
  "گا",
  "گی",
  "گے",
  "لیا",
  "لی",
  "لیے",
  "لیں",
  "جائے",
  "جائیں",
  "جاتا",
  "جاتی",
  "جاتے",
  "جانا",
  "رہا",
  "رہی",
  "رہے",
  "رہیں",
  "سکا",
  "سکی",
  "سکے",
  "سکیں",
  "سکتا",
  "سکتی",
  "سکتے",
  "چکا",
  "چکی",
  "چکے",
  "چکیں",
  "کر",
  "کے", // conjunctive participle: جا کر / جاکر, کر کے / کرکے
];
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
const RUN_TOGETHER = new RegExp(
  `(?<!${WORD_CHAR})(${STEMS.join("|")}) (${AUXILIARIES.join("|")})(?!${WORD_CHAR})`,
  "gu",
);

/** Folds Urdu text to the form readers' typing is compared in. Idempotent. */
export function normalizeUrdu(text: string): string {
  return (
    text
      .replace(SPACING_MARKS, "")
      .normalize("NFKC") // presentation forms → letters; composes ا+ٓ, ي+ٔ, ہ+ٔ, ے+ٔ
      // Stripped before composing: a tatweel, ZWNJ or zabar between a letter
      // and its hamza would block it. NFC then recomposes what was unblocked.
      .replace(IGNORED, "")
      .normalize("NFC")
      .replace(/[\u064A\u0649\u0643\u0647\u0629\u06C0]/g, (c) => LETTERS[c] ?? c)
      .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf))
      // Unicode has no composition for ی+ٔ, and ہ may only now exist (from ه).
      .replace(/\u06CC\u0654/g, "\u0626")
      .replace(/\u06C1\u0654/g, "\u06C2")
      .replace(/[\u0653-\u0655]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim()
      .replace(RUN_TOGETHER, "$1$2")
  );
}

/** Words of normalised text, for a search index's tokenizer (split on whitespace and punctuation incl. Urdu ۔ ، ؟ ؛ « » ‘ ’ “ ” and Latin punctuation). */
export function urduTokens(text: string): string[] {
  return normalizeUrdu(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word !== "");
}

/** Key for a tag: normalizeUrdu + trimmed + inner whitespace collapsed to one space + Latin lower-cased. `کراچی` typed with Arabic letters gives the same key. */
export function tagKey(tag: string): string {
  // normalizeUrdu already trims, collapses whitespace and lower-cases.
  return normalizeUrdu(tag);
}
