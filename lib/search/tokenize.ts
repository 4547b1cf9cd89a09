/**
 * Search terms, built on the site's one Urdu normaliser so that stories and
 * queries are cut into words the same way.
 */
import { urduTokens } from "@/lib/urdu/normalize";

const MAX_QUERY_TERMS = 12;

// Words so common that, next to any other word, they only widen the results.
const STOPWORDS = new Set([
  "کا",
  "کی",
  "کے",
  "کو",
  "میں",
  "سے",
  "نے",
  "پر",
  "اور",
  "ہے",
  "ہیں",
  "تھا",
  "تھی",
  "تھے",
  "یہ",
  "وہ",
  "کہ",
  "بھی",
  "لیے",
  "جو",
  "تو",
  "ان",
  "اس",
  "نہیں",
  "یا",
  "ایک",
]);

const DIGITS = /^\d+$/;
const DIGIT_OR_LETTER_RUNS = /\d+|\D+/g;

/**
 * Terms a story is indexed under: every word, and for a word that mixes
 * digits and letters (`2026ء`, `کووڈ19`) also its digit and letter runs,
 * so that `2026` finds `۲۰۲۶ء`.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of urduTokens(text)) {
    terms.push(word);
    const runs = word.match(DIGIT_OR_LETTER_RUNS) ?? [];
    if (runs.length < 2) continue;
    for (const run of runs) if (DIGITS.test(run) || run.length >= 2) terms.push(run);
  }
  return terms;
}

/**
 * Terms of a query: its words, with the commonest function words dropped
 * when anything else is left, and at most a dozen of them. A mixed word is
 * kept whole; the index holds it whole too.
 */
export function queryTerms(query: string): string[] {
  const words = [...new Set(urduTokens(query))];
  const content = words.filter((word) => !STOPWORDS.has(word));
  return (content.length > 0 ? content : words).slice(0, MAX_QUERY_TERMS);
}

/** Prefix matching finds inflections (خبر → خبریں) but not for short words, nor numbers: 26 must not find 2600. */
export function matchesAsPrefix(term: string): boolean {
  return term.length >= 3 && !DIGITS.test(term);
}

/** Whether a story's term is one this query term finds: the same word, or one it begins when prefixes are allowed. */
export function findsTerm(queryTerm: string, term: string): boolean {
  return term === queryTerm || (matchesAsPrefix(queryTerm) && term.startsWith(queryTerm));
}
