import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { el, escapeXml, renderXml } from "./xml";

describe("escapeXml", () => {
  it.each([
    ["a & b", "a &amp; b"],
    ["<script>", "&lt;script&gt;"],
    ['say "hi"', "say &quot;hi&quot;"],
    ["NUL\u0000 and BEL\u0007 go", "NUL and BEL go"],
    ["lone \uD800 surrogate", "lone  surrogate"],
    ["\uFFFE\uFFFF", ""],
    ["کراچی 😀\ttab", "کراچی 😀\ttab"],
  ])("%j → %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe("renderXml", () => {
  it("writes text, attributes and nesting, leaving out what is undefined", () => {
    const xml = renderXml(el("a", { x: "1 & 2", y: undefined }, el("b", {}, "<ok>"), null, false, el("c")));
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2">\n  <b>&lt;ok&gt;</b>\n  <c/>\n</a>\n');
  });

  it("stays well-formed whatever the text holds", () => {
    const hostile = 'x]]>y</title><!-- "\u0000\u001F\uD800 & &amp;';
    const xml = renderXml(el("root", { attr: hostile }, el("title", {}, hostile)));
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});
