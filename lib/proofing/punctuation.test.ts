import { describe, expect, it } from "vitest";
import { fixed, flagged } from "@/lib/testing/proofing";

describe("latin-punctuation: , ? ; % in Urdu sentences", () => {
  it("writes ، ؟ ؛ ٪", () => {
    expect(fixed("کراچی, لاہور اور پشاور; کیا ہوا? قیمت 5% بڑھی")).toBe(
      "کراچی، لاہور اور پشاور؛ کیا ہوا؟ قیمت 5٪ بڑھی",
    );
  });

  it("leaves Latin phrases, English names and numbers alone", () => {
    const text = "اجلاس میں Microsoft, Google and Apple شریک تھے، What next? a 5% rise; 1,000 روپے اور 3.5 فیصد";
    expect(flagged(text, "latin-punctuation")).toEqual([]);
  });

  it("leaves URLs, link targets, code and HTML alone", () => {
    const text =
      'دیکھیں https://example.com/a?b=1,2;c=3 اور [رپورٹ](/news/x?a=1,2 "عنوان, دوسرا") اور `a, b?` اور <span title="ہاں, نہیں">متن</span>';
    expect(flagged(text, "latin-punctuation")).toEqual([]);
  });

  it("leaves fenced and indented code alone", () => {
    expect(flagged("متن\n\n```\nکراچی, لاہور?\n```\n\n    کراچی, لاہور")).toEqual([]);
  });
});

describe("full-stop: a . ending an Urdu sentence", () => {
  it("writes ۔", () => {
    expect(fixed("بارش ہوئی. پھر رک گئی.")).toBe("بارش ہوئی۔ پھر رک گئی۔");
    expect(fixed("انہوں نے کہا ’ہاں‘. پھر [رپورٹ](https://x.com/a).")).toBe(
      "انہوں نے کہا ’ہاں‘۔ پھر [رپورٹ](https://x.com/a)۔",
    );
  });

  it("leaves decimals, ellipses, abbreviations, list numbers and file names alone", () => {
    expect(flagged("شرح 3.5 فیصد رہی... U.S. اور Dr. Khan نے report.pdf دیکھی\n\n1. پہلا نکتہ")).toEqual([]);
  });

  it("writes ۔ inside an Urdu abbreviation and keeps it tight", () => {
    expect(fixed("جماعت پی.ٹی.آئی نے کہا")).toBe("جماعت پی۔ٹی۔آئی نے کہا");
  });
});

describe("double-space", () => {
  it("makes two or more spaces between words one", () => {
    expect(fixed("کراچی  میں   بارش")).toBe("کراچی میں بارش");
  });

  it("leaves indentation, a Markdown line break and table padding alone", () => {
    expect(flagged("- پہلا\n  - دوسرا\n\nسطر  \nاگلی سطر\n\n| کالم  | دوسرا |\n| --- | --- |")).toEqual([]);
  });
});

describe("space-before: a space before Urdu punctuation", () => {
  it("removes it", () => {
    expect(fixed("کراچی ، لاہور اور پشاور ۔ کیوں ؟ واہ !")).toBe("کراچی، لاہور اور پشاور۔ کیوں؟ واہ!");
  });

  it("leaves a space before ! in English, and a line that starts with a mark", () => {
    expect(flagged("Wow ! یہ خبر\n\n؟ سوال")).toEqual([]);
  });
});

describe("space-after: no space after Urdu punctuation", () => {
  it("adds one", () => {
    expect(fixed("کراچی،لاہور اور پشاور۔اس کے بعد کیوں؟کیسے")).toBe("کراچی، لاہور اور پشاور۔ اس کے بعد کیوں؟ کیسے");
  });

  it("leaves abbreviations, digits and closing quotes alone", () => {
    expect(flagged("پی۔ٹی۔آئی اور ایم۔اے، 1،000 اور ’ہاں،‘ کہا")).toEqual([]);
  });

  it("fixes a Latin comma with no space in one run", () => {
    expect(fixed("کراچی,لاہور")).toBe("کراچی، لاہور");
  });
});
