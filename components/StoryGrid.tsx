import type { StoryTeaser } from "@/lib/content";
import { ColumnCard } from "./ColumnCard";
import { StoryCard } from "./StoryCard";

interface StoryGridProps {
  stories: readonly StoryTeaser[];
  headingLevel?: 2 | 3;
  /** Narrower blocks (home sections) fit four across. */
  columns?: 3 | 4;
}

/** Story cards in a grid, one column on a phone; a column shows its writer. */
export function StoryGrid({ stories, headingLevel = 2, columns = 3 }: StoryGridProps) {
  const wide = columns === 4 ? "lg:grid-cols-4" : "lg:grid-cols-3";
  return (
    <ul className={`grid gap-x-6 gap-y-10 sm:grid-cols-2 ${wide}`}>
      {stories.map((story) => (
        <li key={story.slug}>
          {story.kind === "column" ? (
            <ColumnCard story={story} headingLevel={headingLevel} />
          ) : (
            <StoryCard story={story} headingLevel={headingLevel} />
          )}
        </li>
      ))}
    </ul>
  );
}
