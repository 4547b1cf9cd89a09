/**
 * The three story routes (/news, /videos, /columns) differ only in kind:
 * each route file asks these for its params, metadata and story.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContentIndex, type Story, type StoryKind } from "@/lib/content";
import { prerenderCount } from "@/lib/prerender";
import { storyMetadata } from "@/lib/seo/story";
import { t } from "@/lib/urdu/strings";

export interface SlugParams {
  params: Promise<{ slug: string }>;
}

/** The newest stories of this kind published when the build runs (lib/prerender.ts); the others render on their first request. */
export function storyParams(kind: StoryKind): { slug: string }[] {
  return getContentIndex()
    .stories.slice(0, prerenderCount())
    .filter((story) => story.kind === kind)
    .map((story) => ({ slug: story.slug }));
}

/**
 * The published story of this kind and slug, or the 404 page. Under next dev
 * a draft or scheduled story shows too (components/DraftBanner marks it).
 * A slug that generateStaticParams did not list (a story past the newest
 * PRERENDER_STORIES, or one whose time came after the build) renders on
 * demand and is cached from then on: dynamicParams stays true.
 */
export async function findStory(kind: StoryKind, { params }: SlugParams): Promise<Story> {
  const { slug } = await params;
  const index = getContentIndex();
  const story = index.story(kind, slug) ?? index.preview(kind, slug);
  if (!story) notFound();
  return story;
}

export async function storyPageMetadata(kind: StoryKind, props: SlugParams): Promise<Metadata> {
  return storyMetadata(await findStory(kind, props));
}

/** Where a story belongs: its section, or without one its kind's index (the contract's rule). */
export function storySection(story: Story): { name: string; href: string } {
  if (story.category) return { name: story.category.name, href: `/category/${story.category.key}` };
  if (story.kind === "video") return { name: t.videos, href: "/videos" };
  if (story.kind === "column") return { name: t.columns, href: "/columns" };
  return { name: t.latest, href: "/latest" };
}
