import type { Segment } from "@/lib/search";

interface HighlightedProps {
  segments: readonly Segment[];
}

/** Text with the words a search matched in <mark>; React escapes every piece, so a query can never become markup. */
export function Highlighted({ segments }: HighlightedProps) {
  return segments.map((segment, i) =>
    segment.mark ? (
      <mark key={i} className="rounded-sm bg-brand-light text-ink">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
