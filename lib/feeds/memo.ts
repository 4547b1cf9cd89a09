/**
 * Feeds and sitemaps are built once per version of what is published
 * (ContentIndex.version()) and handed out from memory until it changes: a
 * poll costs a lookup, not a rebuild, and a 50,000-URL sitemap is written
 * once however often crawlers ask.
 */

// Keyed by feed: one per section, the site's, the sitemap and its files, so the map stays small.
const held = new Map<string, { version: string; value: unknown }>();

export function memoByVersion<T>(key: string, version: string, build: () => T): T {
  const found = held.get(key);
  if (found?.version === version) return found.value as T;
  const value = build();
  held.set(key, { version, value });
  return value;
}
