import type { ShownUpdate } from "@/lib/pages/live";
import { shareTargets } from "@/lib/seo/share";
import { formatDateLine, formatTime, isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";
import { CopyLink } from "./CopyLink";
import { ShareIcon } from "./ShareIcon";
import { StoryBody } from "./StoryBody";

interface LiveUpdateProps {
  update: ShownUpdate;
  /** The update's own address: the story's with its anchor. */
  url: string;
  storyTitle: string;
}

const ICON_LINK =
  "inline-flex h-11 w-11 items-center justify-center rounded-full bg-surface-raised text-ink hover:bg-brand hover:text-brand-contrast";

/** One update: its time (its anchor's target), its headline and text, and links to share just it. */
export function LiveUpdate({ update, url, storyTitle }: LiveUpdateProps) {
  const heading = update.headline ?? storyTitle;
  return (
    <article
      id={update.anchor}
      data-live-update={update.at.getTime()}
      className="scroll-mt-4 border-s-4 border-line ps-4"
    >
      <p className="text-sm font-bold text-alert">
        <a href={`#${update.anchor}`} className="text-alert no-underline hover:underline">
          <time dateTime={isoInKarachi(update.at)}>
            <bdi>{formatTime(update.at)}</bdi> · {formatDateLine(update.at)}
          </time>
        </a>
      </p>
      {update.headline && <h3 className="text-xl">{update.headline}</h3>}
      <StoryBody html={update.html} />
      <ul aria-label={t.share} className="flex items-center gap-2">
        <li>
          <a
            href={shareTargets(url, heading).whatsapp}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t.shareUpdate}
            title={t.shareUpdate}
            className={ICON_LINK}
          >
            <ShareIcon name="whatsapp" />
          </a>
        </li>
        <li>
          <CopyLink url={url} label={t.updateLink} doneLabel={t.linkCopied} className={ICON_LINK}>
            <ShareIcon name="link" />
          </CopyLink>
        </li>
      </ul>
    </article>
  );
}
