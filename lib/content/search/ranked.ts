/**
 * One page of results in the rule's order (rank.ts), computed inside
 * SQLite. FTS5 cannot rank by the rule itself (its only ranking is BM25),
 * but each of a term's tiers is a MATCH expression (match.ts): the field a
 * column filter, the prefix the longer words, "in no better tier" a NOT.
 * Tiers are disjoint, so a story is in exactly one per query term it holds.
 */
import type { Database } from "better-sqlite3";
import { aggregatePage } from "./aggregate";
import { pageOfLevels, sumLevels, tierLevels, type Window } from "./levels";
import { indexedTerm } from "./longer";
import { anywhere } from "./match";
import { countOf } from "./queries";

export interface Ranked {
  /** Every matching story. */
  total: number;
  /** The window's ids, best first. */
  ids: number[];
}

// Measured at 100,000 stories: from a few hundred stories with every term,
// levels beat one GROUP BY (2 against 6 ms at 415, 12 against 170 at all of
// them); below, levels often read the lists through for a sparse top.
// The ways to sum tiers are spelled out up to 64: two terms of eight tiers, three of four.
export const LEVELS_FROM = 300;
const MOST_WAYS = 64;

export function rankedIds(db: Database, queryTerms: readonly string[], window: Window): Ranked {
  const terms = queryTerms.map((term) => indexedTerm(db, term));
  if (terms.length === 1) {
    const total = countOf(db, anywhere(terms[0]!), window.below);
    return { total, ids: window.offset < total ? pageOfLevels(db, tierLevels(terms[0]!), window) : [] };
  }
  // Stories with every term; failing that, with any (ranked first by how many).
  const all = countOf(db, terms.map(anywhere).join(" AND "), window.below);
  const total = all > 0 ? all : countOf(db, terms.map(anywhere).join(" OR "), window.below);
  if (window.offset >= total) return { total, ids: [] };
  const levels = all >= LEVELS_FROM ? sumLevels(terms, MOST_WAYS) : undefined;
  return { total, ids: levels ? pageOfLevels(db, levels, window) : aggregatePage(db, terms, all > 0, window) };
}
