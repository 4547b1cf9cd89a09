import type { StoryTeaser } from "@/lib/content";
import { t } from "@/lib/urdu/strings";
import { EmptyState } from "./EmptyState";
import { StoryCard } from "./StoryCard";

interface SectionStoriesProps {
  stories: readonly StoryTeaser[];
}

/** A section on the home page: its newest story with the picture, the next ones as headlines beside it. */
export function SectionStories({ stories }: SectionStoriesProps) {
  const [first, ...rest] = stories;
  if (!first) return <EmptyState message={t.noStories} />;
  return (
    <div className="grid gap-x-8 gap-y-4 md:grid-cols-2 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <StoryCard story={first} headingLevel={3} />
      {rest.length > 0 && (
        <ul className="divide-y divide-line">
          {rest.map((story) => (
            <li key={story.slug} className="py-3 first:pt-0">
              <StoryCard story={story} headingLevel={3} showImage={false} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
