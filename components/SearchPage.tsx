import type { SearchPageData } from "@/lib/pages/search";
import { t } from "@/lib/urdu/strings";
import { PageHead } from "./PageHead";
import { SearchBox } from "./SearchBox";
import { SearchPagination } from "./SearchPagination";
import { SearchResults } from "./SearchResults";
import { SiteChrome } from "./SiteChrome";
import { StoryList } from "./StoryList";

interface SearchPageProps {
  data: SearchPageData;
}

/** /search: the query shown back (as text, never markup), the box, and a page of results or what to do next. */
export function SearchPage({ data }: SearchPageProps) {
  const { query, page, results } = data;
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
      <div className="mx-auto flex max-w-3xl flex-col gap-4">
        <h1 className="text-3xl">
          {query ? (
            <>
              {t.searchResultsFor} <bdi>{query}</bdi>
            </>
          ) : (
            t.search
          )}
        </h1>
        <SearchBox id="search-page-query" defaultValue={query} />
        {!results && <p className="text-lg">{t.searchPrompt}</p>}
        {results && results.total > 0 && (
          <section aria-label={t.searchResultsFor}>
            <p className="text-ink-muted">
              {t.searchResultCount} <bdi>{results.total}</bdi>
            </p>
            <SearchResults hits={results.hits} start={results.start} />
            <SearchPagination query={query} page={page} pageCount={results.pageCount} />
          </section>
        )}
        {results && results.total === 0 && (
          <>
            <p className="text-lg">{t.searchNoResults}</p>
            <StoryList id="latest" title={t.latest} stories={data.latest} />
          </>
        )}
      </div>
    </SiteChrome>
  );
}
