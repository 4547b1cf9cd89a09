/**
 * A small XML tree and its serialiser: every text and attribute value is
 * escaped in one place, and characters XML 1.0 forbids are dropped, so no
 * story can make a feed or sitemap ill-formed.
 */

export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string | undefined>>;
  children: readonly XmlChild[];
}
export type XmlChild = XmlElement | string;

/** An element; undefined attributes and null/undefined/false children are left out, so optional fields read plainly. */
export function el(
  name: string,
  attrs: Readonly<Record<string, string | undefined>> = {},
  ...children: (XmlChild | null | undefined | false | readonly XmlChild[])[]
): XmlElement {
  const kept = children
    .flat()
    .filter((child): child is XmlChild => child !== null && child !== undefined && child !== false);
  return { name, attrs, children: kept };
}

// XML 1.0's Char production; the `u` flag makes a lone surrogate one code point outside it.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, "").replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

function render(node: XmlChild, indent: string): string {
  if (typeof node === "string") return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  const open = `${indent}<${node.name}${attrs}`;
  if (node.children.length === 0) return `${open}/>`;
  // Elements holding only elements go one per line; text stays inline, where whitespace would change it.
  if (node.children.every((child) => typeof child !== "string")) {
    const inner = node.children.map((child) => render(child, `${indent}  `)).join("\n");
    return `${open}>\n${inner}\n${indent}</${node.name}>`;
  }
  return `${open}>${node.children.map((child) => render(child, "")).join("")}</${node.name}>`;
}

/** The document, with its declaration. */
export function renderXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, "")}\n`;
}
