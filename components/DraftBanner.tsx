import type { StoryTeaser } from "@/lib/content";
import { formatDateLine, formatTime, isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";

interface DraftBannerProps {
  story: StoryTeaser;
  /** Why production does not show this story yet; absent for a published one. */
  preview: "draft" | "scheduled" | undefined;
}

/**
 * Over a story only `next dev` shows (the index gives production no such
 * page): a draft, or a story whose time has not come. Says which, so an
 * editor never mistakes the preview for the published page.
 */
export function DraftBanner({ story, preview }: DraftBannerProps) {
  if (!preview) return null;
  return (
    <div role="note" data-testid="draft-banner" className="mb-6 rounded border-2 border-alert bg-surface-raised p-4">
      <p className="text-2xl font-bold text-alert">{preview === "draft" ? t.draft : t.scheduled}</p>
      {preview === "draft" ? (
        <p>{t.draftNote}</p>
      ) : (
        <p>
          {t.scheduledNote}{" "}
          <time dateTime={isoInKarachi(story.date)}>
            {formatDateLine(story.date)}، <bdi>{formatTime(story.date)}</bdi>
          </time>
        </p>
      )}
    </div>
  );
}
