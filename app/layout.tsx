import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { getContentIndex } from "@/lib/content";
import { feedAlternateTypes } from "@/lib/feeds/alternate";
import { site } from "@/lib/site";
import { THEME_SCRIPT } from "@/lib/theme-script";
import { t } from "@/lib/urdu/strings";
import { nastaliq } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
  description: t.footerAbout,
  applicationName: site.name,
  openGraph: { siteName: site.name, locale: site.locale, type: "website" },
  alternates: { types: feedAlternateTypes },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#0f5132" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1512" },
  ],
};

// Every page shows the breaking strip, which depends on the clock. Pages stay
// prerendered (fast, cheap) but count as stale after 60 s: the next request
// gets the page as it was and rebuilds it in the background, so with readers
// coming and going a story enters or leaves the strip within about a minute.
export const revalidate = 60;

export default function RootLayout({ children }: { children: ReactNode }) {
  const { categories } = getContentIndex();
  return (
    // The theme script sets data-theme on <html> before React hydrates.
    <html lang="ur" dir="rtl" className={nastaliq.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2"
        >
          {t.skipToContent}
        </a>
        {/* Each page renders the header, strip and <main> itself (components/SiteChrome) to mark its menu item. */}
        {children}
        <SiteFooter categories={categories} />
      </body>
    </html>
  );
}
