/**
 * Search over the content database's search table (table.ts): a query's
 * terms, one page of the matching stories in the rule's order (rank.ts),
 * their matched words marked.
 */
import type { Database } from "better-sqlite3";
import { RESULTS_PER_PAGE, type SearchHit, type SearchResults } from "@/lib/search/results";
import { queryTerms } from "@/lib/search/tokenize";
import type { StoryTeaser } from "../types";
import { publishedBelow } from "../db/order";
import { toHit } from "./hit";
import { rankedIds } from "./ranked";

export interface SearchOptions {
  /** From 1; a page past the last has no hits. */
  page?: number;
  /** Only stories published by then. Absent: every row, for a table of published stories only. */
  now?: Date;
  /** The stories of these ids with their Markdown bodies (for an excerpt), from the content database; an id it lacks is left off the page. */
  stories: (ids: readonly number[]) => ReadonlyMap<number, StoryTeaser & { body: string }>;
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
