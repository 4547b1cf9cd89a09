import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchBox } from "@/components/SearchBox";
import { SearchPagination } from "@/components/SearchPagination";
import { SearchResults } from "@/components/SearchResults";
import { StoryList } from "@/components/StoryList";
import { getContentIndex } from "@/lib/content";
import { getSearchIndex, RESULTS_PER_PAGE } from "@/lib/search";
import { cleanQuery, pageNumber } from "@/lib/search/params";
import { t } from "@/lib/urdu/strings";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function readRequest(searchParams: SearchPageProps["searchParams"]) {
  const params = await searchParams;
  return { query: cleanQuery(params.q), page: pageNumber(params.page) };
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { query } = await readRequest(searchParams);
  return {
    title: query ? `${t.searchResultsFor} ${query}` : t.search,
    // Result pages are endless variations of the site's own pages.
    robots: { index: false, follow: true },
  };
}

/** /search?q=…&page=N: rendered per request (it reads searchParams), results in the served HTML. */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { query, page } = await readRequest(searchParams);
  const results = query ? getSearchIndex().search(query, page) : undefined;
  if (results && results.total > 0 && page > results.pageCount) notFound();

  return (
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
          <SearchResults hits={results.hits} start={(page - 1) * RESULTS_PER_PAGE + 1} />
          <SearchPagination query={query} page={page} pageCount={results.pageCount} />
        </section>
      )}
      {results && results.total === 0 && (
        <>
          <p className="text-lg">{t.searchNoResults}</p>
          <StoryList id="latest" title={t.latest} stories={getContentIndex().latest(6)} />
        </>
      )}
    </div>
  );
}
