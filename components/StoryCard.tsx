import type { StoryTeaser } from "@/lib/content";
import { TeaserDate } from "./TeaserDate";
import { StoryImage } from "./StoryImage";
import { StoryKindLine } from "./StoryKindLine";
import { HeadlineLink } from "./HeadlineLink";

interface StoryCardProps {
  story: StoryTeaser;
  /** Headline level in the page's outline. */
  headingLevel?: 2 | 3;
  showImage?: boolean;
  showSummary?: boolean;
}

/** A story in a list: picture, kind, headline, summary and date. */
export function StoryCard({ story, headingLevel = 3, showImage = true, showSummary = true }: StoryCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-2">
      {showImage && story.image && <StoryImage image={story.image} sizes="(min-width: 1024px) 24rem, 100vw" />}
      <StoryKindLine story={story} />
      <Heading className="text-xl">
        <HeadlineLink href={story.path}>{story.title}</HeadlineLink>
      </Heading>
      {showSummary && <p className="text-ink-muted">{story.summary}</p>}
      <TeaserDate story={story} className="text-sm text-ink-muted" />
    </article>
  );
}
