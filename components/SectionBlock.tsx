import type { ReactNode } from "react";
import { t } from "@/lib/urdu/strings";

interface SectionBlockProps {
  /** Unique on the page: labels the block. */
  id: string;
  title: string;
  href: string;
  children: ReactNode;
}

/** A home-page block: a section's (or ویڈیو's, کالم's) name linking to its list, then its stories. */
export function SectionBlock({ id, title, href, children }: SectionBlockProps) {
  const headingId = `${id}-title`;
  return (
    <section aria-labelledby={headingId} className="border-t-4 border-brand pt-2">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id={headingId} className="text-2xl">
          <a href={href} className="text-brand no-underline hover:underline">
            {title}
          </a>
        </h2>
        <a href={href} className="py-[0.25em] text-brand">
          {title} {t.moreFrom}
        </a>
      </div>
      {children}
    </section>
  );
}
