import { describe, expect, it } from "vitest";
import { proseSegments } from "./segments";

/** Each segment as field: its text, with masked characters shown as █. */
function read(text: string, kind: "story" | "author" = "story"): string[] {
  return proseSegments(text, kind).map(
    (seg) => `${seg.field}: ${[...seg.text].map((c, i) => (seg.masked[i] ? "█" : c)).join("")}`,
  );
}

describe("prose in front matter", () => {
  it("reads plain, quoted and block values of the prose fields only", () => {
    const text = [
      "---",
      "title: سرخی # comment",
      "summary: 'اس کا ''خلاصہ'''",
      'image_alt: "تصویر \\"اندر\\""',
      "image_caption: |",
      "  پہلی سطر",
      "  دوسری سطر",
      "author: news-desk",
      "category: pakistan",
      "tags:",
      "  - کراچی",
      '  - "بارش"',
      "related: [a, b]",
      "---",
      "",
    ].join("\n");
    expect(read(text)).toEqual([
      "title: سرخی",
      "summary: اس کا ██خلاصہ██",
      "image_alt: تصویر ██اندر██",
      "image_caption: پہلی سطر",
      "image_caption: دوسری سطر",
      "tags: کراچی",
      "tags: بارش",
    ]);
  });

  it("reads an author's name and role", () => {
    expect(read("---\nname: نام\nrole: کردار\nimage: /images/x.jpg\n---\nتعارف\n", "author")).toEqual([
      "name: نام",
      "role: کردار",
      "body: تعارف",
    ]);
  });
});

describe("prose in the body", () => {
  it("skips code blocks, HTML comments and reference definitions, and masks inline code, links and markup", () => {
    const text = [
      "---",
      "title: t",
      "---",
      "## سرخی",
      "- نکتہ `کوڈ` اور <b>موٹا</b> [لنک](https://x.com/a) &amp; \\*",
      "```js",
      "const a = 1, b = 2;",
      "```",
      "<!--",
      "تبصرہ",
      "-->",
      "[1]: https://example.com",
      "    indented code",
      "ای میل a@b.com یا www.example.com, یہاں",
    ].join("\n");
    expect(read(text)).toEqual([
      "title: t",
      "body: سرخی",
      "body: نکتہ █████ اور ███موٹا████ [لنک██████████████████ █████ ██",
      "body: ای میل ███████ یا ███████████████, یہاں",
    ]);
  });
});
