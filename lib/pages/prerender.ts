/**
 * How much of the archive `next build` renders ahead. Everything else renders
 * on its first request and is cached from then on (ISR), so the build's time
 * and memory stay bounded however large the archive grows (docs/deploy.md).
 */

/** A count setting from the environment: digits or "all"; unset means `fallback`. */
function countSetting(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  if (raw === "all") return Infinity;
  if (!/^\d+$/.test(raw)) throw new Error(`${name}: "${raw}" is not a count or "all"`);
  return Number(raw);
}

/** PRERENDER_STORIES: how many of the newest stories, all kinds together. */
export const prerenderCount = (raw = process.env.PRERENDER_STORIES): number =>
  countSetting("PRERENDER_STORIES", raw, 1000);

/**
 * PRERENDER_LIST_PAGES: how many pages of each list (section, tag, author…),
 * counting its first. Readers rarely go deep, and a deep page's stories shift
 * with every new one, so prerendering all of them grew the build faster than
 * the archive: at 10,000 stories they were some 4,500 pages.
 */
export const prerenderListPages = (raw = process.env.PRERENDER_LIST_PAGES): number =>
  countSetting("PRERENDER_LIST_PAGES", raw, 3);
