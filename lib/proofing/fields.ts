/** How much of a headline and a summary the places they are shared show. */
import type { Segment } from "./mask";
import type { Finding } from "./types";

/** WhatsApp's link preview shows 60 to 80 characters of a headline, by the width of the phone. */
export const TITLE_LIMIT = 80;
/** Search results and Facebook and X previews cut a description at about 160 characters. */
export const SUMMARY_LIMIT = 160;

const LIMITS = {
  title: {
    limit: TITLE_LIMIT,
    rule: "title-length",
    where: `a WhatsApp link preview shows at most about ${TITLE_LIMIT}`,
  },
  summary: {
    limit: SUMMARY_LIMIT,
    rule: "summary-length",
    where: `search results and share previews show about ${SUMMARY_LIMIT}`,
  },
} as const;

export function fieldLengths(segments: readonly Segment[]): Finding[] {
  const found: Finding[] = [];
  for (const [field, { limit, rule, where }] of Object.entries(LIMITS)) {
    const parts = segments.filter((seg) => seg.field === field);
    const first = parts[0];
    const length = parts.reduce((sum, seg) => sum + [...seg.text.trim()].length, 0);
    if (!first || length <= limit) continue;
    found.push({
      rule,
      field,
      start: first.start,
      end: first.start + first.text.length,
      message: `is ${length} characters; ${where}, the rest is cut`,
    });
  }
  return found;
}
