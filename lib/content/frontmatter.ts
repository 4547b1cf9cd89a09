/**
 * Splits a Markdown file into front matter and body, where gray-matter
 * would (its test holds the two to one answer): gray-matter itself cost a
 * quarter of reading a file, as it copies each file into a Buffer and looks
 * its whole text up in a cache. YAML is read with the core schema so dates
 * stay strings (the contract decides what a date means, not YAML 1.1), and
 * any other language after the opening --- is refused, never run.
 *
 * Two YAML readers, one meaning: js-yaml reads the plain blocks editors
 * write about six times faster than `yaml`, which a 100,000-story check
 * feels; `yaml` reads anything with anchors, aliases or tags, and anything
 * js-yaml refuses, so every error message is `yaml`'s own.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import { parseDocument } from "yaml";

export class FrontMatterError extends Error {}

/** The file line of a YAML error: the block keeps the newline after the opening ---, so YAML counts from the file's first line. */
function lineOf(error: unknown): string {
  const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  return line ? ` (line ${line})` : "";
}

/** A value that contains itself (`a: &x [*x]`), which no field can hold and JSON cannot print. */
function refersToItself(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const found = Object.values(value).some((child) => refersToItself(child, seen));
  seen.delete(value);
  return found;
}

// The lines editors write, which js-yaml and `yaml` read alike: `key: value`
// or `- value`, indented with spaces, each value on its own line: a quoted
// string, a plain scalar or a one-line [list]. Anything else (block scalars,
// values over several lines, anchors, tags, flow mappings, tabs) is `yaml`'s.
const KEY = String.raw`[A-Za-z_][A-Za-z0-9_-]{0,100}`;
const VALUE = String.raw`(?:"(?:[^"\\\r]|\\[^\r])*"|'(?:[^'\r]|'')*'|\[[^[\]{}"'#:?\r]*\]|[^\s"'[\]{}#|>%@` + "`" + String.raw`,?:-](?:[^#:\r]|:(?! |$))*)`;
const PLAIN_LINE = new RegExp(String.raw`^ *(?:#.*|(?:- +)?(?:${KEY}:(?: +${VALUE})?|${VALUE}) *(?: #.*)?)?\r?$`);
/** What no plain line may hold: anchors, aliases, tags, tabs, and 0b (an integer to js-yaml, text to YAML 1.2). */
const NOT_PLAIN = /[&*!\t]|0b/;

/** A block of plain lines read by js-yaml; undefined if it is not plain or js-yaml refuses it. */
function readPlain(text: string): unknown {
  if (NOT_PLAIN.test(text) || !text.split("\n").every((line) => PLAIN_LINE.test(line))) return undefined;
  try {
    // An empty block is null, as `yaml` reads it.
    return load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return undefined;
  }
}

export function parseYamlText(text: string): unknown {
  const plain = readPlain(text);
  if (plain !== undefined) return plain;
  const invalid = (error: unknown) => {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return new FrontMatterError(`is not valid YAML: ${message.replace(/ at line \d+, column \d+:?$/, "")}${lineOf(error)}`);
  };
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, prettyErrors: true });
  // A warning is an unknown tag such as !!js/function: refused, not read as text.
  const [problem] = [...doc.errors, ...doc.warnings];
  if (problem) throw invalid(problem);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    throw invalid(error);
  }
  if (refersToItself(data)) throw new FrontMatterError("is not valid YAML: an alias refers to the value that contains it");
  return data;
}

export interface SplitFile {
  data: unknown;
  body: string;
  /** The file's line (1-based) that the body starts on, so a problem in the body can name its line. */
  bodyLine: number;
}

const OPEN = "---";
const CLOSE = "\n---";

export function splitFrontMatter(file: string): SplitFile {
  const text = file.startsWith("\uFEFF") ? file.slice(1) : file;
  // "----" opens no block: it is a rule in the body.
  if (!text.startsWith(OPEN) || text[OPEN.length] === "-") return { data: {}, body: text, bodyLine: 1 };
  const afterOpen = text.slice(OPEN.length);
  const lineEnd = afterOpen.search(/\r?\n/);
  const language = afterOpen.slice(0, lineEnd).trim();
  if (language && !/^ya?ml$/i.test(language)) {
    throw new FrontMatterError(`"---${language}" front matter is not allowed; write YAML between --- lines`);
  }
  const start = OPEN.length + (language ? lineEnd : 0);
  const found = text.indexOf(CLOSE, start);
  const end = found === -1 ? text.length : found;
  const block = text.slice(start, end);
  // A block of comments alone holds no fields; YAML's null is none either.
  const data = block.replace(/^\s*#[^\n]+/gm, "").trim() === "" ? {} : (parseYamlText(block) ?? {});
  let bodyStart = found === -1 ? text.length : end + CLOSE.length;
  if (text[bodyStart] === "\r") bodyStart++;
  if (text[bodyStart] === "\n") bodyStart++;
  let bodyLine = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < bodyStart; at = text.indexOf("\n", at + 1)) bodyLine++;
  return { data, body: text.slice(bodyStart), bodyLine };
}
