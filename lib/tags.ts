/**
 * Tag pages. A tag's URL carries the tag in Urdu; spellings that differ only
 * in Arabic/Urdu letter forms, diacritics or spacing (see tagKey) are one tag,
 * shown under the spelling editors use most.
 */
import type { Story } from "@/lib/content";
import { tagKey } from "@/lib/urdu/normalize";

export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

const cache = new WeakMap<readonly Story[], Map<string, string>>();

/** Each tag's key → the spelling to show and link: the most used, ties going to the newest story's. */
export function tagNames(stories: readonly Story[]): Map<string, string> {
  // The index's story list never changes in a process, so it is worked out once.
  const cached = cache.get(stories);
  if (cached) return cached;
  const counts = new Map<string, Map<string, number>>();
  for (const story of stories) {
    for (const tag of story.tags) {
      const key = tagKey(tag);
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      counts.set(key, spellings);
    }
  }
  const names = new Map<string, string>();
  for (const [key, spellings] of counts) {
    // Maps keep insertion order and stories come newest first, so the first of the most used wins a tie.
    let best = "";
    let bestCount = 0;
    for (const [spelling, count] of spellings) {
      if (count > bestCount) [best, bestCount] = [spelling, count];
    }
    names.set(key, best);
  }
  cache.set(stories, names);
  return names;
}

/**
 * The tag a URL segment names. Next.js hands some segments over still
 * percent-encoded and some decoded, so decode once; a segment that does not
 * decode is taken as it is (a literal `%` in an already decoded tag).
 */
export function tagFromSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
