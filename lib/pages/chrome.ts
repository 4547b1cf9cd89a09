/** What every page shows around its own content: the menu, the breaking strip, the footer's sections and year. */
import type { Category, ContentIndex, StoryTeaser } from "@/lib/content";
import type { HeadData } from "@/lib/seo/head";
import { formatYear } from "@/lib/urdu/date";
import { BREAKING_WINDOW_MS, breakingStories } from "./breaking";
import type { MenuMark } from "./menu";

export interface Chrome {
  categories: readonly Category[];
  breaking: readonly StoryTeaser[];
  /** The menu item this page belongs to. */
  active?: MenuMark;
  year: string;
}

/** Every page's data: its head, its chrome, and what it shows. */
export type PageData<T> = T & { head: HeadData; chrome: Chrome };

// A rush of breaking news is a handful; this bounds the query whatever the archive.
const MOST_BREAKING = 20;

/** Read when the page renders: pages revalidate every minute, so the strip keeps within a minute of the clock. */
export function chrome(index: ContentIndex, active?: MenuMark, now = new Date()): Chrome {
  const recent = index.recent(new Date(now.getTime() - BREAKING_WINDOW_MS), MOST_BREAKING, { breaking: true });
  return {
    categories: index.categories,
    breaking: breakingStories(recent, now),
    ...(active ? { active } : {}),
    year: formatYear(now),
  };
}
