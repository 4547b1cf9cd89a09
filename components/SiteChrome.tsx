import type { ReactNode } from "react";
import type { Chrome } from "@/lib/pages/chrome";
import { t } from "@/lib/urdu/strings";
import { BreakingStrip } from "./BreakingStrip";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

interface SiteChromeProps {
  chrome: Chrome;
  children: ReactNode;
}

/**
 * Around every page: the skip link, masthead and menu (with this page's
 * item marked in the served HTML), the breaking strip, <main>, the footer.
 */
export function SiteChrome({ chrome, children }: SiteChromeProps) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2"
      >
        {t.skipToContent}
      </a>
      <SiteHeader categories={chrome.categories} active={chrome.active} />
      <BreakingStrip stories={chrome.breaking} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter categories={chrome.categories} year={chrome.year} />
    </>
  );
}
