/**
 * The share card's look: the site's light theme on 1200×630, the 1.91:1
 * size that Facebook, X and WhatsApp show link previews at. Sizes are pixels.
 */

/** styles/globals.css's light :root values (lib/cards/design.test.ts keeps them in step). */
export const colors = {
  brand: "#0f5132",
  brandDark: "#0a3622",
  brandLight: "#e8f3ee",
  brandContrast: "#ffffff",
  ink: "#1a1a1a",
  surface: "#ffffff",
} as const;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Text keeps this far from the left and right edges; RTL lines end at CARD_WIDTH - INLINE_MARGIN. */
export const INLINE_MARGIN = 72;

/** The brand bar across the top, with the site's name. */
export const bar = { height: 112, nameSize: 46 } as const;

/** The band along the bottom, with the date line, and a darker edge under it. */
export const footer = { top: 540, dateSize: 30, edge: 8 } as const;

/**
 * Between bar and footer: the section name above the headline, the two
 * centred together. Nastaliq needs a line pitch of about 2 em, as the site's
 * own text has, or one line's descenders meet the next line's ascenders.
 */
export const body = {
  sectionSize: 32,
  gap: 20,
  headlineWidth: CARD_WIDTH - 2 * INLINE_MARGIN,
  /** Room for the headline's ink: two lines at 64 and 56, three from 50 down. */
  headlineHeight: 300,
  /** Tried in turn until the headline fits; one too long even at the last is cut short. */
  headlineSizes: [64, 56, 50, 44, 40],
  lineHeight: 2,
} as const;
