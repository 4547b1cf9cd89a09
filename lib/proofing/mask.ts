/** Marks what in a line is not prose: code, URLs, markup. A rule neither reads it as words nor changes it. */

export interface Segment {
  /** The front-matter field, or "body". */
  field: string;
  /** Offset of the segment's first character in the file. */
  start: number;
  text: string;
  /** 1 where the character is not prose. */
  masked: Uint8Array;
  /** A table row: its padding spaces line the cells up and are left alone. */
  table: boolean;
}

function mask(masked: Uint8Array, from: number, to: number): void {
  masked.fill(1, Math.max(0, from), Math.min(masked.length, to));
}

function maskAll(masked: Uint8Array, text: string, pattern: RegExp): void {
  for (const match of text.matchAll(pattern)) mask(masked, match.index, match.index + match[0].length);
}

// What ends a sentence is not part of the URL before it (as GFM reads bare links).
const URL_TAIL = /[.,:;!?'"*_~،؛؟۔]+$/;

/** Bare URLs and e-mail addresses: shared by Markdown and front-matter text. */
export function maskLinks(masked: Uint8Array, text: string): void {
  for (const match of text.matchAll(/(?:https?:\/\/|www\.)[^\s<>]+/gi)) {
    let url = match[0].replace(URL_TAIL, "");
    // A closing bracket belongs to the URL only when it opened one.
    while (url.endsWith(")") && url.split(")").length > url.split("(").length)
      url = url.slice(0, -1).replace(URL_TAIL, "");
    mask(masked, match.index, match.index + url.length);
  }
  maskAll(masked, text, /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g);
}

/** Code spans: a run of backticks up to the next run of the same length. */
function maskCode(masked: Uint8Array, text: string): void {
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "`" || text[i - 1] === "\\") {
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === "`") n++;
    const fence = "`".repeat(n);
    let close = text.indexOf(fence, i + n);
    while (close >= 0 && text[close + n] === "`") close = text.indexOf(fence, close + n + 1);
    if (close < 0) {
      i += n;
      continue;
    }
    mask(masked, i, close + n);
    i = close + n;
  }
}

/** `](destination "title")`: the target of a link or picture, brackets balanced. */
function maskDestinations(masked: Uint8Array, text: string): void {
  let from = text.indexOf("](");
  while (from >= 0) {
    let depth = 0;
    let end = from + 1;
    for (; end < text.length; end++) {
      if (text[end] === "(") depth++;
      else if (text[end] === ")" && --depth === 0) break;
    }
    mask(masked, from, end + 1);
    from = text.indexOf("](", end);
  }
}

/** The masks of one line of a Markdown body. */
export function maskInline(text: string): Uint8Array {
  const masked = new Uint8Array(text.length);
  // Most lines of a story hold none of the characters markup starts with.
  if (!/[<&\\[\]`@]|www\.|:\/\//.test(text)) return masked;
  maskCode(masked, text);
  maskAll(masked, text, /<!--.*?-->/g);
  maskAll(masked, text, /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g); // HTML tags
  maskAll(masked, text, /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>/g); // autolinks
  maskAll(masked, text, /&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g); // entities
  maskAll(masked, text, /\\[!-/:-@[-`{-~]/g); // a character the editor escaped
  maskAll(masked, text, /\[\^[^\]]+\]|\]\[[^\]]*\]/g); // footnote and reference labels
  maskDestinations(masked, text);
  maskLinks(masked, text);
  return masked;
}
