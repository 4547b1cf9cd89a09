/** Proofing a whole file: every rule over every stretch of prose, and the safe fixes applied. */
import { fieldLengths } from "./fields";
import { arabicDigits, invisibles, letterForms, tatweel } from "./letters";
import { doubleSpaces, fullStops, latinPunctuation, spaceAfter, spaceBefore } from "./punctuation";
import { proseSegments, type FileKind } from "./segments";
import type { Finding } from "./types";

const RULES = [
  letterForms,
  arabicDigits,
  invisibles,
  tatweel,
  latinPunctuation,
  fullStops,
  doubleSpaces,
  spaceBefore,
  spaceAfter,
];

/** Every finding in a file, in file order. */
export function proofText(text: string, kind: FileKind): Finding[] {
  const segments = proseSegments(text, kind);
  // Plain loops: most rules find nothing on most lines, and flatMap's arrays for nothing added up over an archive.
  const found: Finding[] = [];
  for (const seg of segments) {
    for (const rule of RULES) {
      const some = rule(seg);
      if (some.length > 0) found.push(...some);
    }
  }
  if (kind === "story") found.push(...fieldLengths(segments));
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Fixes that do not touch one another, in file order, applied at once. */
function applyFixes(text: string, found: readonly Finding[]): { text: string; applied: number } {
  let out = "";
  let at = 0;
  let applied = 0;
  for (const f of found) {
    if (f.fix === undefined || f.start < at) continue;
    out += text.slice(at, f.start) + f.fix;
    at = f.end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

// One fix can uncover another (, becomes ، and then wants a space after it): a few rounds reach the end.
const MAX_ROUNDS = 8;

/** The text with every safe fix applied, and how many were. Running it again changes nothing. */
export function fixText(text: string, kind: FileKind): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = applyFixes(current, proofText(current, kind));
    if (next.applied === 0) return { text: current, applied };
    current = next.text;
    applied += next.applied;
  }
  throw new Error("proofing fixes did not settle; a rule undoes another");
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
