import type { StoryTeaser } from "@/lib/content";
import { lastChange } from "@/lib/content/changes";
import { liveState } from "@/lib/content/live";
import { absoluteUrl } from "@/lib/site";
import { storySection } from "@/lib/pages/section";
import { DateLine } from "./DateLine";
import { LiveMark } from "./LiveMark";
import { ShareLinks } from "./ShareLinks";

interface StoryHeaderProps {
  story: StoryTeaser;
}

/** Headline, standfirst, byline, date line and share links: the top of a story as the reference page orders it. */
export function StoryHeader({ story }: StoryHeaderProps) {
  const section = storySection(story);
  const now = new Date();
  const live = story.live && liveState(story.live, now);
  return (
    <header className="flex flex-col gap-3">
      <p className="flex flex-wrap items-center gap-3">
        {live?.on && <LiveMark />}
        <a href={section.href} className="font-bold text-brand">
          {section.name}
        </a>
      </p>
      <h1 className="text-3xl sm:text-4xl">{story.title}</h1>
      <p className="text-xl text-ink-muted">{story.summary}</p>
      <div className="flex flex-wrap items-center justify-between gap-3 border-y border-line py-2">
        <p className="text-ink-muted">
          {story.kind !== "column" && (
            <>
              <a href={story.author.path} className="text-ink underline">
                {story.author.name}
              </a>
              {" · "}
            </>
          )}
          <DateLine date={story.date} updated={lastChange(story, now)} />
        </p>
        <ShareLinks url={absoluteUrl(story.path)} title={story.title} />
      </div>
    </header>
  );
}
