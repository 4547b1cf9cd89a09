import type { ReactNode } from "react";
import { getContentIndex, type StoryKind } from "@/lib/content";
import { storyMenuMark } from "@/lib/menu";
import { SiteChrome } from "./SiteChrome";

export interface StoryLayoutProps {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}

/** The site's header around a story, with the story's section marked in the menu. */
export async function StoryChrome({ kind, children, params }: StoryLayoutProps & { kind: StoryKind }) {
  const { slug } = await params;
  return <SiteChrome active={storyMenuMark(getContentIndex().story(kind, slug))}>{children}</SiteChrome>;
}
