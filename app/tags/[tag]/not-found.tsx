import type { Metadata } from "next";
import { EmptyState } from "@/components/EmptyState";
import { SiteChrome } from "@/components/SiteChrome";
import { t } from "@/lib/urdu/strings";

export const metadata: Metadata = {
  title: t.notFoundTitle,
  robots: { index: false },
};

/** A tag no published story carries (or a page past a tag's end): still a 404, but said as a tag's empty state. */
export default function TagNotFound() {
  return (
    <SiteChrome>
      <h1 className="mb-6 text-3xl">{t.notFoundTitle}</h1>
      <EmptyState message={t.noTagStories} />
    </SiteChrome>
  );
}
