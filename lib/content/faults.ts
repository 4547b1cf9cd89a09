/**
 * What a running production server does when content/ has gone bad since
 * the build that vetted it (a file deleted or broken, then a restart or a
 * first load): it keeps serving. The build and the content check still
 * refuse bad content; this is only for the server already in service.
 */
import type { ContentProblem } from "./types";
import type { ContentIndex } from "./index";
import { formatProblem } from "./problems";

/** `next start`, not the build, a test or `next dev` (where an editor wants the error shown). */
export const servingBuild = (): boolean => process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";

const STORY_FILE = /\/(?:news|videos|columns)\/([^/]+)\.md$/;

/** An error a story page throws instead of its 404, so Next keeps serving the story's last good page. */
export class BrokenStoryError extends Error {
  constructor(slug: string, lines: string[]) {
    super(`content: ${slug} is broken, its last good page is kept: ${lines.join(" | ")}`);
    this.name = "BrokenStoryError";
    // Next logs each failed render; the frames (bundled chunks) add nothing to the message.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * The index of the files that are still good, with one line logged. A
 * story whose own file is broken throws when a page asks for it: Next keeps
 * the page it has when a regeneration fails, instead of turning it into a 404.
 */
export function keepServing(index: ContentIndex, errors: readonly ContentProblem[]): ContentIndex {
  const broken = new Map<string, string[]>();
  for (const problem of errors) {
    const slug = STORY_FILE.exec(problem.file)?.[1];
    if (slug) broken.set(slug, [...(broken.get(slug) ?? []), formatProblem(problem)]);
  }
  const first = errors[0] ? formatProblem(errors[0]) : "";
  console.error(`content: ${errors.length} error(s) since the build, serving the good files and the last good pages (first: ${first}); run npm run content:check`);
  // The prototype keeps the index's getters (stories is judged per call).
  return Object.assign(Object.create(index) as ContentIndex, {
    story: (kind: Parameters<ContentIndex["story"]>[0], slug: string) => {
      const lines = broken.get(slug);
      if (lines) throw new BrokenStoryError(slug, lines);
      return index.story(kind, slug);
    },
  });
}
