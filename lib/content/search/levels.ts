/**
 * Ranking by levels: MATCH expressions for disjoint sets of stories, best
 * first, each read newest first (rowid order), so a page is read off the
 * first levels and FTS5 stops at its limit: a word in every story costs
 * its count and a page of ids, never a row per story.
 */
import type { Database } from "better-sqlite3";
import { inTier, tiersIn, type IndexedTerm } from "./match";
import { countOf, newestOf } from "./queries";

export interface Window {
  offset: number;
  limit: number;
  /** Only stories whose id is below this: the published ones. */
  below: number;
}

/** One term's levels: its tiers. */
export function tierLevels(term: IndexedTerm): string[] {
  const tiers = tiersIn(term);
  return tiers.map((_, i) => inTier(term, tiers, i));
}

/**
 * Levels for stories holding every one of several terms: one per summed
 * weight, best first, each the OR of the ways (a tier of each term) to
 * reach that sum. There are as many ways as the tiers' product: `undefined`
 * past `most`.
 */
export function sumLevels(terms: readonly IndexedTerm[], most: number): string[] | undefined {
  let ways = [{ parts: [] as string[], weight: 0 }];
  for (const term of terms) {
    const tiers = tiersIn(term);
    if (ways.length * tiers.length > most) return undefined;
    ways = ways.flatMap((way) => tiers.map((tier, i) => ({ parts: [...way.parts, `(${inTier(term, tiers, i)})`], weight: way.weight + tier.weight })));
  }
  const bySum = new Map<number, string[]>();
  for (const { parts, weight } of ways) bySum.set(weight, [...(bySum.get(weight) ?? []), `(${parts.join(" AND ")})`]);
  return [...bySum.keys()].sort((a, b) => b - a).map((sum) => bySum.get(sum)!.join(" OR "));
}

/** The window's ids: levels in order, each newest first. Only a level the whole window lies beyond is counted. */
export function pageOfLevels(db: Database, levels: readonly string[], { offset, limit, below }: Window): number[] {
  const ids: number[] = [];
  let skip = offset;
  for (let i = 0; i < levels.length && ids.length < limit; i++) {
    const page = newestOf(db, levels[i]!, below, limit - ids.length, skip);
    if (page.length > 0) skip = 0;
    else if (skip > 0) skip -= countOf(db, levels[i]!, below);
    ids.push(...page);
  }
  return ids;
}
