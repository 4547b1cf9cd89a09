import type { Element } from "hast";
import { describe, expect, it } from "vitest";
import { readAlsoSlots } from "./read-also";
import { renderMarkdown, renderStoryBody, type RelatedLink } from "./render";
import { elements, parseHtml, textOf } from "@/lib/testing/html";

const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `فقرہ ${i + 1}`).join("\n\n");
const links = (count: number): RelatedLink[] =>
  Array.from({ length: count }, (_, i) => ({ href: `/news/story-${i + 1}`, title: `خبر ${i + 1}` }));

const isReadAlso = (el: Element) => el.properties.className?.toString() === "read-also";
const readAlsoAnywhere = (html: string) => [...elements(parseHtml(html))].filter(isReadAlso);

/** The body's top-level blocks: a paragraph's text, READ(title) for a link, or the tag. */
function outline(html: string): string[] {
  return parseHtml(html)
    .children.filter((node): node is Element => node.type === "element")
    .map((el) => {
      if (isReadAlso(el)) {
        return `READ(${textOf([...elements(el)].find((a) => a.tagName === "a") ?? el)})`;
      }
      return el.tagName === "p" ? textOf(el) : el.tagName;
    });
}

describe("readAlsoSlots", () => {
  it.each([
    [8, 3, [2, 4, 6]],
    [10, 1, [5]],
    [4, 3, [1, 2, 3]],
    [3, 3, [1, 2, Infinity]],
    [2, 2, [1, Infinity]],
    [1, 2, [1, Infinity]],
    [0, 2, [Infinity, Infinity]],
  ])("%i paragraphs, %i links → %j", (p, n, expected) => {
    expect(readAlsoSlots(p, n)).toEqual(expected);
  });
});

describe("renderStoryBody", () => {
  it("spreads 3 links through 8 paragraphs, in order, each once", () => {
    const html = renderStoryBody(paragraphs(8), links(3));
    expect(outline(html)).toEqual([
      "فقرہ 1",
      "فقرہ 2",
      "READ(خبر 1)",
      "فقرہ 3",
      "فقرہ 4",
      "READ(خبر 2)",
      "فقرہ 5",
      "فقرہ 6",
      "READ(خبر 3)",
      "فقرہ 7",
      "فقرہ 8",
    ]);
    expect(readAlsoAnywhere(html)).toHaveLength(3);
  });

  it("writes the exact markup with the default label", () => {
    const html = renderStoryBody(paragraphs(2), [{ href: "/news/x", title: "عنوان" }]);
    expect(html).toBe(
      '<p>فقرہ 1</p>\n<p class="read-also"><strong>یہ بھی پڑھیں:</strong> <a href="/news/x">عنوان</a></p>\n<p>فقرہ 2</p>',
    );
  });

  it("uses the label it is given", () => {
    expect(renderStoryBody(paragraphs(2), links(1), "مزید:")).toContain("<strong>مزید:</strong>");
  });

  it("shows a title with markup and & as text", () => {
    const title = "<b>جلی</b> & <img src=x onerror=alert(1)>";
    const html = renderStoryBody(paragraphs(3), [{ href: "/news/x", title }]);
    const [read] = readAlsoAnywhere(html);
    const anchor = read && [...elements(read)].find((el) => el.tagName === "a");
    expect(anchor?.children.map((child) => child.type)).toEqual(["text"]);
    expect(anchor && textOf(anchor)).toBe(title);
    expect(html).toContain("&#x3C;b>جلی&#x3C;/b> &#x26; &#x3C;img");
  });

  it("puts links after a lone paragraph", () => {
    expect(outline(renderStoryBody("واحد فقرہ", links(2)))).toEqual(["واحد فقرہ", "READ(خبر 1)", "READ(خبر 2)"]);
  });

  it("puts leftovers after the last block when paragraphs run short", () => {
    expect(outline(renderStoryBody(paragraphs(2) + "\n\n- ایک\n- دو", links(3)))).toEqual([
      "فقرہ 1",
      "READ(خبر 1)",
      "فقرہ 2",
      "ul",
      "READ(خبر 2)",
      "READ(خبر 3)",
    ]);
  });

  it("with no links is exactly renderMarkdown", () => {
    const body = `${paragraphs(5)}\n\n> اقتباس\n\n[^1]\n\n[^1]: حوالہ`;
    expect(renderStoryBody(body, [])).toBe(renderMarkdown(body));
  });

  it("never splits a list or table, and counts only top-level paragraphs", () => {
    // A loose list has <p> inside its items: those are not the body's paragraphs.
    const body = [
      "فقرہ 1",
      "- آئٹم ایک\n\n- آئٹم دو\n\n- آئٹم تین",
      "فقرہ 2",
      "| ا | ب |\n|--|--|\n| 1 | 2 |\n| 3 | 4 |",
      "<div><p>اندر</p><p>اندر</p></div>",
      "فقرہ 3",
      "فقرہ 4",
    ].join("\n\n");
    const html = renderStoryBody(body, links(2));
    expect(outline(html)).toEqual([
      "فقرہ 1",
      "READ(خبر 1)",
      "ul",
      "فقرہ 2",
      "table",
      "div",
      "فقرہ 3",
      "READ(خبر 2)",
      "فقرہ 4",
    ]);
    // Both at top level (above), so none inside the list, table or div.
    expect(readAlsoAnywhere(html)).toHaveLength(2);
  });

  it("keeps leftovers ahead of the footnotes", () => {
    expect(outline(renderStoryBody("فقرہ[^1]\n\n[^1]: حوالہ", links(2)))).toEqual([
      "فقرہ1",
      "READ(خبر 1)",
      "READ(خبر 2)",
      "section",
    ]);
  });
});
