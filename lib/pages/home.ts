/** What the home page shows, chosen from the index; the page only lays it out. */
import type { Category, ContentIndex, StoryTeaser } from "@/lib/content";
import { siteFeedLink } from "@/lib/feeds/alternate";
import { defaultShareImage, twitterCardFor } from "@/lib/seo/head";
import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";
import { chrome, type PageData } from "./chrome";

const TOP_STORIES = 4;
const LATEST_ON_HOME = 8;
const PER_SECTION = 4;
const PER_STRIP = 4;

export interface HomeSection {
  category: Category;
  stories: readonly StoryTeaser[];
}

export type HomePageData = PageData<{
  lead: StoryTeaser | undefined;
  top: readonly StoryTeaser[];
  latest: readonly StoryTeaser[];
  sections: readonly HomeSection[];
  videos: readonly StoryTeaser[];
  columns: readonly StoryTeaser[];
}>;

export function homePage(index: ContentIndex): HomePageData {
  const lead = index.lead();
  const top = index
    .latest(TOP_STORIES + 1, { kind: "news" })
    .filter((story) => story.slug !== lead?.slug)
    .slice(0, TOP_STORIES);
  // Section blocks leave out what already stands at the top, so the page does not repeat
  // itself, unless that would leave a section with nothing to show.
  const shown = new Set([lead, ...top].map((story) => story?.slug));
  const sectionStories = (key: string) => {
    const all = index.list({ of: "category", key }, { limit: PER_SECTION + shown.size }).stories;
    const fresh = all.filter((story) => !shown.has(story.slug));
    return (fresh.length > 0 ? fresh : all).slice(0, PER_SECTION);
  };
  const image = defaultShareImage();
  return {
    lead,
    top,
    latest: index.latest(LATEST_ON_HOME, { ...(lead ? { exclude: lead.slug } : {}) }),
    sections: index.categories.map((category) => ({ category, stories: sectionStories(category.key) })),
    videos: index.latest(PER_STRIP, { kind: "video" }),
    columns: index.latest(PER_STRIP, { kind: "column" }),
    head: {
      title: `${site.name}: ${site.tagline}`,
      description: t.footerAbout,
      canonical: site.url,
      feeds: [siteFeedLink],
      og: { type: "website", title: `${site.name}: ${site.tagline}`, url: site.url, image },
      twitterCard: twitterCardFor(image),
      jsonLd: [],
    },
    chrome: chrome(index, { href: "/", current: "page" }),
  };
}
