import type { Element, Root, RootContent } from "hast";
import type { VFile } from "vfile";

export interface RelatedLink {
  href: string;
  title: string;
}

interface ReadAlso {
  links: RelatedLink[];
  label: string;
}

// Per-call input travels on the file so the one shared processor can serve it.
declare module "vfile" {
  interface DataMap {
    readAlso?: ReadAlso;
  }
}

/**
 * For link i, how many top-level paragraphs it follows; Infinity means after
 * the last block. Spread at round((i+1)P/(N+1)), one link per gap, never
 * before the first paragraph nor after the last when there are two or more.
 */
export function readAlsoSlots(paragraphs: number, links: number): number[] {
  const lastGap = paragraphs >= 2 ? paragraphs - 1 : paragraphs;
  const slots: number[] = [];
  let previous = 0;
  for (let i = 0; i < links; i++) {
    const slot = Math.max(Math.round(((i + 1) * paragraphs) / (links + 1)), previous + 1);
    slots.push(slot <= lastGap ? slot : Infinity);
    previous = slot;
  }
  return slots;
}

const isElement = (node: RootContent, tagName: string): node is Element =>
  node.type === "element" && node.tagName === tagName;

const isFootnotes = (node: RootContent) => isElement(node, "section") && node.properties.dataFootnotes !== undefined;

function block({ href, title }: RelatedLink, label: string): Element {
  // Text nodes, so a title is always shown as text, never parsed as markup.
  return {
    type: "element",
    tagName: "p",
    properties: { className: ["read-also"] },
    children: [
      { type: "element", tagName: "strong", properties: {}, children: [{ type: "text", value: label }] },
      { type: "text", value: " " },
      { type: "element", tagName: "a", properties: { href }, children: [{ type: "text", value: title }] },
    ],
  };
}

/** Places the "یہ بھی پڑھیں" links between the body's top-level blocks. */
export function rehypeReadAlso() {
  return (tree: Root, file: VFile) => {
    const readAlso = file.data.readAlso;
    if (!readAlso || readAlso.links.length === 0) return;
    const { links, label } = readAlso;
    const slots = readAlsoSlots(tree.children.filter((n) => isElement(n, "p")).length, links.length);
    const out: RootContent[] = [];
    const place = (slot: number) =>
      links.forEach((link, i) => {
        if (slots[i] === slot) out.push({ type: "text", value: "\n" }, block(link, label));
      });
    // Leftovers go after the story's last block, ahead of any footnotes.
    const end = tree.children.findIndex(isFootnotes);
    let paragraphs = 0;
    tree.children.forEach((child, i) => {
      if (i === end) place(Infinity);
      out.push(child);
      if (isElement(child, "p")) place(++paragraphs);
    });
    if (end === -1) place(Infinity);
    tree.children = out;
  };
}
