// Test helpers: parse rendered HTML the way a browser would (parse5 through
// rehype-raw), so assertions look at elements and attributes, not at strings.
import type { Element, Root } from "hast";
import { unified } from "unified";
import rehypeRaw from "rehype-raw";

const parser = unified().use(rehypeRaw);

/** Parses a fragment, as it would sit inside an element. */
export function parseHtml(html: string): Root {
  return parser.runSync({ type: "root", children: [{ type: "raw", value: html }] });
}

/** Parses a fragment as a page's body, so `<body onload>` lands on <body>. */
function parseAsPage(html: string): Root {
  return parser.runSync({
    type: "root",
    children: [{ type: "doctype" }, { type: "raw", value: `<html><body>${html}` }],
  });
}

/** Every element, including those inside <template> content. */
export function* elements(parent: Root | Element): Generator<Element> {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    yield child;
    yield* elements(child);
    if (child.content) yield* elements(child.content);
  }
}

export function textOf(node: Root | Element): string {
  return node.children
    .map((child) => (child.type === "text" ? child.value : child.type === "element" ? textOf(child) : ""))
    .join("");
}

const FORBIDDEN_TAGS = new Set([
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "style",
  "meta",
  "link",
  "base",
  "svg",
  "math",
  "template",
  "noscript",
]);
const URL_PROPS = [
  "href",
  "src",
  "srcSet",
  "action",
  "formAction",
  "xLinkHref",
  "data",
  "poster",
  "background",
  "cite",
  "codeBase",
];

/** A URL a browser would run or render as a document: checked after the parser
 *  has decoded entities, with whitespace and control characters removed. */
function dangerousUrl(value: unknown): boolean {
  const url = (Array.isArray(value) ? value.join(",") : String(value))
    // eslint-disable-next-line no-control-regex -- browsers ignore these in a URL, so an attacker may hide a scheme behind them
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
    .toLowerCase();
  return /^(?:javascript|vbscript|data):/.test(url);
}

/** What makes an HTML fragment unsafe, one line per problem (empty when safe). */
export function findViolations(html: string): string[] {
  const problems: string[] = [];
  for (const el of elements(parseAsPage(html))) {
    if (FORBIDDEN_TAGS.has(el.tagName)) problems.push(`<${el.tagName}>`);
    for (const [key, value] of Object.entries(el.properties)) {
      if (/^on/i.test(key)) problems.push(`${el.tagName}[${key}]`);
      if (key === "style") problems.push(`${el.tagName}[style]`);
      if (URL_PROPS.includes(key) && dangerousUrl(value)) problems.push(`${el.tagName}[${key}=${String(value)}]`);
    }
  }
  return problems;
}
