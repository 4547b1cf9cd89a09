/** The build's one pass over content/: validate every file, then write the database every server process opens. */
import { writeDatabaseFile } from "./database";
import { readContent } from "./index";
import type { ContentSource } from "./load";

export interface BuildReport {
  stories: number;
  authors: number;
  warnings: number;
  ms: number;
}

/** Throws ContentError (every problem, one line each) and writes nothing when any file breaks a rule. */
export function buildContentDatabase(file: string, source?: ContentSource): BuildReport {
  const started = performance.now();
  const loaded = readContent(source);
  writeDatabaseFile(loaded, file);
  return {
    stories: loaded.stories.length,
    authors: loaded.authors.length,
    warnings: loaded.problems.length,
    ms: Math.round(performance.now() - started),
  };
}
