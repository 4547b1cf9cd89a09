/** The build's one pass over content/: validate every file, then write the database every server process opens. */
import { writeDatabaseFile } from "./database";
import { refuseErrors } from "./index";
import type { ContentSource } from "./load";
import { loadContentInParallel, type Threads } from "./parallel";

export interface BuildReport {
  stories: number;
  authors: number;
  warnings: number;
  ms: number;
}

/**
 * Throws ContentError (every problem, one line each) and writes nothing when
 * any file breaks a rule. A large archive's files are read on worker threads
 * (parallel.ts).
 */
export async function buildContentDatabase(file: string, source?: ContentSource, threads?: Threads): Promise<BuildReport> {
  const started = performance.now();
  const now = new Date();
  const loaded = refuseErrors(await loadContentInParallel(source, now, { searchBodies: true }, threads), now);
  writeDatabaseFile(loaded, file);
  return {
    stories: loaded.stories.length,
    authors: loaded.authors.length,
    warnings: loaded.problems.length,
    ms: Math.round(performance.now() - started),
  };
}
