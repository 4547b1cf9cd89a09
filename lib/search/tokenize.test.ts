import { describe, expect, it } from "vitest";
import { indexTerms, matchesAsPrefix, queryTerms } from "./tokenize";

describe("indexTerms", () => {
  it.each([
    ["سال ۲۰۲۶ء", ["سال", "2026ء", "2026"]],
    ["کووڈ19 کیسز", ["کووڈ19", "کووڈ", "19", "کیسز"]],
    ["فیصلہ کر دیا گیا", ["فیصلہ", "کردیا", "گیا"]],
    ["\u0643\u0631\u0627\u0686\u064A", ["کراچی"]], // كراچي
    ["1,800 سے زائد", ["1", "800", "سے", "زائد"]],
  ])("%j → %j", (text, expected) => {
    expect(indexTerms(text)).toEqual(expected);
  });
});

describe("queryTerms", () => {
  it.each([
    ["کراچی میں پانی", ["کراچی", "پانی"], "function words dropped next to others"],
    ["میں", ["میں"], "a function word alone is kept"],
    ["کر دیا", ["کردیا"], "spaced verb joined as in the index"],
    ["\u0643\u0631\u0627\u0686\u064A \u0643\u0631\u0627\u0686\u064A", ["کراچی"], "Arabic forms, repeated word once"],
    ["۲۰۲۶ء", ["2026ء"], "Urdu digits"],
    ["  ۔؟ ", [], "punctuation only"],
  ])("%j → %j (%s)", (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });

  it("keeps at most a dozen terms", () => {
    const words = Array.from({ length: 40 }, (_, i) => `لفظ${i}`).join(" ");
    expect(queryTerms(words)).toHaveLength(12);
  });
});

describe("matchesAsPrefix", () => {
  it.each([
    ["خبر", true],
    ["کر", false],
    ["2026", false],
  ])("%j → %j", (term, expected) => {
    expect(matchesAsPrefix(term)).toBe(expected);
  });
});
