/**
 * Search over every published story. The content database's search table
 * (table.ts) is searched by search.ts; until the server opens that file,
 * getSearchIndex builds the same table in memory from the content index.
 */
import Database from "better-sqlite3";
import { getContentIndex, type Story } from "@/lib/content";
import { newestFirst } from "@/lib/content/view";
import type { SearchIndex } from "./results";
import { searchStories } from "./search";
import { optimizeSearch, SEARCH_TABLE_SQL, searchRowFor, writeSearchRow } from "./table";

export { RESULTS_PER_PAGE, type SearchHit, type SearchIndex, type SearchResults, type Segment } from "./results";

/**
 * The content database's ids for these stories: date_ms × 1024 plus
 * 1023 − the story's place among those of its millisecond by slug, so that
 * a higher id is exactly a story earlier in newestFirst order.
 */
function storyIds(stories: readonly Story[]): Map<number, Story> {
  const byId = new Map<number, Story>();
  let place = 0;
  let previous: number | undefined;
  for (const story of [...stories].sort(newestFirst)) {
    const ms = story.date.getTime();
    place = ms === previous ? place + 1 : 0;
    previous = ms;
    if (place > 1023) throw new RangeError(`More than 1,024 stories dated ${story.date.toISOString()}`);
    byId.set(ms * 1024 + 1023 - place, story);
  }
  return byId;
}

/** An index of exactly these stories (all taken as published), in an in-memory database. */
export function buildSearchIndex(all: readonly Story[]): SearchIndex {
  const db = new Database(":memory:");
  db.exec(SEARCH_TABLE_SQL);
  const byId = storyIds(all);
  db.transaction(() => {
    for (const [id, story] of byId) writeSearchRow(db, id, searchRowFor(story));
  })();
  optimizeSearch(db);
  const stories = (ids: readonly number[]) => new Map(ids.map((id) => [id, byId.get(id)!]));
  return { search: (query, page = 1) => searchStories(db, query, { page, stories }) };
}

interface Held {
  stories: readonly Story[];
  index: SearchIndex;
}
// On globalThis for the reason lib/content/index.ts gives: the production
// server bundles each route and instrumentation.ts with its own copy of this
// module, and the index instrumentation.ts builds at start must be the one
// /search uses. Under next dev it stays with the module, so edits rebuild it.
const holder: { __khabarnamaSearch?: Held } = process.env.NODE_ENV === "development" ? {} : (globalThis as { __khabarnamaSearch?: Held });

/**
 * The index of every published story, built on first use (the production
 * server builds it as it starts) and kept until that set changes (a
 * scheduled story's time comes; an edit under next dev): the content index
 * keeps one array per set, so comparing it is cheap.
 */
export function getSearchIndex(): SearchIndex {
  const { stories } = getContentIndex();
  const held = holder.__khabarnamaSearch;
  if (held?.stories === stories) return held.index;
  const index = buildSearchIndex(stories);
  holder.__khabarnamaSearch = { stories, index };
  return index;
}
