import type { Element, Root } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";

// Elements that run inside a line; every other element separates words.
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "del",
  "em",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
]);

// Footnote chrome (reference numbers, ↩ back-links, the hidden heading) is not
// story text; a number glued to a word would also spoil search.
const isChrome = (node: Element) =>
  node.properties.dataFootnoteRef !== undefined ||
  node.properties.dataFootnoteBackref !== undefined ||
  (Array.isArray(node.properties.className) && node.properties.className.includes("sr-only"));

const collapse = (parts: string[]) => parts.join("").replace(/\s+/g, " ").trim();

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
  return collapse(parts);
}

// Markdown's inline nodes, which hastToText joins without a space, as it joins <em> or <a>.
const MDAST_INLINE = new Set(["emphasis", "strong", "delete", "link", "linkReference"]);

/**
 * The same text as hastToText over the rendered tree, read straight off the
 * Markdown tree, which is several times cheaper than rendering and
 * sanitising it (the search index reads every story's body). Null when the
 * body holds raw HTML: what of it is text is the sanitiser's call.
 */
export function mdastToText(tree: MdastRoot): string | null {
  const parts: string[] = [];
  const footnotes = new Map<string, MdastNodes>();
  const cited: string[] = [];
  let raw = false;
  const walk = (node: MdastNodes) => {
    switch (node.type) {
      case "html":
        raw = true;
        return;
      case "text":
      case "inlineCode":
      case "code":
        parts.push(node.type === "code" ? ` ${node.value} ` : node.value);
        return;
      case "footnoteReference":
        if (!cited.includes(node.identifier)) cited.push(node.identifier);
        return;
      case "footnoteDefinition":
        footnotes.set(node.identifier, node);
        return;
      case "break":
      case "thematicBreak":
        parts.push(" ");
        return;
    }
    if (!("children" in node)) return; // images, definitions: no text on the page
    const gap = MDAST_INLINE.has(node.type) ? "" : " ";
    parts.push(gap);
    for (const child of node.children) walk(child);
    parts.push(gap);
  };
  walk(tree);
  // The rendered page lists cited footnotes at the end, in the order first cited.
  for (let i = 0; i < cited.length; i++) {
    const note = footnotes.get(cited[i]!);
    if (note && "children" in note) for (const child of note.children) walk(child);
  }
  return raw ? null : collapse(parts);
}
