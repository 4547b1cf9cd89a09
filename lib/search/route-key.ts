/**
 * A search as a path: `/search?q=…&page=N` is served by the page
 * `/search/results/<key>/<N>` (proxy.ts rewrites it), so that each search
 * is rendered once a minute however many readers ask for it, and cached
 * like any page. The key is the cleaned query in base64url: any text a
 * stranger types becomes one safe path segment.
 */

export function searchKey(query: string): string {
  return Buffer.from(query, "utf8").toString("base64url");
}

/** The query a key stands for; null for a segment that is not one (a reader typing the path). */
export function queryOfKey(key: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(key)) return null;
  const query = Buffer.from(key, "base64url").toString("utf8");
  // Only the key searchKey would have made: a canonical form, so each search has one cached page.
  return searchKey(query) === key ? query : null;
}

export const searchResultsPath = (query: string, page: number): string => `/search/results/${searchKey(query)}/${page}`;
