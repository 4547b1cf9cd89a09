import type { StoryTeaser } from "@/lib/content";
import { formatTime, isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";

interface BreakingStripProps {
  stories: readonly StoryTeaser[];
}

/** بریکنگ نیوز under the masthead: each breaking story with its time. Nothing when none is breaking. */
export function BreakingStrip({ stories }: BreakingStripProps) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="breaking-label" className="border-b border-line bg-surface-raised">
      <div className="mx-auto flex max-w-page flex-col gap-2 px-4 py-2 sm:flex-row sm:items-start sm:gap-4">
        <p id="breaking-label" className="w-fit shrink-0 rounded bg-alert px-3 font-bold text-alert-contrast">
          {t.breaking}
        </p>
        <ul className="flex flex-col gap-1">
          {stories.map((story) => (
            <li key={story.slug}>
              <time dateTime={isoInKarachi(story.date)} className="me-2 text-sm text-ink-muted">
                <bdi>{formatTime(story.date)}</bdi>
              </time>
              <a href={story.path} className="font-bold text-ink hover:text-brand">
                {story.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
