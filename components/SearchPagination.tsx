import { t } from "@/lib/urdu/strings";

interface SearchPaginationProps {
  query: string;
  page: number;
  pageCount: number;
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}

/** Previous and next links between pages of results, and where the reader is. */
export function SearchPagination({ query, page, pageCount }: SearchPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.pagination} className="mt-6 flex items-center justify-between gap-4 border-t border-line pt-4">
      {page > 1 ? (
        <a href={pageHref(query, page - 1)} rel="prev" className="text-brand">
          {t.previousPage}
        </a>
      ) : (
        <span />
      )}
      <p className="text-ink-muted">
        {t.page} <bdi>{page}</bdi> {t.pageOf} <bdi>{pageCount}</bdi>
      </p>
      {page < pageCount ? (
        <a href={pageHref(query, page + 1)} rel="next" className="text-brand">
          {t.nextPage}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
