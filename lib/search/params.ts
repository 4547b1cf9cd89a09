/** What a search request asks for, made safe from whatever its URL held. */

/** Longer queries are cut here: nobody types more, and it bounds the work a request can ask for. */
export const MAX_QUERY_LENGTH = 200;

type Param = string | string[] | undefined;

const first = (raw: Param): string => (Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? ""));

// A high or low surrogate without its partner: JavaScript strings can hold one, UTF-8 cannot.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters (NUL and the like) and the replacement character left by bad percent-encoding.
// eslint-disable-next-line no-control-regex -- control characters are what it strips
const CONTROL = /[\u0000-\u001F\u007F-\u009F\uFFFD]/g;

/**
 * The query as the page shows and searches it, from whatever the URL held:
 * the first `q` if repeated, control characters and broken surrogates
 * removed, whitespace collapsed, cut to MAX_QUERY_LENGTH characters.
 */
export function cleanQuery(raw: Param): string {
  const clean = first(raw).replace(LONE_SURROGATE, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  // By code point, so a cut never leaves half a surrogate pair.
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/** `?page=N` as a number from 1; anything else (absent, 0, "abc", absurdly long) is page 1. */
export function pageNumber(raw: Param): number {
  const text = first(raw);
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : 1;
}
