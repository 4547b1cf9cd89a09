import type { Element, Root } from "hast";

// Elements that run inside a line; every other element separates words.
const INLINE = new Set([
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "em", "i", "ins", "kbd",
  "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u",
]);

// Footnote chrome (reference numbers, ↩ back-links, the hidden heading) is not
// story text; a number glued to a word would also spoil search.
const isChrome = (node: Element) =>
  node.properties.dataFootnoteRef !== undefined ||
  node.properties.dataFootnoteBackref !== undefined ||
  (Array.isArray(node.properties.className) && node.properties.className.includes("sr-only"));

/** Text of a sanitised tree; entities are already decoded by the parsers. */
export function hastToText(tree: Root): string {
  const parts: string[] = [];
  const walk = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type === "text") parts.push(child.value);
      if (child.type !== "element" || isChrome(child)) continue;
      const gap = INLINE.has(child.tagName) ? "" : " ";
      parts.push(gap);
      walk(child);
      parts.push(gap);
    }
  };
  walk(tree);
  return parts.join("").replace(/\s+/g, " ").trim();
}
