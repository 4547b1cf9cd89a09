import type { SearchHit } from "@/lib/search";
import { t } from "@/lib/urdu/strings";
import { TeaserDate } from "./TeaserDate";
import { Highlighted } from "./Highlighted";

interface SearchResultProps {
  hit: SearchHit;
}

/** One found story: kind, headline, summary (and body words when only the body matched), date; matched words marked. */
export function SearchResult({ hit }: SearchResultProps) {
  const { story } = hit;
  return (
    <article className="flex flex-col gap-1">
      <p className="text-sm text-ink-muted">
        <span className="font-bold text-brand">{t.kind[story.kind]}</span>
        {story.category && <> · {story.category.name}</>}
      </p>
      <h2 className="text-xl">
        <a href={story.path} className="text-ink no-underline hover:text-brand hover:underline">
          <Highlighted segments={hit.title} />
        </a>
      </h2>
      <p className="text-ink-muted">
        <Highlighted segments={hit.summary} />
      </p>
      {hit.excerpt && (
        <p className="text-sm text-ink-muted">
          <Highlighted segments={hit.excerpt} />
        </p>
      )}
      <TeaserDate story={story} className="text-sm text-ink-muted" />
    </article>
  );
}
