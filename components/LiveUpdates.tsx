import type { LivePage } from "@/lib/pages/live";
import { absoluteUrl } from "@/lib/site";
import { formatDateLine, formatTime, isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";
import { LiveUpdate } from "./LiveUpdate";

interface LiveUpdatesProps {
  /** The story's own path: each update's link is it with the update's anchor. */
  path: string;
  title: string;
  live: LivePage;
}

/**
 * A live page's updates, newest first, under "آخری اپ ڈیٹ". The site's
 * script (public/site.js) asks for the page again now and then and offers
 * what is new behind a "N نئی اپ ڈیٹس" button, inserting nothing until the
 * reader taps it; without it, a reload shows the new updates.
 */
export function LiveUpdates({ path, title, live }: LiveUpdatesProps) {
  const last = live.last;
  return (
    <section
      aria-labelledby="live-updates-title"
      className="my-8"
      data-live-updates={live.on ? "on" : "ended"}
      data-new-label={t.newUpdates}
    >
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 border-b-2 border-alert pb-2">
        <h2 id="live-updates-title" className="text-2xl">
          {live.on ? t.liveUpdates : t.liveEnded}
        </h2>
        {last && (
          <p className="text-ink-muted">
            {t.lastUpdate}{" "}
            <time dateTime={isoInKarachi(last)} data-live-last="">
              {formatDateLine(last)}، <bdi>{formatTime(last)}</bdi>
            </time>
          </p>
        )}
      </div>
      <ol className="flex flex-col gap-6" data-live-list="">
        {live.updates.map((update) => (
          <li key={update.anchor}>
            <LiveUpdate update={update} url={`${absoluteUrl(path)}#${update.anchor}`} storyTitle={title} />
          </li>
        ))}
      </ol>
    </section>
  );
}
