import { defaultSchema, type Options as Schema } from "rehype-sanitize";

/**
 * What an editor may put in a story body. Built from rehype-sanitize's
 * GitHub-style default, narrowed: an allow-list of tags and attributes, so
 * anything not named here (iframe, form, svg, on*, style, srcset, ...) is gone.
 */
export const CLOBBER_PREFIX = "user-content-";

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Only what an editor pastes; h1 survives here and is demoted to h2 later
  // (the page owns the one h1). `section` carries GFM footnotes.
  tagNames: [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "sub",
    "sup",
    "mark",
    "small",
    "abbr",
    "q",
    "cite",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "img",
    "a",
    "code",
    "pre",
    "kbd",
    "span",
    "div",
    "bdi",
    "bdo",
    "time",
    "section",
  ],
  // Removed together with their content: their text is code, styling, fallback
  // markup or raw text that would read as garbage in a story. Every other
  // disallowed element (form, button, video, marquee, ...) is unwrapped so its
  // text stays.
  strip: [
    "script",
    "style",
    "noscript",
    "template",
    "textarea",
    "title",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "iframe",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "select",
  ],
  ancestors: { ...defaultSchema.ancestors, caption: ["table"] },
  attributes: {
    // dir/lang matter in a right-to-left page that quotes English; id is
    // prefixed (clobber below). No class, style or name anywhere.
    "*": ["dir", "lang", "title", "id"],
    a: [
      "href",
      // GFM footnote references and back-references.
      "ariaDescribedBy",
      "ariaLabel",
      "dataFootnoteRef",
      "dataFootnoteBackref",
      ["className", "data-footnote-backref"],
    ],
    img: ["src", "alt", "width", "height"],
    td: ["align", "colSpan", "rowSpan"],
    th: ["align", "colSpan", "rowSpan", "scope"],
    ol: ["start", "reversed"],
    blockquote: ["cite"],
    q: ["cite"],
    del: ["cite", "dateTime"],
    ins: ["cite", "dateTime"],
    time: ["dateTime"],
    code: [["className", /^language-./]],
    h2: [["className", "sr-only"]],
    section: ["dataFootnotes", ["className", "footnotes"]],
  },
  // An element id like `__next_f` or `location` would clobber page globals;
  // prefixed ids can't. `name` is not allowed at all for the same reason.
  clobber: ["id", "ariaDescribedBy", "ariaLabelledBy"],
  clobberPrefix: CLOBBER_PREFIX,
  // Relative URLs pass (no scheme); javascript:, vbscript:, data: never do.
  // The stricter img rule (http(s) or `/...` only) is applied in enhance.ts.
  protocols: {
    href: ["http", "https", "mailto", "tel"],
    src: ["http", "https"],
    cite: ["http", "https"],
  },
};
