import type { SearchHit } from "@/lib/search";
import { TeaserDate } from "./TeaserDate";
import { Highlighted } from "./Highlighted";
import { StoryKindLine } from "./StoryKindLine";
import { HeadlineLink } from "./HeadlineLink";

interface SearchResultProps {
  hit: SearchHit;
}

/** One found story: kind, headline, summary (and body words when only the body matched), date; matched words marked. */
export function SearchResult({ hit }: SearchResultProps) {
  const { story } = hit;
  return (
    <article className="flex flex-col gap-1">
      <StoryKindLine story={story} />
      <h2 className="text-xl">
        <HeadlineLink href={story.path}>
          <Highlighted segments={hit.title} />
        </HeadlineLink>
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
