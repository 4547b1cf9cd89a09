import type { ReactNode } from "react";
import { SiteChrome } from "@/components/SiteChrome";
import { getContentIndex } from "@/lib/content";
import { storyMenuMark } from "@/lib/menu";

interface Props {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}

/** The site's header around a story, with the story's section marked in the menu. */
export default async function NewsStoryLayout({ children, params }: Props) {
  const { slug } = await params;
  return <SiteChrome active={storyMenuMark(getContentIndex().story("news", slug))}>{children}</SiteChrome>;
}
