/** Where a story belongs: its section, or without one its kind's index (the contract's rule). */
import type { StoryTeaser } from "@/lib/content";
import { t } from "@/lib/urdu/strings";

export interface SectionLink {
  name: string;
  href: string;
}

export function storySection(story: StoryTeaser): SectionLink {
  if (story.category) return { name: story.category.name, href: story.category.path };
  if (story.kind === "video") return { name: t.videos, href: "/videos" };
  if (story.kind === "column") return { name: t.columns, href: "/columns" };
  return { name: t.latest, href: "/latest" };
}
