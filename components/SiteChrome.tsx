import type { ReactNode } from "react";
import { getContentIndex } from "@/lib/content";
import { breakingStories } from "@/lib/breaking";
import type { MenuMark } from "@/lib/menu";
import { BreakingStrip } from "./BreakingStrip";
import { SiteHeader } from "./SiteHeader";

interface SiteChromeProps {
  /** The menu item this page belongs to. */
  active?: MenuMark;
  children: ReactNode;
}

/**
 * Masthead, menu, breaking strip and the page's <main>. Pages render it
 * themselves (not the root layout) so each can say which menu item is
 * theirs without JavaScript. The strip reads the clock when the page is
 * rendered; the root layout's `revalidate` keeps that render fresh.
 */
export function SiteChrome({ active, children }: SiteChromeProps) {
  const index = getContentIndex();
  return (
    <>
      <SiteHeader categories={index.categories} active={active} />
      <BreakingStrip stories={breakingStories(index.stories, new Date())} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
