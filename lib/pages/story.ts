/**
 * A story's page, for the three story routes (/news, /videos, /columns),
 * which differ only in kind.
 */
import type { ContentIndex, Correction, StoryKind, StoryTeaser } from "@/lib/content";
import { renderStoryBody } from "@/lib/markdown/render";
import { storyHead } from "@/lib/seo/story";
import { t } from "@/lib/urdu/strings";
import { chrome, type PageData } from "./chrome";
import { livePage, type LivePage } from "./live";
import { storyMenuMark } from "./menu";
import { prerenderCount } from "./prerender";

export type StoryPageData = PageData<{
  story: StoryTeaser;
  /** Under next dev only: a story production does not show yet, and why (components/DraftBanner). */
  preview?: "draft" | "scheduled";
  /** The body as sanitised HTML, with the یہ بھی پڑھیں links placed; a live page's introduction only. */
  bodyHtml: string;
  /** A live page's updates. */
  live?: LivePage;
  /** Newest first. */
  corrections: Correction[];
  latest: StoryTeaser[];
  videos: StoryTeaser[];
  columns: StoryTeaser[];
}>;

const LATEST = 8;
const PER_KIND = 4;

/**
 * The newest stories of this kind among the newest PRERENDER_STORIES of all
 * kinds, published when the build runs; the others render on their first
 * request and are cached from then on.
 */
export function storySlugs(index: ContentIndex, kind: StoryKind): string[] {
  const count = prerenderCount();
  const newest = index.list({ of: "all" }, { limit: count === Infinity ? -1 : count }).stories;
  return newest.filter((story) => story.kind === kind).map((story) => story.slug);
}

/**
 * The published story of this kind and slug, or undefined (the 404). Under
 * next dev a draft or scheduled story shows too, marked as such
 * (components/DraftBanner).
 */
export function storyPage(index: ContentIndex, kind: StoryKind, slug: string): StoryPageData | undefined {
  const published = index.story(kind, slug);
  const story = published ?? index.preview(kind, slug);
  if (!story) return undefined;
  const related = index.related(story).map((other) => ({ href: other.path, title: other.title }));
  const { body, related: _related, corrections, file: _file, ...teaser } = story;
  const live = livePage(story);
  return {
    story: teaser,
    ...(published ? {} : { preview: story.draft ? ("draft" as const) : ("scheduled" as const) }),
    bodyHtml: renderStoryBody(live ? live.intro : body, related, t.readAlso),
    ...(live ? { live } : {}),
    corrections: [...corrections].sort((a, b) => b.date.getTime() - a.date.getTime()),
    latest: index.latest(LATEST, { exclude: slug }),
    videos: index.latest(PER_KIND, { kind: "video", exclude: slug }),
    columns: index.latest(PER_KIND, { kind: "column", exclude: slug }),
    head: storyHead(story, live),
    chrome: chrome(index, storyMenuMark(story)),
  };
}
