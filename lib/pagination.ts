/**
 * Fixed-size pages for every story list. Page 1 lives at the list's own URL,
 * page N at `<list>/page/N`; anything else is not a page.
 */

export const PAGE_SIZE = 12;

export interface PageSlice<T> {
  items: readonly T[];
  /** 1-based. */
  number: number;
  count: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The number a `/page/N` segment names: `2` from "2"; null for "0", "02", "1.5", "abc". */
export function parsePageNumber(raw: string): number | null {
  return /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : null;
}

/** Page `number` of `items`, or null past the end. An empty list still has page 1. */
export function pageOf<T>(items: readonly T[], number: number, size = PAGE_SIZE): PageSlice<T> | null {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return null;
  return { items: items.slice((number - 1) * size, number * size), number, count };
}

export function pagePath(listPath: string, number: number): string {
  return number === 1 ? listPath : `${listPath}/page/${number}`;
}

/** The `/page/N` segments to prerender for a list: "2" up to the last page. */
export function laterPageNumbers(total: number, size = PAGE_SIZE): string[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => String(i + 2));
}

/**
 * Page numbers to link, with null where a run is left out:
 * the first, the last, and `radius` either side of the current page.
 */
export function pageWindow(current: number, count: number, radius = 1): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    // A gap of one page is shown as that page: "…" would hide no more than a number.
    if (typeof previous === "number" && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === "number" && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** Every paginated list's URL, as a next.config path pattern. */
const PAGED_LISTS = ["/latest", "/videos", "/columns", "/category/:key", "/tags/:tag", "/authors/:key"];

/**
 * `?page=N` on a list URL, redirected to `/page/N` in next.config. Doing it
 * there, not in the pages, keeps the pages prerendered: reading searchParams
 * would render every list per request. Any value goes to the page route,
 * which answers 404 for one that is not a page.
 */
export function pageQueryRedirects() {
  return PAGED_LISTS.map((list) => ({
    source: list,
    // URL-safe characters only: anything else would land in the Location header and fail it (a 500).
    has: [{ type: "query" as const, key: "page", value: "(?<page>[A-Za-z0-9._~-]+)" }],
    destination: `${list}/page/:page`,
    permanent: false,
  }));
}
