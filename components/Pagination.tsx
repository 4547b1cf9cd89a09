import { pagePath, pageWindow } from "@/lib/lists/pagination";
import { t } from "@/lib/urdu/strings";

interface PaginationProps {
  listPath: string;
  current: number;
  count: number;
}

const LINK = "block rounded border border-line px-3 py-[0.25em] text-ink no-underline hover:bg-brand-light";

/** Previous, next and numbered page links; nothing for a one-page list. */
export function Pagination({ listPath, current, count }: PaginationProps) {
  if (count <= 1) return null;
  return (
    <nav aria-label={t.pagination} className="mt-10 flex flex-col items-center gap-3">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {current > 1 && (
          <li>
            <a href={pagePath(listPath, current - 1)} rel="prev" className={LINK}>
              {t.previousPage}
            </a>
          </li>
        )}
        {pageWindow(current, count).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                href={pagePath(listPath, n)}
                aria-current={n === current ? "page" : undefined}
                className={`${LINK} aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-brand-contrast`}
              >
                <span className="sr-only">{t.page} </span>
                <bdi>{n}</bdi>
              </a>
            </li>
          ),
        )}
        {current < count && (
          <li>
            <a href={pagePath(listPath, current + 1)} rel="next" className={LINK}>
              {t.nextPage}
            </a>
          </li>
        )}
      </ul>
      <p className="text-sm text-ink-muted">
        {t.page} <bdi>{current}</bdi> {t.pageOf} <bdi>{count}</bdi>
      </p>
    </nav>
  );
}
