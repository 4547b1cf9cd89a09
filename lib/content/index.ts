/**
 * The content index: pages ask it for typed stories and never read the
 * disk or see front matter. A production server (and the build's workers)
 * open the database the build wrote; next dev, tests and scripts build one
 * in memory from content/, so an editor's saved change shows on reload.
 *
 * "Published" is judged when a page asks, not when the index is built: a
 * story dated in the future stands nowhere until its time comes, and then
 * appears in the same process with no rebuild (pages revalidate).
 */
import { contentDatabasePath, memoryDatabase, openDatabaseFile } from "./database";
import { openReader, type ReaderOptions } from "./db/reader";
import { contentStamp, defaultSource, loadContent, type ContentSource, type LoadedContent } from "./load";
import { storyProblems } from "@/lib/proofing/check";
import { formatProblem } from "./problems";
import type { AuthorProfile, Category, Story } from "./types";
import type { ContentIndex } from "./index-types";

export type { Author, AuthorProfile, Category, Correction, LiveCoverage, Story, StoryTeaser, StoryKind, StoryImage, ContentProblem } from "./types";
export type { ContentIndex, ListPage, StoryList, TagPage } from "./index-types";

export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`The content has ${lines.length} problem(s):\n${lines.join("\n")}`);
    this.name = "ContentError";
  }
}

/** An index of the given stories, for tests: the same database and queries the site runs on. */
export function buildIndex(
  stories: readonly Story[],
  categories: readonly Category[],
  authors: readonly AuthorProfile[],
  options: ReaderOptions = {},
): ContentIndex {
  return openReader(memoryDatabase({ stories, categories, authors }), options);
}

/**
 * The content of `source`, validated as content:check validates it (a
 * template's placeholder left in a published story is an error too): bad
 * content throws with every problem listed.
 */
export function readContent(source: ContentSource = defaultSource(), now = new Date()) {
  return refuseErrors(loadContent(source, now), now);
}

/** `loaded` as it is, or a ContentError listing every error in it (the build's rules, content:check's too). */
export function refuseErrors<T extends LoadedContent>(loaded: T, now: Date): T {
  const errors = [...loaded.problems, ...storyProblems(loaded.stories, now)].filter((p) => p.severity === "error");
  if (errors.length > 0) throw new ContentError(errors.map(formatProblem));
  return loaded;
}

const DEV = process.env.NODE_ENV === "development";
/** `next start` and `next build` read the build's database; anything else has no build to read. */
const FROM_BUILD = process.env.NODE_ENV === "production";

// One index per process: the production server bundles each route (and
// instrumentation.ts) with its own copy of this module, so it lives on
// globalThis. Under next dev it stays with the module, so edited code rebuilds it.
type Held = { index: ContentIndex & { refresh(): void }; key: string; checkedAt: number };
type Holder = { __khabarnamaContent?: Held };
const holder: Holder = DEV ? {} : (globalThis as Holder);

/** What an index is built from: the database file, or content/ as it stands (under next dev, with its files' times). */
function sourceKey(source: ContentSource): string {
  if (FROM_BUILD) return contentDatabasePath();
  return DEV ? `${source.contentDir}\n${contentStamp(source)}` : source.contentDir;
}

export function getContentIndex(source: ContentSource = defaultSource()): ContentIndex {
  const held = holder.__khabarnamaContent;
  // Under next dev the files are looked at once a second at most, not on every call.
  if (held && DEV && Date.now() - held.checkedAt < 1000) return held.index;
  const key = sourceKey(source);
  if (held?.key === key) {
    held.checkedAt = Date.now();
    held.index.refresh();
    return held.index;
  }
  const db = FROM_BUILD ? openDatabaseFile(key) : memoryDatabase(readContent(source));
  const index = openReader(db, { preview: DEV });
  holder.__khabarnamaContent = { index, key, checkedAt: Date.now() };
  return index;
}
