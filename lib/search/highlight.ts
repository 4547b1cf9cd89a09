/**
 * Which words of a text a search matched, as segments for the page to wrap
 * in <mark>. Whole words only: marking part of a word would break its
 * Nastaliq joining. The query never becomes markup; it only picks words.
 */
import { urduTokens } from "@/lib/urdu/normalize";
import { findsTerm, indexTerms } from "./tokenize";

export interface Segment {
  text: string;
  mark: boolean;
}

/** Which of a story's terms a search matched. */
export interface TermMatch {
  /** The query's terms: two words are only joined and normalised when one of these starts with the first. */
  readonly queryTerms: readonly string[];
  matches(term: string): boolean;
}

/** A story term matches when some query term finds it (itself, or by prefix where the rule allows). */
export function queryMatch(queryTerms: readonly string[]): TermMatch {
  return { queryTerms, matches: (term) => queryTerms.some((queryTerm) => findsTerm(queryTerm, term)) };
}

interface Word {
  start: number;
  end: number;
}

// The inverse of the tokenizer's separators: a run of anything but whitespace,
// punctuation and symbols, so diacritics and ZWNJ stay inside their word.
const WORD = /[^\s\p{P}\p{S}]+/gu;

// Normalising is the cost of highlighting and words repeat (Zipf), so each word's
// terms are remembered; the memory is bounded by starting over when full.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string[]>();

function termsOfWord(word: string): string[] {
  let terms = memo.get(word);
  if (!terms) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    terms = indexTerms(word);
    memo.set(word, terms);
  }
  return terms;
}

function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Character ranges of the matched words, in order, found lazily so an
 * excerpt can stop at the first. Two words the normaliser joins
 * (کر دیا → کردیا) are one match; the pair is only normalised when some
 * query term starts with the first word, as normalising is the cost here.
 * (A query term shorter than the first word cannot find the pair: only
 * stems of one or two letters join, and prefixes are three or more.)
 */
function* matchedRanges(text: string, words: Word[], match: TermMatch): Generator<Word, void> {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const wordTerms = termsOfWord(text.slice(word.start, word.end));
    const next = words[i + 1];
    const head = wordTerms[0];
    if (
      next &&
      head &&
      /^\s+$/.test(text.slice(word.end, next.start)) &&
      match.queryTerms.some((term) => term.length > head.length && term.startsWith(head))
    ) {
      const joined = urduTokens(text.slice(word.start, next.end));
      if (joined.length === 1 && match.matches(joined[0]!)) {
        yield { start: word.start, end: next.end };
        i++;
        continue;
      }
    }
    if (wordTerms.some((term) => match.matches(term))) yield word;
  }
}

function toSegments(text: string, ranges: Word[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** The whole text, its matched words marked. */
export function highlight(text: string, match: TermMatch): Segment[] {
  return toSegments(text, [...matchedRanges(text, wordsOf(text), match)]);
}

/**
 * A few words either side of the first matched word, marked, with an
 * ellipsis where the text goes on; null when nothing in it matched.
 */
export function excerpt(text: string, match: TermMatch, radius = 12): Segment[] | null {
  const words = wordsOf(text);
  const first = matchedRanges(text, words, match).next().value;
  if (!first) return null;
  const at = words.findIndex((word) => word.start === first.start);
  // From the text's very start or to its very end when the window reaches them, so closing punctuation stays.
  const from = at - radius <= 0 ? 0 : words[at - radius]!.start;
  const to = at + radius >= words.length - 1 ? text.length : words[at + radius]!.end;
  const segments = highlight(text.slice(from, to), match);
  if (from > 0) segments.unshift({ text: "… ", mark: false });
  if (to < text.length) segments.push({ text: " …", mark: false });
  return segments;
}

export const hasMark = (segments: readonly Segment[]): boolean => segments.some((segment) => segment.mark);
