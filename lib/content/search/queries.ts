/**
 * The two reads of the FTS5 table that ranking is made of: how many
 * stories match, and a window of them newest first.
 *
 * Rowids are bound as BigInt: better-sqlite3 binds a JS number as a REAL,
 * and FTS5 takes only an INTEGER for a rowid bound (given a REAL, it ignores
 * it: a `<` is then checked row by row after reading every match, and an
 * `=` beside MATCH lets every row through).
 */
import type { Database } from "better-sqlite3";
import { prepared } from "./statements";

const COUNT = "SELECT count(*) FROM search WHERE search MATCH ? AND rowid < ?";
// Rowid order is newest first, so FTS5 streams the matches and stops at the limit.
const WINDOW = "SELECT rowid FROM search WHERE search MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?";

export function numbers(rows: unknown[]): number[] {
  return rows.map((row) => {
    if (typeof row !== "number") throw new TypeError(`search: expected a number from SQLite, got ${typeof row}`);
    return row;
  });
}

export function countOf(db: Database, match: string, below: number): number {
  return numbers([prepared(db, COUNT).pluck().get(match, BigInt(below))])[0]!;
}

export function newestOf(db: Database, match: string, below: number, limit: number, offset: number): number[] {
  return numbers(prepared(db, WINDOW).pluck().all(match, BigInt(below), limit, offset));
}
