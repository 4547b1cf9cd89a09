/**
 * `npm run content:check`: validates all of content/ without a build and
 * prints every problem, one line each, then what is scheduled. Exit 1 if
 * any is an error. Proofing findings are warnings with file:line:column.
 */
import { loadContentInParallel } from "@/lib/content/parallel";
import { formatProblem } from "@/lib/content/problems";
import { proofingProblems, relatedProblems, scheduledLines } from "@/lib/proofing/check";
import { readContentFiles } from "./content-files";

async function main(): Promise<void> {
  const started = performance.now();
  const now = new Date();
  // Each story file is read once, and proofed and checked for placeholders
  // while it is in hand (on worker threads for a large archive).
  const {
    stories,
    authors,
    problems: loadProblems,
    proofing,
  } = await loadContentInParallel(undefined, now, { check: true });
  const authorProofing = proofingProblems(readContentFiles(undefined, ["author"]));
  const problems = [...loadProblems, ...relatedProblems(stories, now), ...proofing, ...authorProofing]
    // Grouped by file (a stable sort keeps each file's own order), so an editor reads one file's problems together.
    .sort((a, b) => a.file.localeCompare(b.file));
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const fixable = warnings.filter((p) => p.message.endsWith("[content:fix]")).length;

  for (const problem of errors) console.error(formatProblem(problem));
  for (const problem of warnings) console.warn(formatProblem(problem));
  const scheduled = scheduledLines(stories, now);
  for (const line of scheduled) console.log(line);

  const ms = Math.round(performance.now() - started);
  const fixHint = fixable > 0 ? ` (${fixable} fixable with npm run content:fix)` : "";
  const summary = `${stories.length} stories, ${authors.length} authors checked in ${ms} ms: ${errors.length} error(s), ${warnings.length} warning(s)${fixHint}, ${scheduled.length} scheduled`;
  if (errors.length > 0) {
    console.error(`content check failed: ${summary}`);
    process.exit(1);
  }
  console.log(`content check passed: ${summary}`);
}

void main();
