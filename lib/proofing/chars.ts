/** Character classes the proofing rules share. */

// Script_Extensions: the vowel marks are "Inherited" by script but used by Arabic.
const ARABIC_SCRIPT = /\p{Script_Extensions=Arabic}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/** A letter of the Arabic script (Urdu, Arabic, Persian), tatweel included. */
export const isArabicLetter = (c: string | undefined): boolean =>
  c !== undefined && LETTER.test(c) && ARABIC_SCRIPT.test(c);

/** A letter or a combining mark of the Arabic script: a character inside an Urdu word. */
export const isArabicWordChar = (c: string | undefined): boolean =>
  c !== undefined && (LETTER.test(c) || MARK.test(c)) && ARABIC_SCRIPT.test(c);

export const isLatinLetter = (c: string | undefined): boolean =>
  c !== undefined && /\p{Script=Latin}/u.test(c) && LETTER.test(c);

export const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);

export const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(c);

/** Letters only Urdu writes: a line with none of them is taken for an Arabic quotation and left as it is. */
export const URDU_ONLY = /[ٹڈڑںےۓگپچژھہۂۃیک]/;

/**
 * Zabar, pesh, zer, shadda and sukun. Urdu writes a word with one of them
 * now and then (کِیا) and with tanween often (تقریباً); a word with two or
 * more is a vowelled Arabic quotation.
 */
export const isVowelled = (word: string): boolean => (word.match(/[\u064E-\u0652]/g)?.length ?? 0) >= 2;

/**
 * Closing quotes, brackets and emphasis: looked through to find the word a
 * mark of punctuation ends. Urdu text opens a quote with ’ and closes it with
 * ‘ as often as the other way round, so both count.
 */
export const CLOSERS = new Set([")", "]", "}", "»", "«", "›", "‹", "”", "“", "’", "‘", '"', "'", "*", "_", "~"]);

/** A code point as editors can search for it: U+200B. */
export const codePoint = (c: string): string =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
