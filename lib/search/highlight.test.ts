import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Highlighted } from "@/components/Highlighted";
import { excerpt, highlight, queryMatch } from "./highlight";

const marked = (text: string, terms: string[]) =>
  highlight(text, queryMatch(terms))
    .filter((segment) => segment.mark)
    .map((segment) => segment.text);

describe("highlight", () => {
  it.each([
    ["کراچی میں بارش", ["کراچی"], ["کراچی"], "a plain word"],
    [
      "\u0643\u0631\u0627\u0686\u064A میں بارش",
      ["کراچی"],
      ["\u0643\u0631\u0627\u0686\u064A"],
      "the text's own Arabic spelling is kept",
    ],
    ["مَدرسے کی عمارت", ["مدرسے"], ["مَدرسے"], "the diacritic stays inside the mark"],
    ["حکومت نے فیصلہ کر دیا۔", ["کردیا"], ["کر دیا"], "two words the normaliser joins are one mark"],
    ["PSL کا فائنل", ["psl"], ["PSL"], "Latin matched lower-cased, shown as written"],
    ["کراچی کراچی", ["کراچی"], ["کراچی", "کراچی"], "every occurrence"],
    ["سال ۲۰۲۶ء میں", ["2026"], ["۲۰۲۶ء"], "a number marks its whole word"],
    ["کراچی میں", ["کر"], [], "never part of a word"],
    ["«کراچی»، لاہور۔", ["کراچی", "لاہور"], ["کراچی", "لاہور"], "punctuation stays outside"],
  ])("%j with %j marks %j (%s)", (text, terms, expected) => {
    expect(marked(text, terms)).toEqual(expected);
  });

  it("gives back the text unchanged when joined", () => {
    const text = "«کراچی»، لاہور۔ کر دیا";
    expect(
      highlight(text, queryMatch(["کراچی", "کردیا"]))
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });
});

describe("excerpt", () => {
  const words = Array.from({ length: 40 }, (_, i) => `لفظ${i}`);

  it("shows the words around the first match with ellipses", () => {
    const text = [...words.slice(0, 20), "زعفران", ...words.slice(20)].join(" ");
    const segments = excerpt(text, queryMatch(["زعفران"]), 2);
    expect(segments?.map((s) => s.text).join("")).toBe("… لفظ18 لفظ19 زعفران لفظ20 لفظ21 …");
  });

  it("is null when nothing matched", () => {
    expect(excerpt(words.join(" "), queryMatch(["زعفران"]))).toBeNull();
  });
});

describe("rendering", () => {
  it("escapes the text and marks with <mark> only", () => {
    const text = "<script>alert(1)</script> کراچی & <b>";
    const html = renderToStaticMarkup(
      createElement(Highlighted, { segments: highlight(text, queryMatch(["کراچی", "script"])) }),
    );
    expect(html).toBe(
      '&lt;<mark class="rounded-sm bg-brand-light text-ink">script</mark>&gt;alert(1)&lt;/<mark class="rounded-sm bg-brand-light text-ink">script</mark>&gt; <mark class="rounded-sm bg-brand-light text-ink">کراچی</mark> &amp; &lt;b&gt;',
    );
  });
});
