import type { StoryTeaser } from "@/lib/content";

/** When a story last changed: its `updated`, else its `date`. Never the build's time. */
export function lastModified(story: StoryTeaser): Date {
  return story.updated ?? story.date;
}

/** The latest change among stories, or undefined for none. */
export function newestChange(stories: readonly StoryTeaser[]): Date | undefined {
  let newest: Date | undefined;
  for (const story of stories) {
    const changed = lastModified(story);
    if (!newest || changed > newest) newest = changed;
  }
  return newest;
}
