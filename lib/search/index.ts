/**
 * Search over every published story: the content database's FTS5 table
 * (lib/content/search), searched by the rule of rank.ts with the site's
 * Urdu normaliser at index and query time (tokenize.ts). Pages ask the
 * content index (ContentIndex.search); this module holds the types and an
 * index of given stories for tests and benchmarks.
 */
import { buildIndex, type AuthorProfile, type Category, type Story } from "@/lib/content";
import type { SearchIndex } from "./results";

export { RESULTS_PER_PAGE, type SearchHit, type SearchIndex, type SearchResults, type Segment } from "./results";

/** A search over exactly these stories (drafts left out, as the site leaves them), in a database of their own. */
export function buildSearchIndex(stories: readonly Story[], now?: Date): SearchIndex {
  const categories = new Map<string, Category>();
  const authors = new Map<string, AuthorProfile>();
  for (const story of stories) {
    if (story.category) categories.set(story.category.key, story.category);
    authors.set(story.author.key, { ...story.author, bioHtml: "", file: "" });
  }
  const index = buildIndex(stories, [...categories.values()], [...authors.values()], now ? { now: () => now } : {});
  return { search: (query, page) => index.search(query, page) };
}
