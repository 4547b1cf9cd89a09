/**
 * One page of results in the rule's order (rank.ts), computed inside
 * SQLite so that a word in every story costs no more than a page of ids.
 *
 * FTS5 cannot rank by the rule itself (its only ranking is BM25), but each
 * of a term's tiers is a MATCH expression (match.ts): the field a column
 * filter, the prefix the longer words, and "in no better tier" a NOT.
 * Tiers are disjoint, so a story is in exactly one per query term it holds.
 */
import type { Database } from "better-sqlite3";
import { indexedTerm } from "./longer";
import { anywhere, inTier, tiersIn, type IndexedTerm } from "./match";
import { prepared } from "./statements";

export interface Window {
  offset: number;
  limit: number;
  /** Only stories whose id is below this: the published ones. */
  below: number;
}

export interface Ranked {
  /** Every matching story. */
  total: number;
  /** The window's ids, best first. */
  ids: number[];
}

// Rowids are bound as BigInt: better-sqlite3 binds a JS number as a REAL,
// and FTS5 takes only an INTEGER for a rowid bound (given a REAL, it ignores
// it: a `<` is then checked row by row after reading every match, and an
// `=` beside MATCH lets every row through).
const COUNT = "SELECT count(*) FROM search WHERE search MATCH ? AND rowid < ?";
// Rowid order is newest first, so FTS5 streams a tier and stops at the limit.
const PAGE = "SELECT rowid FROM search WHERE search MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?";

function numbers(rows: unknown[]): number[] {
  return rows.map((row) => {
    if (typeof row !== "number") throw new TypeError(`search: expected a number from SQLite, got ${typeof row}`);
    return row;
  });
}

const count = (db: Database, match: string, below: number): number => numbers([prepared(db, COUNT).pluck().get(match, BigInt(below))])[0]!;

/**
 * One term: its tiers in order, each newest first, so a page is read off
 * the first tiers. Only a tier the whole page lies beyond is counted.
 */
function oneTerm(db: Database, term: IndexedTerm, { offset, limit, below }: Window): Ranked {
  const total = count(db, anywhere(term), below);
  const ids: number[] = [];
  const tiers = tiersIn(term);
  let skip = offset;
  for (let i = 0; i < tiers.length && ids.length < limit && offset < total; i++) {
    const match = inTier(term, tiers, i);
    const page = numbers(prepared(db, PAGE).pluck().all(match, BigInt(below), limit - ids.length, skip));
    if (page.length > 0) skip = 0;
    else if (skip > 0) skip -= count(db, match, below);
    ids.push(...page);
  }
  return { total, ids };
}

/** Each part's matches with their weight for one term; grouped by story, how many terms it holds and their summed weight order it. */
function aggregateSql(parts: number): string {
  const selects = Array.from({ length: parts }, (_, i) => `SELECT rowid AS id, @w${i} AS w FROM search WHERE search MATCH @m${i} AND rowid < @below`);
  return `SELECT id FROM (${selects.join(" UNION ALL ")}) GROUP BY id ORDER BY count(*) DESC, sum(w) DESC, id DESC LIMIT @limit OFFSET @offset`;
}

/**
 * Several terms: stories with all of them (each tier query narrowed to
 * those by ANDing the other terms), or failing that with any; ranked by
 * one GROUP BY over every (story, term) pair's tier.
 */
function severalTerms(db: Database, terms: readonly IndexedTerm[], { offset, limit, below }: Window): Ranked {
  let every = true;
  let total = count(db, terms.map(anywhere).join(" AND "), below);
  if (total === 0) {
    every = false;
    total = count(db, terms.map(anywhere).join(" OR "), below);
  }
  if (offset >= total) return { total, ids: [] };
  const parts = terms.flatMap((term) => {
    const others = every ? terms.filter((other) => other !== term).map(anywhere) : [];
    const tiers = tiersIn(term);
    return tiers.map((tier, i) => ({ match: [`(${inTier(term, tiers, i)})`, ...others].join(" AND "), weight: tier.weight }));
  });
  const params: Record<string, string | number | bigint> = { below: BigInt(below), limit, offset };
  parts.forEach(({ match, weight }, i) => Object.assign(params, { [`m${i}`]: match, [`w${i}`]: weight }));
  return { total, ids: numbers(prepared(db, aggregateSql(parts.length)).pluck().all(params)) };
}

export function rankedIds(db: Database, queryTerms: readonly string[], window: Window): Ranked {
  const terms = queryTerms.map((term) => indexedTerm(db, term));
  return terms.length === 1 ? oneTerm(db, terms[0]!, window) : severalTerms(db, terms, window);
}
