import type { Element, Root } from "hast";
import { site } from "@/lib/site";
import { CLOBBER_PREFIX } from "./schema";

const SITE_HOST = new URL(site.url).host;
// An http(s) URL or a path on this site; `//host` and `/\host` are other hosts.
const IMG_SRC = /^(?:https?:\/\/|\/(?![/\\]))/i;

function isExternal(href: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== SITE_HOST;
  } catch {
    return true;
  }
}

/** Adjusts one sanitised element; false means drop it. */
function adjust(node: Element): boolean {
  const props = node.properties;
  if (node.tagName === "h1") node.tagName = "h2";
  if (node.tagName === "img") {
    if (typeof props.src !== "string" || !IMG_SRC.test(props.src)) return false;
    props.loading = "lazy";
    props.decoding = "async";
  }
  if (node.tagName === "a" && typeof props.href === "string") {
    // Ids were prefixed by the sanitiser, so in-page links must follow suit
    // (this is what keeps footnotes and editors' own anchors working).
    if (props.href.length > 1 && props.href.startsWith("#")) {
      props.href = `#${CLOBBER_PREFIX}${props.href.slice(1)}`;
    } else if (isExternal(props.href)) {
      props.rel = ["noopener", "noreferrer"];
    }
  }
  return true;
}

function walk(parent: Root | Element): void {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const child = parent.children[i];
    if (child?.type !== "element") continue;
    if (adjust(child)) walk(child);
    else parent.children.splice(i, 1);
  }
}

/** Runs after the sanitiser: what it adds is the site's own, not the editor's. */
export function rehypeEnhance() {
  return (tree: Root) => walk(tree);
}
