import type { StoryTeaser } from "@/lib/content";
import { TeaserDate } from "./TeaserDate";
import { AuthorAvatar } from "./AuthorAvatar";
import { HeadlineLink } from "./HeadlineLink";

interface ColumnCardProps {
  story: StoryTeaser;
  headingLevel?: 2 | 3;
}

/** A column in a list: Urdu papers lead a column with its writer, so name and picture come first. */
export function ColumnCard({ story, headingLevel = 3 }: ColumnCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-2 rounded border-t-4 border-brand bg-surface-raised p-4">
      <div className="flex items-center gap-3">
        <AuthorAvatar author={story.author} size={56} />
        <a href={story.author.path} className="py-[0.25em] text-lg font-bold text-brand no-underline hover:underline">
          {story.author.name}
        </a>
      </div>
      <Heading className="text-xl">
        <HeadlineLink href={story.path}>{story.title}</HeadlineLink>
      </Heading>
      <p className="text-ink-muted">{story.summary}</p>
      <TeaserDate story={story} className="text-sm text-ink-muted" />
    </article>
  );
}
