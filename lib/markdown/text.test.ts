import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/lib/content/frontmatter";
import { markdownToText, renderMarkdown } from "./render";
import { parseHtml } from "@/lib/testing/html";
import { hastToText } from "./text";

// The text a reader sees on the rendered, sanitised page: what markdownToText's cheaper path must match.
const pageText = (markdown: string) => hastToText(parseHtml(renderMarkdown(markdown)));

const sampleBodies = ["news", "videos", "columns"].flatMap((dir) =>
  fs
    .readdirSync(path.join("content", dir))
    .filter((name) => name.endsWith(".md"))
    .map(
      (name) =>
        [`${dir}/${name}`, splitFrontMatter(fs.readFileSync(path.join("content", dir, name), "utf8")).body] as const,
    ),
);

describe("markdownToText without raw HTML", () => {
  it.each([
    ["headings, emphasis and links", "## سرخی\n\nیہ **بہت** _اہم_ [خبر](https://example.com) ہے۔"],
    ["lists, quotes and code", "> اقتباس **یہاں**\n\n1. ایک\n2. دو\n   - اندر\n\n`کوڈ` اور\n\n```\nبلاک\n```"],
    ["a table", "| شہر | درجہ |\n|:--|--:|\n| کراچی | 30 |"],
    ["footnotes, cited out of order", "پہلا[^b] اور دوسرا[^a]۔\n\n[^a]: الف\n[^b]: بے [^a]\n[^c]: بغیر حوالے"],
    [
      "images, references, breaks and rules",
      "![تصویر](/images/a.jpg) متن  \nاگلی سطر\n\n***\n\n[حوالہ][x]\n\n[x]: https://example.com",
    ],
    ["entities, strikethrough and autolinks", "&amp; &#1575; ~~پرانا~~ www.example.com"],
    ["a bare e-mail address", "رابطہ: desk@example.com"],
    ["a task list", "- [x] مکمل\n- [ ] باقی"],
  ])("reads %s as the page shows it", (_, markdown) => {
    expect(markdownToText(markdown)).toBe(pageText(markdown));
  });

  it("reads every sample story as its page shows it", () => {
    expect(sampleBodies.length).toBeGreaterThan(0);
    for (const [file, body] of sampleBodies) expect(markdownToText(body), file).toBe(pageText(body));
  });
});
