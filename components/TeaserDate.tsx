import type { StoryTeaser } from "@/lib/content";
import { liveState } from "@/lib/content/live";
import { DateLine } from "./DateLine";
import { LiveMark } from "./LiveMark";

interface TeaserDateProps {
  story: StoryTeaser;
  className?: string;
}

/**
 * A story's date in a list: its date line, or for a live story the time of
 * its newest update, marked "لائیو" while the coverage runs. Read when the
 * page renders, which is at most a minute ago.
 */
export function TeaserDate({ story, className = "" }: TeaserDateProps) {
  const live = story.live && liveState(story.live, new Date());
  if (!live) return <DateLine date={story.date} className={className} />;
  return (
    <span className={`flex flex-wrap items-center gap-2 ${className}`}>
      {live.on && <LiveMark />}
      <DateLine date={story.date} updated={live.last} />
    </span>
  );
}
