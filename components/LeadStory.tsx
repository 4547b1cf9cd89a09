import type { StoryTeaser } from "@/lib/content";
import { t } from "@/lib/urdu/strings";
import { TeaserDate } from "./TeaserDate";
import { StoryImage } from "./StoryImage";

interface LeadStoryProps {
  story: StoryTeaser;
}

/** The home page's lead: the largest picture and headline on the site, with its summary. */
export function LeadStory({ story }: LeadStoryProps) {
  return (
    <article className="flex flex-col gap-3">
      {story.image && <StoryImage image={story.image} sizes="(min-width: 1024px) 50rem, 100vw" priority />}
      <p className="text-sm text-ink-muted">
        <span className="font-bold text-brand">{t.kind[story.kind]}</span>
        {story.category && <> · {story.category.name}</>}
      </p>
      <h2 className="text-2xl sm:text-4xl">
        <a href={story.path} className="text-ink no-underline hover:text-brand hover:underline">
          {story.title}
        </a>
      </h2>
      <p className="text-lg text-ink-muted sm:text-xl">{story.summary}</p>
      <TeaserDate story={story} className="text-sm text-ink-muted" />
    </article>
  );
}
