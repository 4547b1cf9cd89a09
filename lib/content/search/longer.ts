/** The longer terms a query term finds by prefix, read from the index's vocabulary (the search_terms table). */
import type { Database } from "better-sqlite3";
import type { IndexedTerm } from "./match";
import { prepared } from "./statements";
import { ftsToken } from "./table";
import { matchesAsPrefix } from "@/lib/search/tokenize";

// Beyond this many, an OR of them costs more than FTS5's own `*`.
const MAX_LISTED = 16;

// Terms in the vocabulary are ordered by their UTF-8 bytes, which is code
// point order: those beginning with a token lie from it up to (not
// including) the token with its last code point one higher.
function justAfter(token: string): string | undefined {
  const points = Array.from(token);
  const last = points.pop()!.codePointAt(0)! + 1;
  if (last > 0x10ffff) return undefined;
  return points.join("") + String.fromCodePoint(last === 0xd800 ? 0xe000 : last);
}

export function indexedTerm(db: Database, term: string): IndexedTerm {
  if (!matchesAsPrefix(term)) return { term, longer: [] };
  const token = ftsToken(term);
  const end = justAfter(token);
  if (end === undefined) return { term, longer: "many" };
  const longer = prepared(db, "SELECT term FROM search_terms WHERE term > ? AND term < ? LIMIT ?")
    .pluck()
    .all(token, end, MAX_LISTED + 1)
    .map(String);
  return { term, longer: longer.length > MAX_LISTED ? "many" : longer };
}
