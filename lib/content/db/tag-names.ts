/**
 * A tag's name on the site. Spellings that differ only in Arabic/Urdu letter
 * forms, diacritics or spacing (tagKey) are one tag, shown under the
 * spelling editors use most, ties going to the newest story's.
 */
import { tagKey } from "@/lib/urdu/normalize";

/** Each tag's key → its spelling to show and link. `stories` must be newest first. */
export function tagNames(stories: Iterable<{ tags: readonly string[] }>): Map<string, string> {
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
  return names;
}
