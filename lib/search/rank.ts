/**
 * The order of search results. Not BM25: a reader of news expects a
 * headline match first and, among matches alike, the newest story, so the
 * order is a plain sort key any editor can predict:
 *
 *   1. how many of the query's words the story has (only differs when no
 *      story had them all and the search fell back to any of them);
 *   2. for each query word, the best field it was found in, summed:
 *      title 8, tags 6, summary 4, body 2, one less for a prefix match
 *      (خبر finding خبریں) than for the word itself;
 *   3. newer first; 4. slug, so equal stories keep one order. 3 and 4 are
 *      the content database's order key: a story's id, higher is newer.
 */
import { matchesAsPrefix } from "./tokenize";

export const FIELDS = ["title", "tags", "summary", "body"] as const;
export type Field = (typeof FIELDS)[number];

const FIELD_WEIGHT: Record<Field, number> = { title: 8, tags: 6, summary: 4, body: 2 };
const PREFIX_PENALTY = 1;

/** One way a story can hold a query word: in a field, as the word itself or (prefix) as a longer word it begins. */
export interface Tier {
  field: Field;
  prefix: boolean;
  weight: number;
}

/**
 * The ways a story can hold this query word, best first. The weights are
 * all different (8, 7, 6 … 1), so a story's weight for the word is that of
 * the first tier it is in: the tiers split the stories with the word.
 */
export function tiersOf(term: string): Tier[] {
  const prefix = matchesAsPrefix(term);
  return FIELDS.flatMap((field) => {
    const exact: Tier = { field, prefix: false, weight: FIELD_WEIGHT[field] };
    return prefix ? [exact, { field, prefix: true, weight: FIELD_WEIGHT[field] - PREFIX_PENALTY }] : [exact];
  });
}
