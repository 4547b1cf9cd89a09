/**
 * Splits a Markdown file into front matter and body. gray-matter finds the
 * block; YAML is read with the core schema so dates stay strings (the
 * contract decides what a date means, not YAML 1.1), and the JavaScript
 * engines that would run code from a file are refused.
 */
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";

export class FrontMatterError extends Error {}

function refuse(language: string) {
  return () => {
    throw new FrontMatterError(`"---${language}" front matter is not allowed; write YAML between --- lines`);
  };
}

/** The file line of a YAML error: gray-matter keeps the newline after the opening ---, so YAML counts from the file's first line. */
function lineOf(error: unknown): string {
  const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  return line ? ` (line ${line})` : "";
}

export function parseYamlText(text: string): unknown {
  try {
    return parseYaml(text, { schema: "core", uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new FrontMatterError(`is not valid YAML: ${message.replace(/ at line \d+, column \d+:?$/, "")}${lineOf(error)}`);
  }
}

const options = {
  language: "yaml",
  engines: {
    yaml: { parse: parseYamlText, stringify: () => "" },
    js: refuse("js"),
    javascript: refuse("javascript"),
    coffee: refuse("coffee"),
    coffeescript: refuse("coffeescript"),
    json: refuse("json"),
    toml: refuse("toml"),
  },
};

export interface SplitFile {
  data: unknown;
  body: string;
}

export function splitFrontMatter(source: string): SplitFile {
  // gray-matter's types do not allow engines that only throw; the shape is right.
  const file = matter(source, options as unknown as Parameters<typeof matter>[1]);
  return { data: file.data, body: file.content };
}
