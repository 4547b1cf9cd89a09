import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseYamlText, splitFrontMatter } from "./frontmatter";

/** What the `yaml` package alone makes of a block: the meaning both readers must share. */
function yamlReads(text: string): unknown {
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return "refused";
  return doc.toJS();
}

function parsed(text: string): unknown {
  try {
    return parseYamlText(text);
  } catch {
    return "refused";
  }
}

describe("front matter YAML", () => {
  it("reads a story's fields with YAML 1.2's core schema: dates stay text", () => {
    const block = [
      "",
      'title: "کراچی: پانی کا نیا منصوبہ"',
      "summary: 'ایک ''اقتباس'' اور باقی'",
      "date: 2026-01-28T09:30:00+05:00",
      "updated: 2026-13-45",
      "tags: [کراچی, پانی]",
      "count: 0o17",
      "binary: 0b101",
      "grouped: 1_000",
      "flag: True",
      "none: ~",
      "corrections:",
      "  - date: 2026-01-29",
      "    text: درستی # a comment",
      "",
    ].join("\n");
    expect(parseYamlText(block)).toEqual({
      title: "کراچی: پانی کا نیا منصوبہ",
      summary: "ایک 'اقتباس' اور باقی",
      date: "2026-01-28T09:30:00+05:00",
      updated: "2026-13-45",
      tags: ["کراچی", "پانی"],
      count: 15,
      binary: "0b101",
      grouped: "1_000",
      flag: true,
      none: null,
      corrections: [{ date: "2026-01-29", text: "درستی" }],
    });
    expect(parseYamlText("")).toBeNull();
  });

  it("refuses what YAML refuses, with its message, even where a lenient reader would guess", () => {
    expect(() => parseYamlText('\ntitle: "two\nlines"\ndate: 2026-01-28')).toThrow('is not valid YAML: Missing closing "quote (line 2)');
    expect(() => parseYamlText("\ntitle: x\ntags:\n\t- a")).toThrow("is not valid YAML: Tabs are not allowed as indentation (line 4)");
    expect(() => parseYamlText(`${"k".repeat(1100)}: v`)).toThrow("is not valid YAML");
  });

  it("reads every block as the yaml package does, plain or not", () => {
    const blocks = [
      "title: x\r\ntags: [a, b]\r\n",
      "a: 1\n b: 2",
      "a:\n  - x\n - y",
      "title: a\u2028b\nsummary: c\u0085d",
      'title: "a\\u0627\\x41\\tb"',
      "title:\n  >+\n    x\n  \n  ",
      "|2\n   x\n",
      "list:\n  - -\n  - z",
      "\t x",
      'title: "a\rb"',
      "binary: [0b1]",
      "related: [bench-1\n]",
      "a: &x 1\nb: *x",
      "title: x: y",
      "title: [a, b",
      "title: '''",
      "numbers: [+12, .5, 1e3, -.Inf, .NaN, 017, 0x1F, 12345678901234567890]",
      "keys:\n  1: a\n  true: b\n  x y: c",
      "title: زبردست! خبر",
      "title: 50% * 2 & more",
    ];
    for (const block of blocks) expect([block, parsed(block)]).toEqual([block, yamlReads(block)]);
  });
});

/** gray-matter's split of a file, with the same YAML reader: the answer splitFrontMatter must give. */
function grayMatterSplits(text: string) {
  const file = matter(text, { engines: { yaml: { parse: parseYamlText as (input: string) => object, stringify: () => "" } } });
  const before = text.length - file.content.length;
  return { data: file.data, body: file.content, bodyLine: text.slice(0, before).split("\n").length };
}

describe("splitting a file", () => {
  it("finds the block, the body and the body's first line where gray-matter does", () => {
    const files = [
      "---\ntitle: x\n---\nمتن\n",
      "---\r\ntitle: x\r\n---\r\nمتن\r\n",
      "---yaml\ntitle: x\n---\n\nمتن",
      "---YML  \ntitle: x\n---\nمتن",
      "---   \ntitle: x\n---\nمتن",
      "---\ntitle: x\n---\n---\nایک لکیر کے بعد\n",
      "---\ntitle: x\n----\nمتن",
      "---\ntitle: x\n",
      "---\n# صرف تبصرہ\n---\nمتن",
      "---\n~\n---\nمتن",
      "---\n\n---\nمتن",
      "----\ntitle: x\n----\nمتن",
      "صرف متن\n---\ntitle: x\n---\n",
      "---",
      "",
      " ---\ntitle: x\n---\n",
    ];
    for (const file of files) expect([file, splitFrontMatter(file)]).toEqual([file, grayMatterSplits(file)]);
  });

  it("drops a byte-order mark and counts the body's line from the file's top", () => {
    expect(splitFrontMatter("\uFEFF---\ntitle: x\ndate: 2026-01-28\n---\n\nمتن")).toEqual({
      data: { title: "x", date: "2026-01-28" },
      body: "\nمتن",
      bodyLine: 5,
    });
  });

  it("refuses any language but YAML after the opening ---, naming it", () => {
    expect(() => splitFrontMatter("---toml\ntitle = 1\n---\n")).toThrow('"---toml" front matter is not allowed; write YAML between --- lines');
    expect(() => splitFrontMatter("---*\ntitle: x\n---\n")).toThrow('"---*" front matter is not allowed; write YAML between --- lines');
  });
});
