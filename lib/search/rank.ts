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
 *   3. newer first; 4. slug, so equal stories keep one order.
 */
import type { Story } from "@/lib/content";
import { matchesAsPrefix } from "./tokenize";

export const FIELDS = ["title", "tags", "summary", "body"] as const;
export type Field = (typeof FIELDS)[number];

const FIELD_WEIGHT: Record<Field, number> = { title: 8, tags: 6, summary: 4, body: 2 };
const PREFIX_PENALTY = 1;

/** Document term → the fields it was found in (MiniSearch's `match`). */
export type MatchInfo = Readonly<Record<string, readonly string[]>>;

export interface RankKey {
  coverage: number;
  weight: number;
}

const isField = (name: string): name is Field => name in FIELD_WEIGHT;

/** The best weight one query term earned in a story. */
function termWeight(queryTerm: string, match: MatchInfo): number {
  let best = 0;
  for (const docTerm in match) {
    const fields = match[docTerm]!;
    const exact = docTerm === queryTerm;
    if (!exact && !(matchesAsPrefix(queryTerm) && docTerm.startsWith(queryTerm))) continue;
    for (const field of fields) {
      if (isField(field)) best = Math.max(best, FIELD_WEIGHT[field] - (exact ? 0 : PREFIX_PENALTY));
    }
  }
  return best;
}

export function rankKey(queryTerms: readonly string[], match: MatchInfo): RankKey {
  let coverage = 0;
  let weight = 0;
  for (const term of queryTerms) {
    const best = termWeight(term, match);
    if (best > 0) coverage++;
    weight += best;
  }
  return { coverage, weight };
}

export function compareRanked(a: { key: RankKey; story: Story }, b: { key: RankKey; story: Story }): number {
  return (
    b.key.coverage - a.key.coverage ||
    b.key.weight - a.key.weight ||
    b.story.date.getTime() - a.story.date.getTime() ||
    a.story.slug.localeCompare(b.story.slug)
  );
}
