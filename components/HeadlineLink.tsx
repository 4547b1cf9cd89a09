import type { ReactNode } from "react";

interface HeadlineLinkProps {
  href: string;
  children: ReactNode;
  /** Classes before the link's own, such as a size. */
  className?: string;
}

/** A story's headline as a link in a list: ink-coloured, the brand colour and an underline on hover. */
export function HeadlineLink({ href, children, className }: HeadlineLinkProps) {
  const own = "text-ink no-underline hover:text-brand hover:underline";
  return (
    <a href={href} className={className ? `${className} ${own}` : own}>
      {children}
    </a>
  );
}
