/**
 * Search over the content database's search table (table.ts): a query's
 * terms, one page of the matching stories in the rule's order (rank.ts),
 * their matched words marked.
 */
import type { Database } from "better-sqlite3";
import type { Story } from "@/lib/content";
import { toHit } from "./hit";
import { rankedIds } from "./ranked";
import { RESULTS_PER_PAGE, type SearchHit, type SearchResults } from "./results";
import { queryTerms } from "./tokenize";

export interface SearchOptions {
  /** From 1; a page past the last has no hits. */
  page?: number;
  /** Only stories published by then. Absent: every row, for a table of published stories only. */
  now?: Date;
  /** The stories of these ids, from the content database; an id it lacks is left off the page. */
  stories(ids: readonly number[]): ReadonlyMap<number, Story>;
}

/** Ids are date_ms × 1024 plus a place within the millisecond, so this is the first id not yet published at `now`. */
export function publishedBelow(now: Date): number {
  return (now.getTime() + 1) * 1024;
}

export function searchStories(db: Database, query: string, { page = 1, now, stories }: SearchOptions): SearchResults {
  const terms = queryTerms(query);
  if (terms.length === 0) return { total: 0, pageCount: 0, page, hits: [] };
  const below = now ? publishedBelow(now) : Number.MAX_SAFE_INTEGER;
  const { total, ids } = rankedIds(db, terms, { offset: (page - 1) * RESULTS_PER_PAGE, limit: RESULTS_PER_PAGE, below });
  const found = stories(ids);
  const hits = ids.flatMap((id): SearchHit[] => {
    const story = found.get(id);
    return story ? [toHit(db, id, story, terms)] : [];
  });
  return { total, pageCount: Math.ceil(total / RESULTS_PER_PAGE), page, hits };
}
