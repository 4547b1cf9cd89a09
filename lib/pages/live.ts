/**
 * A live page's updates as its page shows them: those posted by now,
 * newest first, each rendered, with its anchor, and its text for JSON-LD.
 */
import type { Story } from "@/lib/content";
import { liveState, parseLiveBody, updateAnchor } from "@/lib/content/live";
import { markdownToText, renderMarkdown } from "@/lib/markdown/render";

export interface ShownUpdate {
  anchor: string;
  at: Date;
  headline: string | null;
  html: string;
  /** Plain text, for JSON-LD's articleBody and a headline where the editor wrote none. */
  text: string;
}

export interface LivePage {
  /** Live now: not past its `live_until`. */
  on: boolean;
  /** The newest update shown, if any. */
  last?: Date;
  /** The Markdown before the first update. */
  intro: string;
  /** Newest first. */
  updates: ShownUpdate[];
}

export function livePage(story: Story, now = new Date()): LivePage | undefined {
  if (!story.live) return undefined;
  const { intro, updates } = parseLiveBody(story.body, story.date);
  const shown = updates
    .filter((update) => update.at <= now)
    .reverse()
    .map(({ at, headline, body }) => ({
      anchor: updateAnchor(at),
      at,
      headline,
      html: renderMarkdown(body),
      text: markdownToText(body),
    }));
  return { ...liveState(story.live, now), intro, updates: shown };
}
