/**
 * What a share card shows, and a short hash of it for the card's URL
 * (`/cards/<slug>-<hash>.png`): a new headline, section or date, or a new
 * design, gives a new URL, so the image can be cached for good and a
 * re-shared story shows its current card. Kept apart from the renderer so
 * pages can name a card's URL without loading sharp.
 */
import { createHash } from "node:crypto";

export interface ShareCard {
  headline: string;
  section: string;
  /** As formatDateLine (lib/urdu/date.ts) writes it: `بدھ 28 جنوری 2026`. */
  dateLine: string;
}

/** Raise when the card's look changes (lib/cards/design.ts, the fonts), so old URLs stop matching. */
const DESIGN_VERSION = 1;

/** Text as the card sets it: one line (a stray newline would start a paragraph of its own), no outer spaces. */
export const asShown = (text: string) => text.replace(/\s+/g, " ").trim();

/** 10 hex characters: 40 bits, ample for one story's few versions. */
export function cardVersion(card: ShareCard): string {
  const shown = JSON.stringify([DESIGN_VERSION, asShown(card.headline), asShown(card.section), asShown(card.dateLine)]);
  return createHash("sha256").update(shown).digest("hex").slice(0, 10);
}
