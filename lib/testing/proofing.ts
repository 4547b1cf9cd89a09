/** Shorthands for the proofing tests: a story file around a body, and what the rules make of it. */
import { fixText, proofText } from "@/lib/proofing/proof";
import type { RuleId } from "@/lib/proofing/types";

const FRONT = '---\ntitle: "عنوان"\nsummary: "خلاصہ"\ndate: 2026-01-28\n---\n';

export const story = (body: string): string => `${FRONT}${body}\n`;

/** The rules that fire on a body, with the text each points at. */
export function flagged(body: string, rule?: RuleId): [RuleId, string][] {
  const text = story(body);
  return proofText(text, "story")
    .filter((f) => !rule || f.rule === rule)
    .map((f) => [f.rule, text.slice(f.start, f.end)]);
}

/** The body after content:fix. */
export function fixed(body: string): string {
  return fixText(story(body), "story").text.slice(FRONT.length, -1);
}
