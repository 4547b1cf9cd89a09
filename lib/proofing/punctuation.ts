/** Rules on punctuation and the spaces around it, in Urdu sentences only: a Latin phrase keeps its own. */
import { isArabicLetter, isArabicWordChar, isDigit, isLatinLetter } from "./chars";
import { endOfWordBefore, inUrdu, prose, wordBefore, wordFrom } from "./context";
import type { Segment } from "./mask";
import { finding } from "./finding";
import type { Finding } from "./types";

const URDU_MARK: Record<string, string> = { ",": "،", "?": "؟", ";": "؛", "%": "٪" };
const NAME: Record<string, string> = { ",": "comma", "?": "question mark", ";": "semicolon", "%": "percent sign" };

// As in letters.ts: a native scan for the characters a rule looks at, before walking the line in script.
const LATIN_MARKS = /[,?;%]/;
const SPACE_BEFORE_MARK = / [،؛؟۔!]/;
const MARK_BEFORE_WORD = /[،؛؟۔!][^\s]/;

export function latinPunctuation(seg: Segment): Finding[] {
  if (!LATIN_MARKS.test(seg.text)) return [];
  const found: Finding[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    const code = seg.text.charCodeAt(i);
    if ((code !== 0x2c && code !== 0x3f && code !== 0x3b && code !== 0x25) || !prose(seg, i)) continue; // , ? ; %
    const c = seg.text[i] ?? "";
    const urdu = URDU_MARK[c] ?? c;
    if (c === "," && isDigit(seg.text[i - 1]) && isDigit(seg.text[i + 1])) continue; // 1,000
    if (!inUrdu(seg, i)) continue;
    found.push(
      finding(
        seg,
        i,
        i + 1,
        "latin-punctuation",
        `Latin ${NAME[c]} ${c} in an Urdu sentence; Urdu writes ${urdu}`,
        urdu,
      ),
    );
  }
  return found;
}

export function fullStops(seg: Segment): Finding[] {
  if (!seg.text.includes(".")) return [];
  const found: Finding[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    if (seg.text[i] !== "." || !prose(seg, i)) continue;
    const next = seg.text[i + 1];
    // An ellipsis, a decimal point, a Latin abbreviation or a file name is not a full stop.
    if (seg.text[i - 1] === "." || next === "." || isDigit(next) || isLatinLetter(next)) continue;
    if (!isArabicWordChar(endOfWordBefore(seg, i))) continue;
    found.push(finding(seg, i, i + 1, "full-stop", "Latin full stop . ending an Urdu sentence; Urdu writes ۔", "۔"));
  }
  return found;
}

const allProse = (seg: Segment, start: number, end: number): boolean =>
  seg.masked.subarray(start, end).every((m) => m === 0);

export function doubleSpaces(seg: Segment): Finding[] {
  if (seg.table || !seg.text.includes("  ")) return [];
  const found: Finding[] = [];
  for (const match of seg.text.matchAll(/ {2,}/g)) {
    const end = match.index + match[0].length;
    // Leading spaces indent, trailing ones break a Markdown line: only spaces between words are doubled.
    if (match.index === 0 || end === seg.text.length || !allProse(seg, match.index, end)) continue;
    found.push(
      finding(seg, match.index, end, "double-space", `${match[0].length} spaces between words; one is enough`, " "),
    );
  }
  return found;
}

// ، ؛ ؟ ۔ !
const TIGHT = new Set([0x060c, 0x061b, 0x061f, 0x06d4, 0x21]);

export function spaceBefore(seg: Segment): Finding[] {
  if (!SPACE_BEFORE_MARK.test(seg.text)) return [];
  const found: Finding[] = [];
  for (const match of seg.text.matchAll(/ +(?=[،؛؟۔!])/g)) {
    const end = match.index + match[0].length;
    const mark = seg.text[end] ?? "";
    if (match.index === 0 || !allProse(seg, match.index, end + 1) || seg.text[end + 1] === mark) continue; // a line starting with a mark, or ۔۔۔
    if (mark === "!" && !inUrdu(seg, end)) continue;
    found.push(
      finding(
        seg,
        match.index,
        end,
        "space-before",
        `space before ${mark}; Urdu punctuation follows the word directly`,
        "",
      ),
    );
  }
  return found;
}

// Urdu letter names, as abbreviations are written: پی۔ٹی۔آئی keeps its marks tight.
const LETTER_NAMES = new Set(
  "اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ زی".split(" "),
);

export function spaceAfter(seg: Segment): Finding[] {
  if (!MARK_BEFORE_WORD.test(seg.text)) return [];
  const found: Finding[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    if (!TIGHT.has(seg.text.charCodeAt(i)) || !prose(seg, i) || !prose(seg, i + 1) || !isArabicLetter(seg.text[i + 1]))
      continue;
    const mark = seg.text[i] ?? "";
    if (mark === "!" && !inUrdu(seg, i)) continue;
    if (mark === "۔" && LETTER_NAMES.has(wordBefore(seg, i)) && LETTER_NAMES.has(wordFrom(seg, i + 1))) continue;
    found.push(finding(seg, i, i + 1, "space-after", `no space after ${mark} before the next word`, `${mark} `));
  }
  return found;
}
