import { MAX_QUERY_LENGTH } from "@/lib/search/params";
import { t } from "@/lib/urdu/strings";

interface SearchBoxProps {
  /** The input's id: unique on the page, as the header and the search page each have a box. */
  id: string;
  defaultValue?: string;
  className?: string;
}

/** A plain GET form to /search: it works with no JavaScript. */
export function SearchBox({ id, defaultValue, className = "" }: SearchBoxProps) {
  return (
    <form action="/search" method="get" role="search" className={`flex items-center gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {t.searchPlaceholder}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t.searchPlaceholder}
        maxLength={MAX_QUERY_LENGTH}
        className="min-w-0 flex-1 rounded border border-line bg-surface px-3 py-1 text-ink"
      />
      <button type="submit" className="rounded bg-brand px-4 py-1 text-brand-contrast hover:bg-brand-dark">
        {t.searchSubmit}
      </button>
    </form>
  );
}
