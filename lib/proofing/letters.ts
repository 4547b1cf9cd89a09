/** Rules on single characters: Arabic letter forms and digits, invisible characters, tatweel. */
import { URDU_ONLY, codePoint, isArabicLetter, isArabicWordChar, isVowelled } from "./chars";
import { prose, wordAt } from "./context";
import type { Segment } from "./mask";
import { finding } from "./finding";
import type { Finding } from "./types";

const URDU_FORM: Record<string, string> = { ي: "ی", ى: "ی", ك: "ک", ة: "ۃ", ۀ: "ۂ" };
// Arabic ه after these is ہ or the aspirate ھ (که is کہ, ساته is ساتھ): only an editor knows which.
const ASPIRABLE = new Set([..."بپتٹجچدڈکگڑك"]);
const isPresentationForm = (code: number): boolean =>
  (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
// ة ك ه ى ي ۀ: the letters this rule looks at, so the loop passes every other character at once.
const ARABIC_FORMS = new Set([0x0629, 0x0643, 0x0647, 0x0649, 0x064a, 0x06c0]);
const isCandidate = (code: number): boolean => ARABIC_FORMS.has(code) || isPresentationForm(code);

// Each rule first asks the regular expression engine whether the line holds a character it looks at at all:
// a native scan, where walking every character in script cost most of content:check's time. Two small
// character classes scan Urdu text about twice as fast as one class holding both.
const FORM_CANDIDATES = [/[\u0629\u0643\u0647\u0649\u064A\u06C0]/, /[\uFB50-\uFDFF\uFE70-\uFEFC]/];
const ARABIC_DIGITS = [/[\u0660-\u0669]/];
const INVISIBLES = [/[\u00AD\u061C\uFEFF]/, /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069]/];
const holdsAny = (seg: Segment, classes: readonly RegExp[]): boolean => classes.some((c) => c.test(seg.text));

/** A line with no letter only Urdu writes is an Arabic quotation (or not Urdu at all), and keeps its letters. */
const isUrduLine = (seg: Segment): boolean => URDU_ONLY.test(seg.text);

function heh(seg: Segment, i: number, shown: string): Finding {
  let j = i - 1;
  while (prose(seg, j) && !isArabicLetter(seg.text[j]) && isArabicWordChar(seg.text[j])) j--; // marks
  const before = prose(seg, j) ? seg.text[j] : undefined;
  if (before && ASPIRABLE.has(before)) {
    return finding(
      seg,
      i,
      i + 1,
      "arabic-letter",
      `Arabic letter ${shown} (${codePoint(shown)}) after ${before}; Urdu writes ہ (${before}ہ) or the aspirate ھ (${before}ھ): correct it by hand`,
    );
  }
  return finding(seg, i, i + 1, "arabic-letter", `Arabic letter ${shown} (${codePoint(shown)}); Urdu writes ہ`, "ہ");
}

export function letterForms(seg: Segment): Finding[] {
  if (!holdsAny(seg, FORM_CANDIDATES) || !isUrduLine(seg)) return [];
  const found: Finding[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    const code = seg.text.charCodeAt(i);
    if (!isCandidate(code) || !prose(seg, i)) continue;
    const c = seg.text[i] ?? "";
    const base = isPresentationForm(code) ? c.normalize("NFKC") : c;
    if (base === c && !(c in URDU_FORM) && c !== "ه") continue;
    const [start, end] = wordAt(seg, i);
    if (isVowelled(seg.text.slice(start, end))) continue;
    if (base === "ه") {
      found.push(heh(seg, i, c));
      continue;
    }
    const urdu = [...base].map((ch) => URDU_FORM[ch] ?? ch).join("");
    const what = base === c ? "Arabic letter" : "Arabic presentation form";
    found.push(finding(seg, i, i + 1, "arabic-letter", `${what} ${c} (${codePoint(c)}); Urdu writes ${urdu}`, urdu));
  }
  return found;
}

export function arabicDigits(seg: Segment): Finding[] {
  if (!holdsAny(seg, ARABIC_DIGITS) || !isUrduLine(seg)) return [];
  const found: Finding[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    const code = seg.text.charCodeAt(i);
    if (code < 0x0660 || code > 0x0669 || !prose(seg, i)) continue;
    const urdu = String.fromCharCode(code + 0x90);
    found.push(
      finding(
        seg,
        i,
        i + 1,
        "arabic-digit",
        `Arabic-Indic digit ${seg.text[i]} (${codePoint(seg.text[i] ?? "")}); Urdu writes ${urdu} (or ${code - 0x0660})`,
        urdu,
      ),
    );
  }
  return found;
}

const INVISIBLE: Record<string, string> = {
  "\u200B": "zero-width space",
  "\u2060": "word joiner",
  "\uFEFF": "zero-width no-break space",
  "\u00AD": "soft hyphen",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u061C": "Arabic letter mark",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
};
// A joiner or non-joiner shapes the letters on either side; anywhere else it does nothing.
const JOINERS: Record<string, string> = { "\u200C": "zero-width non-joiner", "\u200D": "zero-width joiner" };

export function invisibles(seg: Segment): Finding[] {
  if (!holdsAny(seg, INVISIBLES)) return [];
  const found: Finding[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    const code = seg.text.charCodeAt(i);
    // Each is U+00AD, U+061C or from U+200B up: nearly all text passes here.
    if ((code < 0x200b && code !== 0x00ad && code !== 0x061c) || !prose(seg, i)) continue;
    const c = seg.text[i] ?? "";
    const joiner = JOINERS[c];
    if (joiner && isArabicWordChar(seg.text[i - 1]) && isArabicWordChar(seg.text[i + 1])) continue;
    const name = INVISIBLE[c] ?? joiner;
    if (name)
      found.push(
        finding(
          seg,
          i,
          i + 1,
          "invisible",
          `invisible ${name} (${codePoint(c)}) that does nothing here; content:fix removes it`,
          "",
        ),
      );
  }
  return found;
}

/** The nearest character on one side of a run of tatweels. */
function pastTatweel(seg: Segment, i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while (seg.text[j] === "\u0640") j += step;
  return prose(seg, j) ? seg.text[j] : undefined;
}

export function tatweel(seg: Segment): Finding[] {
  if (!seg.text.includes("\u0640")) return [];
  const found: Finding[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    if (seg.text[i] !== "\u0640" || !prose(seg, i)) continue;
    const inWord = isArabicLetter(pastTatweel(seg, i, -1)) && isArabicLetter(pastTatweel(seg, i, 1));
    found.push(
      inWord
        ? finding(
            seg,
            i,
            i + 1,
            "tatweel",
            "tatweel ـ (U+0640) stretching a word; the page sets its own spacing, and search does not match a stretched word",
            "",
          )
        : finding(seg, i, i + 1, "tatweel", "tatweel ـ (U+0640) outside a word; remove it or use a dash"),
    );
  }
  return found;
}
