/** What the home page shows, chosen from the index; the page only lays it out. */
import type { Category, ContentIndex, Story } from "@/lib/content";

const TOP_STORIES = 4;
const LATEST_ON_HOME = 8;
const PER_SECTION = 4;
const PER_STRIP = 4;

export interface HomeSection {
  category: Category;
  stories: readonly Story[];
}

export interface HomeContent {
  lead: Story | undefined;
  top: readonly Story[];
  latest: readonly Story[];
  sections: readonly HomeSection[];
  videos: readonly Story[];
  columns: readonly Story[];
}

/** The newest featured story, else the newest news story (else the newest of any kind). */
export function chooseLead(stories: readonly Story[]): Story | undefined {
  return stories.find((s) => s.featured) ?? stories.find((s) => s.kind === "news") ?? stories[0];
}

export function homeContent(index: ContentIndex): HomeContent {
  const lead = chooseLead(index.stories);
  const top = index.byKind("news").filter((s) => s !== lead).slice(0, TOP_STORIES);
  // Section blocks leave out what already stands at the top, so the page does not repeat
  // itself, unless that would leave a section with nothing to show.
  const shown = new Set<Story | undefined>([lead, ...top]);
  const sectionStories = (key: string) => {
    const all = index.byCategory(key);
    const fresh = all.filter((s) => !shown.has(s));
    return (fresh.length > 0 ? fresh : all).slice(0, PER_SECTION);
  };
  return {
    lead,
    top,
    latest: index.latest(LATEST_ON_HOME, { exclude: lead }),
    sections: index.categories.map((category) => ({ category, stories: sectionStories(category.key) })),
    videos: index.latest(PER_STRIP, { kind: "video" }),
    columns: index.latest(PER_STRIP, { kind: "column" }),
  };
}
