import type { Element, Root } from "hast";
import { sanitizeSchema } from "./schema";

// The sanitiser removes these with everything inside them. Left open in a
// pasted snippet (`<iframe src=...>` with no `</iframe>`), one would take the
// story after it along, so it is closed where the snippet ends. `embed` has
// no content and `plaintext` no end tag, so neither can be closed.
const NO_END_TAG = ["embed", "plaintext"];
const DROPPED = (sanitizeSchema.strip ?? []).filter((name) => !NO_END_TAG.includes(name));
const OPENER = new RegExp(`<(${DROPPED.join("|")})\\b[^>]*>`, "gi");

/** The dropped element a chunk of HTML leaves open, if any. */
function leftOpen(html: string): string | undefined {
  const lower = html.toLowerCase();
  OPENER.lastIndex = 0;
  for (let match = OPENER.exec(lower); match; match = OPENER.exec(lower)) {
    const close = lower.indexOf(`</${match[1]}`, OPENER.lastIndex);
    if (close === -1) return match[1];
    OPENER.lastIndex = close;
  }
  return undefined;
}

function walk(parent: Root | Element): void {
  const { children } = parent;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child?.type === "element") walk(child);
    if (child?.type !== "raw") continue;
    const name = leftOpen(child.value);
    if (!name) continue;
    // Closed by a later sibling (`<script>` … text … `</script>`): fine as is.
    const closedLater = children
      .slice(i + 1)
      .some((next) => next.type === "raw" && next.value.toLowerCase().includes(`</${name}`));
    if (!closedLater) children.splice(i + 1, 0, { type: "raw", value: `</${name}>` });
  }
}

/** Runs before rehype-raw, on the raw HTML nodes remark-rehype leaves. */
export function rehypeCloseDropped() {
  return (tree: Root) => walk(tree);
}
