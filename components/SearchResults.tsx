import type { SearchHit } from "@/lib/search";
import { SearchResult } from "./SearchResult";

interface SearchResultsProps {
  hits: readonly SearchHit[];
  /** The first hit's number across all pages, so page 2 counts on from 11. */
  start: number;
}

/** A page of search results, best first. */
export function SearchResults({ hits, start }: SearchResultsProps) {
  return (
    <ol start={start} className="divide-y divide-line">
      {hits.map((hit) => (
        <li key={hit.story.slug} className="py-4">
          <SearchResult hit={hit} />
        </li>
      ))}
    </ol>
  );
}
