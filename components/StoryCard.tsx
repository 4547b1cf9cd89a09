import type { StoryTeaser } from "@/lib/content";
import { t } from "@/lib/urdu/strings";
import { TeaserDate } from "./TeaserDate";
import { StoryImage } from "./StoryImage";

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
      <p className="text-sm text-ink-muted">
        <span className="font-bold text-brand">{t.kind[story.kind]}</span>
        {story.category && <> · {story.category.name}</>}
      </p>
      <Heading className="text-xl">
        <a href={story.path} className="text-ink no-underline hover:text-brand hover:underline">
          {story.title}
        </a>
      </Heading>
      {showSummary && <p className="text-ink-muted">{story.summary}</p>}
      <TeaserDate story={story} className="text-sm text-ink-muted" />
    </article>
  );
}
