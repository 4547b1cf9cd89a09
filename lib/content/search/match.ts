/**
 * FTS5 MATCH expressions for query terms. A term only ever appears inside
 * a quoted string as one token (ftsToken), so nothing a reader types (", *,
 * OR, NEAR, -, :, parentheses) is read as FTS5 syntax; queryTerms has
 * dropped punctuation anyway.
 */
import type { Field, Tier } from "@/lib/search/rank";
import { tiersOf } from "@/lib/search/rank";
import { ftsToken } from "./table";

/**
 * A query term as the index holds it: the longer terms it finds by prefix
 * (as FTS5 tokens), listed when few, "many" when left to FTS5's `*`. FTS5
 * reads every term a `*` covers into one list each time it meets one, so a
 * short list, or none, is much cheaper.
 */
export interface IndexedTerm {
  term: string;
  longer: readonly string[] | "many";
}

const quoted = (token: string): string => `"${token.replaceAll('"', '""')}"`;

/** Stories holding the term itself (no prefix), in any field. */
export function itself(term: string): string {
  return quoted(ftsToken(term));
}

/** The term, or any longer term it begins. */
function startingWith({ term, longer }: IndexedTerm): string {
  if (longer === "many") return `${itself(term)}*`;
  return longer.length === 0 ? itself(term) : `(${[ftsToken(term), ...longer].map(quoted).join(" OR ")})`;
}

const within = (fields: readonly Field[], term: IndexedTerm, prefix: boolean): string =>
  `{${fields.join(" ")}}: ${prefix ? startingWith(term) : itself(term.term)}`;

/** Stories with the term in any field, as the rule finds it (itself, or by prefix where allowed). */
export function anywhere(term: IndexedTerm): string {
  return startingWith(term);
}

/** The term's tiers (rank.ts), less the prefix ones when the index holds no longer term. */
export function tiersIn(term: IndexedTerm): Tier[] {
  return tiersOf(term.term).filter((tier) => !tier.prefix || term.longer === "many" || term.longer.length > 0);
}

/** Stories in any of these tiers of the term: one column filter for the fields whose prefix tier is among them, one for the rest. */
function inAny(term: IndexedTerm, tiers: readonly Tier[]): string {
  const byPrefix = tiers.filter((tier) => tier.prefix).map((tier) => tier.field);
  const exactOnly = tiers.filter((tier) => !tier.prefix && !byPrefix.includes(tier.field)).map((tier) => tier.field);
  const parts = [byPrefix.length > 0 ? within(byPrefix, term, true) : "", exactOnly.length > 0 ? within(exactOnly, term, false) : ""];
  return parts.filter(Boolean).join(" OR ");
}

/** Stories whose best tier for the term is tiers[i]: in it, and in none before it. */
export function inTier(term: IndexedTerm, tiers: readonly Tier[], i: number): string {
  const tier = tiers[i]!;
  const own = within([tier.field], term, tier.prefix);
  return i === 0 ? own : `(${own}) NOT (${inAny(term, tiers.slice(0, i))})`;
}
