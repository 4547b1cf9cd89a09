/** The breaking-news strip: stories marked `breaking` stand in it for 24 hours after their date. */
import type { StoryTeaser } from "@/lib/content";

export const BREAKING_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Breaking stories published in the 24 hours up to `now`, newest first (the order they come in). */
export function breakingStories(stories: readonly StoryTeaser[], now: Date): StoryTeaser[] {
  const at = now.getTime();
  return stories.filter((story) => {
    const age = at - story.date.getTime();
    // A story dated in the future is not out yet; one exactly 24 hours old has left the strip.
    return story.breaking && age >= 0 && age < BREAKING_WINDOW_MS;
  });
}
