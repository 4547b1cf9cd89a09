/** Looking around a character of a segment: the word it is in, the letters near it. Masked text is looked through, never read. */
import { CLOSERS, isArabicLetter, isArabicWordChar, isLetter } from "./chars";
import type { Segment } from "./mask";

export const prose = (seg: Segment, i: number): boolean => i >= 0 && i < seg.text.length && seg.masked[i] === 0;

/** The nearest unmasked letter before (step -1) or after (step 1) position i. */
function nearestLetter(seg: Segment, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < seg.text.length; j += step) {
    if (prose(seg, j) && isLetter(seg.text[j])) return seg.text[j];
  }
  return undefined;
}

/** True when the sentence around position i is Urdu: the nearest letter before it (else after it) is of the Arabic script. */
export function inUrdu(seg: Segment, i: number): boolean {
  return isArabicLetter(nearestLetter(seg, i, -1) ?? nearestLetter(seg, i, 1));
}

/** The character that ends the word before position i, looking through closing quotes, brackets and markup. */
export function endOfWordBefore(seg: Segment, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const c = seg.text[j];
    if (prose(seg, j) && !CLOSERS.has(c ?? "")) return c;
  }
  return undefined;
}

/** The Urdu word (letters and marks) that contains position i, as [start, end). */
export function wordAt(seg: Segment, i: number): [number, number] {
  let start = i;
  let end = i + 1;
  while (prose(seg, start - 1) && isArabicWordChar(seg.text[start - 1])) start--;
  while (prose(seg, end) && isArabicWordChar(seg.text[end])) end++;
  return [start, end];
}

/** The Urdu word that ends just before position i (empty if none). */
export function wordBefore(seg: Segment, i: number): string {
  let start = i;
  while (prose(seg, start - 1) && isArabicWordChar(seg.text[start - 1])) start--;
  return seg.text.slice(start, i);
}

/** The Urdu word that starts at position i (empty if none). */
export function wordFrom(seg: Segment, i: number): string {
  let end = i;
  while (prose(seg, end) && isArabicWordChar(seg.text[end])) end++;
  return seg.text.slice(i, end);
}
