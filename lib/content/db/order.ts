/**
 * Story ids that are the site's order. Newest first is date descending,
 * then slug ascending; an id is the date in milliseconds times SLOTS plus
 * the story's place among those of the same instant, so `ORDER BY id DESC`
 * is that order and needs no sort, in lists and in the search index alike.
 * Ids stay exact JavaScript numbers until the year 2248.
 */

const SLOTS = 1024;

interface Dated {
  slug: string;
  date: Date;
}

/** Each story's id, by slug. */
export function orderIds(stories: Iterable<Dated>): Map<string, number> {
  const byInstant = new Map<number, string[]>();
  for (const { slug, date } of stories) {
    const at = date.getTime();
    byInstant.set(at, [...(byInstant.get(at) ?? []), slug]);
  }
  const ids = new Map<string, number>();
  for (const [at, slugs] of byInstant) {
    if (slugs.length > SLOTS) throw new Error(`${slugs.length} stories share the instant ${new Date(at).toISOString()}; at most ${SLOTS} can`);
    // Among stories of one instant the alphabetically first comes first, so it takes the highest id.
    slugs.sort().forEach((slug, i) => ids.set(slug, at * SLOTS + (SLOTS - 1 - i)));
  }
  return ids;
}

/** The smallest id a story dated at `date` can have: stories from `date` on have ids at or above it. */
export function firstIdAt(date: Date): number {
  return date.getTime() * SLOTS;
}

/** Stories published by `now` are exactly those with an id below this. */
export function publishedBelow(now: Date): number {
  return firstIdAt(now) + SLOTS;
}
