import { describe, expect, it } from "vitest";
import { normalizeUrdu, tagKey, urduTokens } from "./normalize";

// [input, expected, description]. Invisible or look-alike characters are
// written as \u escapes, with the visible form in a comment.
const rows: [string, string, string][] = [
  // Arabic-keyboard letters → Urdu letters
  ["\u0643\u0631\u0627\u0686\u064A", "کراچی", "ك and final ي (كراچي)"],
  ["\u067E\u0627\u0643\u0633\u062A\u0627\u0646", "پاکستان", "medial ك (پاكستان)"],
  ["\u0645\u062F\u0631\u0633\u0647", "مدرسہ", "final ه → ہ (مدرسه)"],
  ["\u0634\u0647\u0631", "شہر", "medial ه → ہ (شهر)"],
  ["\u0632\u0643\u0648\u0629", "زکوۃ", "ة → ۃ (زكوة)"],
  ["\u0645\u0648\u0633\u0649", "موسی", "alef maksura ى → ی (موسى)"],
  ["\u0634\u064A\u0631", "شیر", "medial ي → ی (شير)"],
  ["\u0643\u064A", "کی", "Arabic كي is کی, not کے"],
  // Presentation forms
  ["\uFB90\uFEAE\uFE8D\uFB7C\uFBFD", "کراچی", "presentation forms of کراچی"],
  ["\uFEFB\uFBA8\uFEEE\uFEAD", "لاہور", "lam-alef ligature and heh goal forms (ﻻﮨﻮﺭ)"],
  ["\uFE8D\uFEDF\uFEE0\uFEEA", "اللہ", "Arabic forms ﺍﻟﻠﻪ, final heh → ہ"],
  ["\u0641\u0648\u0631\u0627\uFE70", "فورا", "isolated tanween form (ﹰ) does not split the word"],
  // Hamza and madda compose
  ["\u06AF\u06CC\u0654\u06D2", "گئے", "ی + hamza above → ئ (گئے)"],
  ["\u0642\u0627\u064A\u0654\u062F", "قائد", "ي + hamza above → ئ (قائد)"],
  ["\u0635\u0641\u062D\u06C0", "صفحۂ", "ۀ → ۂ (صفحۀ)"],
  ["\u0635\u0641\u062D\u06C1\u0654", "صفحۂ", "ہ + hamza above → ۂ"],
  ["\u0635\u0641\u062D\u0647\u0654", "صفحۂ", "ه + hamza above → ۂ"],
  ["\u062C\u0627\u06D2\u0654", "\u062C\u0627\u06D3", "ے + hamza above → ۓ (جاۓ)"],
  ["\u0627\u0653\u067E", "آپ", "ا + madda → آ (آپ)"],
  ["\u0627\u0640\u0653\u067E", "آپ", "tatweel between ا and madda does not block آ"],
  ["\u06AF\u06CC\u064E\u0654\u06D2", "گئے", "zabar between ی and hamza does not block ئ"],
  // Urdu letters that must survive unchanged
  ["\u0622\u0626\u06CC\u0646", "آئین", "آ and ئ kept (آئین)"],
  ["\u0635\u0641\u062D\u06C2 \u0627\u0648\u0644", "صفحۂ اول", "ۂ kept (صفحۂ اول)"],
  ["\u0633\u0627\u0626\u06D3", "\u0633\u0627\u0626\u06D3", "ۓ kept"],
  ["\u062A\u0623\u062B\u0631", "\u062A\u0623\u062B\u0631", "أ kept (تأثر)"],
  ["کے", "کے", "ے kept: کے is not کی"],
  ["کی", "کی", "ی kept"],
  ["ہاتھ", "ہاتھ", "ھ (do-chashmi) kept"],
  // Digits
  ["۲۰۲۶", "2026", "Urdu digits"],
  ["٢٠٢٦", "2026", "Arabic-Indic digits"],
  ["\u06F20\u06626", "2026", "mixed digits (۲0٢6)"],
  ["سال ۲۰۲۶ء", "سال 2026ء", "Urdu year"],
  // Diacritics
  ["\u0645\u064E\u062F\u0631\u0633\u06C1", "مدرسہ", "zabar (مَدرسہ)"],
  ["\u0627\u0650\u0633\u0644\u0627\u0645", "اسلام", "zer (اِسلام)"],
  ["\u0627\u064F\u0631\u062F\u0648", "اردو", "pesh (اُردو)"],
  ["\u0645\u062D\u0645\u0651\u062F", "محمد", "tashdid (محمّد)"],
  ["\u0641\u0648\u0631\u0627\u064B", "فورا", "tanween (فوراً)"],
  ["\u0645\u064E\u0633\u0652\u062C\u0650\u062F", "مسجد", "sukun with zabar and zer (مَسْجِد)"],
  ["\u0639\u06CC\u0633\u06CC\u0670", "عیسی", "khari zabar (عیسیٰ)"],
  ["\u0645\u062D\u0645\u062F\u0610", "محمد", "honorific mark (محمدؐ)"],
  ["\u0627\u0644\u0644\u06C1\u06D6", "اللہ", "Quranic mark U+06D6"],
  // Invisible characters
  ["\u06A9\u0640\u0640\u0631\u0627\u0686\u06CC", "کراچی", "tatweel (کــراچی)"],
  ["\u0639\u0627\u0644\u0645\u200C\u06AF\u06CC\u0631", "عالمگیر", "ZWNJ inside a word, no space added"],
  ["\u06A9\u0631\u0627\u200D\u0686\u06CC", "کراچی", "ZWJ"],
  ["\u200F\u0627\u0633\u0644\u0627\u0645 \u0622\u0628\u0627\u062F\u200E", "اسلام آباد", "RLM and LRM"],
  ["\u0679\u06CC\u0645 \u2066PSL\u2069 \u0645\u06CC\u06BA", "ٹیم psl میں", "bidi isolates around Latin"],
  ["\u202BCNN\u202C \u0646\u06CC\u0648\u0632", "cnn نیوز", "bidi embedding"],
  ["\uFEFF\u06A9\u0631\u0627\u200B\u0686\u06CC\u2060\u00AD\u061C", "کراچی", "BOM, ZWSP, word joiner, soft hyphen, ALM"],
  // Latin and whitespace
  ["PSL Final", "psl final", "Latin lower-cased"],
  ["  کراچی \t\n لاہور\u00A0 ", "کراچی لاہور", "whitespace runs collapsed and trimmed, incl. NBSP"],
  ["کراچی، لاہور۔", "کراچی، لاہور۔", "Urdu punctuation kept"],
  // Run-together words
  ["کر دیا", "کردیا", "کر دیا joined"],
  ["کردیا", "کردیا", "کردیا unchanged"],
  ["ہو گیا", "ہوگیا", "ہو گیا joined"],
  ["ہوگیا", "ہوگیا", "ہوگیا unchanged"],
  ["کر لیا", "کرلیا", "کر لیا joined"],
  ["ہو جائے", "ہوجائے", "ہو جائے joined"],
  ["وہ جا رہا ہے", "وہ جارہا ہے", "جا رہا joined, ہے apart"],
  ["یہ ہو سکتا ہے", "یہ ہوسکتا ہے", "ہو سکتا joined"],
  ["\u0631\u06C1 \u06AF\u06CC\u0627", "رہگیا", "رہ گیا joined"],
  ["\u0631\u06C1\u200C\u06AF\u06CC\u0627", "رہگیا", "رہ‌گیا with ZWNJ meets رہ گیا"],
  ["کر کے", "کرکے", "conjunctive کر کے joined"],
  ["فیصلہ کر دیا گیا", "فیصلہ کردیا گیا", "only the stem and first auxiliary join"],
  ["ہو کر رہ گیا", "ہوکر رہگیا", "two pairs in a row"],
  ["کر دیا۔", "کردیا۔", "joined before Urdu full stop"],
  ["\u0643\u0631 \u062F\u064A\u0627", "کردیا", "Arabic-keyboard كر ديا joined"],
  ["ہو", "ہو", "ہو alone stays"],
  ["کیا ہو", "کیا ہو", "ہو at the end stays"],
  ["پاکستان کے", "پاکستان کے", "genitive کے after a noun stays"],
  ["فکر گئی", "فکر گئی", "فکر is not the stem کر"],
  ["کر دیانت", "کر دیانت", "دیانت is not the auxiliary دیا"],
  ["کر، دیا", "کر، دیا", "punctuation between stops joining"],
];

