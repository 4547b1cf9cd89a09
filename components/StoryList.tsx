import type { StoryTeaser } from "@/lib/content";
import { TeaserDate } from "./TeaserDate";
import { HeadlineLink } from "./HeadlineLink";

interface StoryListProps {
  title: string;
  stories: readonly StoryTeaser[];
  /** Where "مزید" leads: the full list of this kind. */
  moreHref?: string;
  moreLabel?: string;
  id?: string;
}

/** A titled list of headlines with their dates: تازہ ترین, ویڈیو, کالم / تجزیہ. */
export function StoryList({ title, stories, moreHref, moreLabel, id }: StoryListProps) {
  if (stories.length === 0) return null;
  const headingId = `${id ?? "list"}-title`;
  return (
    <section aria-labelledby={headingId} id={id} className="rounded border-t-4 border-brand bg-surface">
      <h2 id={headingId} className="py-2 text-2xl text-brand">
        {title}
      </h2>
      <ol className="divide-y divide-line">
        {stories.map((story) => (
          <li key={story.slug} className="py-3">
            <HeadlineLink href={story.path} className="text-lg">
              {story.title}
            </HeadlineLink>
            <TeaserDate story={story} className="block text-sm text-ink-muted" />
          </li>
        ))}
      </ol>
      {moreHref && moreLabel && (
        <p className="pt-2">
          <a href={moreHref} className="text-brand">
            {moreLabel}
          </a>
        </p>
      )}
    </section>
  );
}
