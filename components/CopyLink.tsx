import type { ReactNode } from "react";

interface CopyLinkProps {
  url: string;
  label: string;
  doneLabel: string;
  className?: string;
  children: ReactNode;
}

/**
 * A link to the story's own address. The site's script (public/site.js)
 * copies it instead and says so in the status line; without the script it
 * is a plain link the reader can long-press to copy.
 */
export function CopyLink({ url, label, doneLabel, className, children }: CopyLinkProps) {
  return (
    <a href={url} className={className} aria-label={label} title={label} data-copy-link="" data-done-label={doneLabel}>
      {children}
      <span role="status" className="sr-only" />
    </a>
  );
}
