/**
 * Ranking several terms in one GROUP BY: every (story, term) pair's tier
 * as a row with its weight, summed per story. Its cost is one row per pair,
 * so it suits the usual few hundred stories; levels.ts suits thousands.
 */
import type { Database } from "better-sqlite3";
import type { Window } from "./levels";
import { anywhere, inTier, tiersIn, type IndexedTerm } from "./match";
import { numbers } from "./queries";
import { prepared } from "./statements";

/** Each part's matches with their weight for one term; grouped by story, how many terms it holds and their summed weight order it. */
function aggregateSql(parts: number): string {
  const selects = Array.from({ length: parts }, (_, i) => `SELECT rowid AS id, @w${i} AS w FROM search WHERE search MATCH @m${i} AND rowid < @below`);
  return `SELECT id FROM (${selects.join(" UNION ALL ")}) GROUP BY id ORDER BY count(*) DESC, sum(w) DESC, id DESC LIMIT @limit OFFSET @offset`;
}

/**
 * The window's ids among stories with every term (`every`; each tier's
 * query narrowed to those by ANDing the other terms) or with any.
 */
export function aggregatePage(db: Database, terms: readonly IndexedTerm[], every: boolean, { offset, limit, below }: Window): number[] {
  const parts = terms.flatMap((term) => {
    const others = every ? terms.filter((other) => other !== term).map(anywhere) : [];
    const tiers = tiersIn(term);
    return tiers.map((tier, i) => ({ match: [`(${inTier(term, tiers, i)})`, ...others].join(" AND "), weight: tier.weight }));
  });
  // BigInt: see queries.ts.
  const params: Record<string, string | number | bigint> = { below: BigInt(below), limit, offset };
  parts.forEach(({ match, weight }, i) => Object.assign(params, { [`m${i}`]: match, [`w${i}`]: weight }));
  return numbers(prepared(db, aggregateSql(parts.length)).pluck().all(params));
}
