/** One found story as the results page shows it: its matched words marked. */
import type { Database } from "better-sqlite3";
import { markdownToText } from "@/lib/markdown/render";
import { excerpt, hasMark, highlight, queryMatch, type TermMatch } from "@/lib/search/highlight";
import { itself } from "./match";
import type { SearchHit } from "@/lib/search/results";
import type { StoryTeaser } from "../types";
import { prepared } from "./statements";

// The id as a BigInt: FTS5 ignores a REAL rowid (a JS number) beside MATCH; see ranked.ts.
const HOLDS = "SELECT count(*) FROM search WHERE search MATCH ? AND rowid = ?";

/**
 * The story's own terms the query found, as the index holds them. A word
 * shown on its own can be a term the story lacks: کر دیا is indexed as
 * کردیا, so دیا there is not a match; the index, asked by rowid, says so.
 */
function storyMatch(db: Database, id: number, terms: readonly string[]): TermMatch {
  const query = queryMatch(terms);
  const held = new Map<string, boolean>();
  const holds = (term: string): boolean => {
    let answer = held.get(term);
    if (answer === undefined) held.set(term, (answer = prepared(db, HOLDS).pluck().get(itself(term), BigInt(id)) === 1));
    return answer;
  };
  return { queryTerms: terms, matches: (term) => query.matches(term) && holds(term) };
}

export function toHit(db: Database, id: number, { body, ...story }: StoryTeaser & { body: string }, terms: readonly string[]): SearchHit {
  const match = storyMatch(db, id, terms);
  const title = highlight(story.title, match);
  const summary = highlight(story.summary, match);
  // The body's text is only made when an excerpt is shown: neither title nor summary has a match.
  const shown = hasMark(title) || hasMark(summary);
  return { id, story, title, summary, excerpt: shown ? null : excerpt(markdownToText(body), match) };
}
