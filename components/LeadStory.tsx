import type { StoryTeaser } from "@/lib/content";
import { TeaserDate } from "./TeaserDate";
import { StoryImage } from "./StoryImage";
import { StoryKindLine } from "./StoryKindLine";
import { HeadlineLink } from "./HeadlineLink";

interface LeadStoryProps {
  story: StoryTeaser;
}

/** The home page's lead: the largest picture and headline on the site, with its summary. */
export function LeadStory({ story }: LeadStoryProps) {
  return (
    <article className="flex flex-col gap-3">
      {story.image && <StoryImage image={story.image} sizes="(min-width: 1024px) 50rem, 100vw" priority />}
      <StoryKindLine story={story} />
      <h2 className="text-2xl sm:text-4xl">
        <HeadlineLink href={story.path}>{story.title}</HeadlineLink>
      </h2>
      <p className="text-lg text-ink-muted sm:text-xl">{story.summary}</p>
      <TeaserDate story={story} className="text-sm text-ink-muted" />
    </article>
  );
}
