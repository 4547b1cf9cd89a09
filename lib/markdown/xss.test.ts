import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderMarkdown, renderStoryBody } from "./render";
import { findViolations } from "@/lib/testing/html";
import { xssCorpus } from "@/lib/testing/xss-corpus";

const wrap = (input: string) => `قبل متن\n\n${input}\n\nبعد متن`;

// Markdown to HTML with raw HTML passed through untouched: the page a payload
// would make if nothing sanitised it.
const unsanitised = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true });

describe("XSS corpus", () => {
  it("has at least 30 payloads", () => {
    expect(xssCorpus.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(xssCorpus)("$name", ({ input }) => {
    it("is dangerous unsanitised, so the checker is shown to catch it", () => {
      expect(findViolations(String(unsanitised.processSync(wrap(input))))).not.toEqual([]);
    });

    it("renders safe, keeping the text around it", () => {
      const html = renderMarkdown(wrap(input));
      expect(html).toContain("قبل متن");
      expect(html).toContain("بعد متن");
      expect(findViolations(html)).toEqual([]);
    });
  });

  it("stays safe in a story body with related links", () => {
    const html = renderStoryBody(xssCorpus.map((c) => wrap(c.input)).join("\n\n"), [
      { href: "/news/a", title: '<img src=x onerror="alert(1)">' },
    ]);
    expect(findViolations(html)).toEqual([]);
  });
});
