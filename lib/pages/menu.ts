/** Which header menu item a page belongs to. */
import type { StoryTeaser } from "@/lib/content";
import { storySection } from "./section";

/** The item to mark, by its href: `page` on that section's own lists, `true` on a story inside it. */
export interface MenuMark {
  href: string;
  current: "page" | "true";
}

/** A story belongs to its section, or, without one, to its kind's index. */
export function storyMenuMark(story: StoryTeaser): MenuMark {
  return { href: storySection(story).href, current: "true" };
}
