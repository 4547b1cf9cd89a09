/**
 * The three story routes (/news, /videos, /columns) differ only in kind:
 * each route file asks these for its params, metadata and story.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContentIndex, type Story, type StoryKind } from "@/lib/content";
import { storyMetadata } from "@/lib/seo/story";

export interface SlugParams {
  params: Promise<{ slug: string }>;
}

export function storyParams(kind: StoryKind): { slug: string }[] {
  return getContentIndex()
    .byKind(kind)
    .map((story) => ({ slug: story.slug }));
}

/** The published story of this kind and slug, or the 404 page. */
export async function findStory(kind: StoryKind, { params }: SlugParams): Promise<Story> {
  const { slug } = await params;
  const story = getContentIndex().story(kind, slug);
  if (!story) notFound();
  return story;
}

export async function storyPageMetadata(kind: StoryKind, props: SlugParams): Promise<Metadata> {
  return storyMetadata(await findStory(kind, props));
}
