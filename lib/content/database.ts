/**
 * The content database on disk: written once by the build (build.ts),
 * opened read-only by every server process. Only this folder touches it.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { SCHEMA_VERSION } from "./db/schema";
import { writeContent, type ContentSet } from "./db/write";

/** CONTENT_DB, else content.db in the build folder (NEXT_DIST_DIR, default .next), where `next build` writes it. */
export function contentDatabasePath(): string {
  const configured = process.env.CONTENT_DB;
  if (configured) return path.resolve(configured);
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "content.db");
}

/** An in-memory database of `content`: next dev, tests and scripts, which have no build. */
export function memoryDatabase(content: ContentSet): Database.Database {
  const db = new Database(":memory:");
  writeContent(db, content);
  return db;
}

/** Writes `content` to `file`, whole or not at all: readers never see half a database. */
export function writeDatabaseFile(content: ContentSet, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(partial);
  try {
    db.pragma("journal_mode = DELETE");
    writeContent(db, content);
    db.exec("ANALYZE");
  } finally {
    db.close();
  }
  fs.renameSync(partial, file);
}

/** The build's database, read-only. */
export function openDatabaseFile(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new Error(`content: no content database at ${file}; \`npm run build\` writes it (or set CONTENT_DB)`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const schema = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get();
  if (schema !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`content: ${file} was written by another version of the site (schema ${String(schema)}, expected ${SCHEMA_VERSION}); rebuild it`);
  }
  // Another process may be publishing into it: wait for its transaction rather than fail.
  db.pragma("busy_timeout = 5000");
  return db;
}
