/** The share card a story without a picture is shown by: what it says, and its URL. */
import type { StoryTeaser } from "@/lib/content";
import { storySection } from "@/lib/pages/section";
import { formatDateLine } from "@/lib/urdu/date";
import { cardVersion, type ShareCard } from "./version";

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export function storyCard(story: StoryTeaser): ShareCard {
  return { headline: story.title, section: storySection(story).name, dateLine: formatDateLine(story.date) };
}

/** `/cards/<slug>-<version>.png`: a changed headline, section or date is a new URL, so each one can be kept for good. */
export function storyCardPath(story: StoryTeaser): string {
  return `/cards/${story.slug}-${cardVersion(storyCard(story))}.png`;
}

const CARD_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)-([0-9a-f]{10})\.png$/;

/** The slug and version a card's file name holds, or undefined for a name that is no card's. */
export function parseCardFile(file: string): { slug: string; version: string } | undefined {
  const [, slug, version] = CARD_FILE.exec(file) ?? [];
  return slug && version ? { slug, version } : undefined;
}
