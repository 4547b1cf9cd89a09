/** What a search gives the page. */
import type { StoryTeaser } from "@/lib/content";
import type { Segment } from "./highlight";

export type { Segment } from "./highlight";

export const RESULTS_PER_PAGE = 10;

export interface SearchHit {
  /** The story's id in the content database. */
  id: number;
  story: StoryTeaser;
  title: Segment[];
  summary: Segment[];
  /** Words around the match in the body, when neither title nor summary shows one. */
  excerpt: Segment[] | null;
}

export interface SearchResults {
  /** Every matching story, best first; `page` is one slice of it. */
  total: number;
  pageCount: number;
  page: number;
  hits: SearchHit[];
}

export interface SearchIndex {
  /** Page numbers start at 1; a page past the last has no hits. */
  search(query: string, page?: number): SearchResults;
}
