/**
 * `npm run content:check`: validates all of content/ without a build and
 * prints every problem, one line each. Exit 1 if any is an error.
 */
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";

const started = performance.now();
const { stories, authors, problems } = loadContent();
const errors = problems.filter((p) => p.severity === "error");
const warnings = problems.filter((p) => p.severity === "warning");

for (const problem of errors) console.error(formatProblem(problem));
for (const problem of warnings) console.warn(formatProblem(problem));

const ms = Math.round(performance.now() - started);
const summary = `${stories.length} stories, ${authors.length} authors checked in ${ms} ms: ${errors.length} error(s), ${warnings.length} warning(s)`;
if (errors.length > 0) {
  console.error(`content check failed: ${summary}`);
  process.exit(1);
}
console.log(`content check passed: ${summary}`);