describe("normalizeUrdu", () => {
  it("has a table of at least 40 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows)("%j → %j (%s)", (input, expected) => {
    expect(normalizeUrdu(input)).toBe(expected);
  });

  it.each(rows)("is idempotent on %j (%s)", (input) => {
    const once = normalizeUrdu(input);
    expect(normalizeUrdu(once)).toBe(once);
  });

  it("makes run-together and spaced spellings meet", () => {
    expect(normalizeUrdu("کردیا")).toBe(normalizeUrdu("کر دیا"));
    expect(normalizeUrdu("ہوگیا")).toBe(normalizeUrdu("ہو گیا"));
    expect(normalizeUrdu("کرلیا")).toBe(normalizeUrdu("کر  لیا"));
  });

  it("keeps کے and کی apart", () => {
    expect(normalizeUrdu("کے")).not.toBe(normalizeUrdu("کی"));
  });

  it("is idempotent on every chain of stems and auxiliaries", () => {
    const words = ["کر", "ہو", "جا", "رہ", "دے", "دیا", "گیا", "کے", "کی", "رہا", "سکتا"];
    for (const a of words)
      for (const b of words)
        for (const c of words) {
          const once = normalizeUrdu(`${a} ${b} ${c}`);
          expect(normalizeUrdu(once)).toBe(once);
        }
  });
});

describe("urduTokens", () => {
  it.each([
    ["کراچی، لاہور اور اسلام آباد۔", ["کراچی", "لاہور", "اور", "اسلام", "آباد"]],
    ["«\u067E\u0627\u0643\u0633\u062A\u0627\u0646» نے ‘ٹیسٹ’ جیتا؟", ["پاکستان", "نے", "ٹیسٹ", "جیتا"]],
    ["“خبر” ؛ (PSL) ہو گیا!", ["خبر", "psl", "ہوگیا"]],
    ["Covid-19, \u06F2\u06F0\u06F2\u06F6: \u0645\u064E\u062F\u0631\u0633\u0647", ["covid", "19", "2026", "مدرسہ"]],
    ["  ۔،؟ ", []],
    ["", []],
  ])("%j → %j", (input, expected) => {
    expect(urduTokens(input)).toEqual(expected);
  });
});

describe("tagKey", () => {
  it("gives Arabic-form and Urdu-form tags one key", () => {
    expect(tagKey("\u0643\u0631\u0627\u0686\u064A")).toBe(tagKey("کراچی")); // كراچي
    expect(tagKey("\uFB90\uFEAE\uFE8D\uFB7C\uFBFD")).toBe("کراچی"); // presentation forms
  });

  it.each([
    ["  کراچی ", "کراچی"],
    ["عام   انتخابات", "عام انتخابات"],
    [" PSL  2026 ", "psl 2026"],
    ["\u0632\u0643\u0648\u0629", "زکوۃ"], // زكوة
  ])("%j → %j", (input, expected) => {
    expect(tagKey(input)).toBe(expected);
  });
});
