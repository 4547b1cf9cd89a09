/** When a story last changed, as sitemaps, feeds, its JSON-LD and its date line tell it: never the build's time. */
import type { StoryTeaser } from "./types";

/**
 * The latest of its date, its `updated`, its newest correction and its
 * newest live update (of those posted by `now`, when given: a page leaves
 * out updates still to come).
 */
export function lastChange(story: StoryTeaser, now?: Date): Date {
  const updates = story.live?.updates.filter((at) => !now || at <= now) ?? [];
  const times = [story.date, story.updated, story.corrected, updates.at(-1)].filter((at): at is Date => at !== undefined);
  return new Date(Math.max(...times.map((at) => at.getTime())));
}
