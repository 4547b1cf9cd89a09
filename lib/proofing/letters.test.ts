import { describe, expect, it } from "vitest";
import { fixed, flagged } from "@/lib/testing/proofing";

describe("arabic-letter: Arabic letter forms in Urdu text", () => {
  it("flags ي ى ك ة ۀ and writes the Urdu form", () => {
    expect(flagged("كراچي میں عيسى کی زكوة اور خانۀ کعبہ", "arabic-letter").map(([, c]) => c)).toEqual([
      "ك",
      "ي",
      "ي",
      "ى",
      "ك",
      "ة",
      "ۀ",
    ]);
    expect(fixed("كراچي میں عيسى کی زكوة اور خانۀ کعبہ")).toBe("کراچی میں عیسی کی زکوۃ اور خانۂ کعبہ");
  });

  it("writes ہ for ه where no aspirate is possible", () => {
    expect(fixed("یه وه بات ہے اور الله کا شکر")).toBe("یہ وہ بات ہے اور اللہ کا شکر");
  });

  it("flags ه after a letter that takes an aspirate, but leaves the choice of ہ or ھ to the editor", () => {
    expect(flagged("ساته چلیں اور کہا که ہاں")).toEqual([
      ["arabic-letter", "ه"],
      ["arabic-letter", "ه"],
    ]);
    expect(fixed("ساته چلیں اور کہا که ہاں")).toBe("ساته چلیں اور کہا که ہاں");
  });

  it("reads Arabic presentation forms as their letters", () => {
    expect(fixed("کراچی ﻛﺎ موسم")).toBe("کراچی کا موسم");
  });

  it("leaves a vowelled Arabic quotation, and a line with no Urdu letter, as they are", () => {
    expect(flagged("انہوں نے کہا کہ اِنَّ اللّٰهَ مَعَ الصّٰبِرِيْنَ پڑھیں")).toEqual([]);
    expect(flagged("بسم الله الرحمن الرحيم")).toEqual([]);
  });

  it("leaves code, URLs and English alone", () => {
    expect(flagged("کراچی `كود` اور https://example.com/كتاب اور Kamal")).toEqual([]);
  });
});

describe("arabic-digit: Arabic-Indic digits", () => {
  it("writes the Urdu digit", () => {
    expect(flagged("قیمت ١٢٣ روپے", "arabic-digit")).toHaveLength(3);
    expect(fixed("قیمت ١٢٣ روپے اور ٤٥٦")).toBe("قیمت ۱۲۳ روپے اور ۴۵۶");
  });

  it("leaves Urdu and Western digits, and numbers like 3.5", () => {
    expect(flagged("قیمت ۱۲۳ روپے، 3.5 فیصد")).toEqual([]);
  });
});

describe("invisible: stray zero-width and bidi characters", () => {
  it("removes zero-width spaces, bidi marks and joiners that join nothing", () => {
    const text = "کراچی\u200B میں \u200Fبارش\u200C ہوئی \u202Bتیز\u202C اور\u2066 ٹھنڈی\u2069";
    expect(flagged(text).map(([rule]) => rule)).toEqual(Array(7).fill("invisible"));
    expect(fixed(text)).toBe("کراچی میں بارش ہوئی تیز اور ٹھنڈی");
  });

  it("keeps a non-joiner or joiner between two letters, where it shapes them", () => {
    expect(flagged("ذمہ\u200Cداری اور ہ\u200Dے")).toEqual([]);
  });

  it("leaves code alone", () => {
    expect(flagged("یہ `a\u200Bb` ہے")).toEqual([]);
  });
});

describe("tatweel", () => {
  it("removes a tatweel stretching a word", () => {
    expect(fixed("ٹیکـــس میں اضافہ")).toBe("ٹیکس میں اضافہ");
  });

  it("flags a tatweel outside a word without changing it", () => {
    expect(flagged("نوٹ ـ یہ خبر")).toEqual([["tatweel", "ـ"]]);
    expect(fixed("نوٹ ـ یہ خبر")).toBe("نوٹ ـ یہ خبر");
  });
});
