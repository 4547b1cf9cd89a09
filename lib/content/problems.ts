import type { ZodError } from "zod";
import type { ContentProblem } from "./types";

/** Control characters (a line break inside a quoted key) written as escapes, so a problem stays one line. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

/** Collects problems in the order they are found, one line each. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  error(file: string, field: string, message: string): void {
    this.items.push({ file, field: oneLine(field), message: oneLine(message), severity: "error" });
  }

  /** An error at a line of the file (1-based), for problems found in its text. */
  errorAt(file: string, line: number, field: string, message: string): void {
    this.items.push({ file, field: oneLine(field), message: oneLine(message), severity: "error", line, column: 1 });
  }

  warning(file: string, field: string, message: string): void {
    this.items.push({ file, field: oneLine(field), message: oneLine(message), severity: "warning" });
  }

  fromZod(file: string, error: ZodError, fallbackField = "front matter"): void {
    for (const issue of error.issues) {
      // corrections[1].date: where in a list of entries the problem is.
      const field = issue.path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join("");
      this.error(file, field || fallbackField, issue.message);
    }
  }

  get errors(): ContentProblem[] {
    return this.items.filter((p) => p.severity === "error");
  }
}

export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  // file:line:column is the form editors and terminals turn into a link to the place.
  const where = problem.line ? `:${problem.line}:${problem.column ?? 1}` : "";
  return `${prefix}${problem.file}${where}: ${problem.field}: ${problem.message}`;
}

/** Edit distance, for "did you mean" on misspelt field names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A warning for each field the schema does not know, naming the likely intended one. */
export function warnUnknownFields(problems: ProblemList, file: string, data: Record<string, unknown>, known: readonly string[]): void {
  for (const field of Object.keys(data)) {
    if (known.includes(field)) continue;
    const guess = known.find((k) => distance(k, field.toLowerCase()) <= 2);
    const hint = guess ? `; did you mean "${guess}"?` : `; known fields: ${known.join(", ")}`;
    // An empty key would read as a missing field name: quote it.
    problems.warning(file, field.trim() ? field : JSON.stringify(field), `is not a field the site knows and is ignored${hint}`);
  }
}
