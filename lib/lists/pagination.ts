/**
 * Fixed-size pages for every story list. Page 1 lives at the list's own URL,
 * page N at `<list>/page/N`; anything else is not a page.
 */

export const PAGE_SIZE = 12;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The number a `/page/N` segment names: `2` from "2"; null for "0", "02", "1.5", "abc". */
export function parsePageNumber(raw: string): number | null {
  return /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : null;
}

export interface PageRange {
  /** 1-based. */
  number: number;
  count: number;
  offset: number;
  limit: number;
}

/** Where page `number` of a list of `total` starts, or null past the end. An empty list still has page 1. */
export function pageRange(number: number, total: number, size = PAGE_SIZE): PageRange | null {
  const count = pageCount(total, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return null;
  return { number, count, offset: (number - 1) * size, limit: size };
}

export function pagePath(listPath: string, number: number): string {
  return number === 1 ? listPath : `${listPath}/page/${number}`;
}

/** The `/page/N` segments after the first, up to `upTo` pages in all: "2", "3"… */
export function laterPageNumbers(total: number, upTo = Infinity, size = PAGE_SIZE): string[] {
  const last = Math.min(pageCount(total, size), upTo);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => String(i + 2));
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

/** Every paginated list's URL, as a pattern: `?page=N` on any of them moves to `/page/N` (proxy.ts). */
export const PAGED_LIST = /^\/(?:latest|videos|columns|category\/[^/]+|tags\/[^/]+|authors\/[^/]+)$/;
