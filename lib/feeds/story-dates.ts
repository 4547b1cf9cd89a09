import { lastChange } from "@/lib/content/changes";
import type { StoryTeaser } from "@/lib/content";

/** The latest change among stories (lib/content/changes.ts), or undefined for none. */
export function newestChange(stories: readonly StoryTeaser[]): Date | undefined {
  let newest: Date | undefined;
  for (const story of stories) {
    const changed = lastChange(story);
    if (!newest || changed > newest) newest = changed;
  }
  return newest;
}
