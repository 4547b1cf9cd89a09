/** The XSS corpus as stories, and a browser routine that gives every payload its chance to run. */
import type { Page } from "@playwright/test";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { xssCorpus } from "@/lib/testing/xss-corpus";

export const START = "آغاز جانچ";
export const END = "اختتام جانچ";

/** Every payload in one body, each between paragraphs of text, as an editor could paste them. */
export const corpusBody = [START, ...xssCorpus.map((c) => `متن\n\n${c.input}\n\nمتن`), END].join("\n\n");

/** Payloads that target the page around the body: head tags, JSON-LD, attributes, link text. */
export const FIELD_PAYLOADS = {
  title: "</script><script>alert(1)</script><img src=x onerror=alert(1)>",
  summary: '"><svg onload=alert(1)>',
  image_alt: '"\' onmouseover=alert(1) x="',
  image_caption: "<script>alert(1)</script>",
  tags: ["<img src=x onerror=alert(1)>", "javascript:alert(1)"],
};

/** The same body with raw HTML passed through: what a reader would get with no sanitiser. */
export function unsanitisedHtml(markdown: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return String(processor.processSync(markdown));
}

/** Counts dialogs (alert, confirm, prompt), dismissing each so the page goes on. */
export function countDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

/**
 * Hovers, focuses and clicks every element under `root`, then waits for
 * pictures to fail and animations to start, so payloads bound to those
 * events fire if they survived. Ordinary links are kept from navigating;
 * javascript: ones are let through, since running is what is tested.
 */
export async function exercise(page: Page, rootSelector: string): Promise<void> {
  await page.evaluate(async (selector) => {
    document.addEventListener(
      "click",
      (event) => {
        const link = event.target instanceof Element ? event.target.closest("a, area") : null;
        if (!/^\s*javascript:/i.test(link?.getAttribute("href") ?? "")) event.preventDefault();
      },
      true,
    );
    for (const element of document.querySelectorAll(`${selector}, ${selector} *`)) {
      for (const type of [
        "mouseover",
        "mouseenter",
        "mousedown",
        "mouseup",
        "focus",
        "focusin",
        "toggle",
        "animationstart",
      ]) {
        element.dispatchEvent(new Event(type, { bubbles: true }));
      }
      if (element instanceof HTMLElement || element instanceof SVGElement) {
        element.focus();
        if (element instanceof HTMLElement) element.click();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }, rootSelector);
}

/** Inline event-handler attributes anywhere in the document: React and Next never write any. */
export function inlineHandlers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
    ),
  );
}
