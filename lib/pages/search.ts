/** /search: the prompt with no query, else one page of results (the newest stories where nothing is found). */
import type { ContentIndex, StoryTeaser } from "@/lib/content";
import { RESULTS_PER_PAGE, type SearchHit } from "@/lib/search";
import { plainHead } from "@/lib/seo/head";
import { t } from "@/lib/urdu/strings";
import { chrome, type PageData } from "./chrome";
import type { Found } from "./listing";

export type SearchPageData = PageData<{
  query: string;
  page: number;
  results?: { total: number; pageCount: number; start: number; hits: SearchHit[] };
  /** Shown when nothing is found: somewhere to go on to. */
  latest: StoryTeaser[];
}>;

const LATEST_WHEN_NONE = 6;

export function searchPage(index: ContentIndex, query: string, page = 1): Found<SearchPageData> {
  const base = { query, page, latest: [], chrome: chrome(index) };
  if (!query) return { data: { ...base, head: plainHead(t.search) } };
  const found = index.search(query, page);
  if (found.total > 0 && page > found.pageCount) return { notFound: true };
  return {
    data: {
      ...base,
      head: plainHead(`${t.searchResultsFor} ${query}`),
      results: {
        total: found.total,
        pageCount: found.pageCount,
        start: (page - 1) * RESULTS_PER_PAGE + 1,
        hits: found.hits,
      },
      latest: found.total === 0 ? index.latest(LATEST_WHEN_NONE) : [],
    },
  };
}
