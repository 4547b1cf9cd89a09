/**
 * The only code that reads content/ and checks public/images. Everything
 * is read synchronously once per process; see index.ts for the cache.
 */
import fs from "node:fs";
import { imageSize } from "image-size";
import path from "node:path";
import { FrontMatterError, parseYamlText, splitFrontMatter } from "./frontmatter";
import { ProblemList } from "./problems";
import type { AuthorProfile, Category, ContentProblem, Story, StoryKind } from "./types";
import {
  KIND_DIRS,
  resolveStories,
  validateAuthor,
  validateCategories,
  validateStoryFile,
  type LocalImage,
  type RawFile,
  type StoryDraft,
} from "./validate";

export interface ContentSource {
  /** Paths in messages are relative to this folder. */
  root: string;
  contentDir: string;
  publicDir: string;
}

export function defaultSource(root = process.cwd()): ContentSource {
  return {
    root,
    contentDir: process.env.CONTENT_DIR ? path.resolve(root, process.env.CONTENT_DIR) : path.join(root, "content"),
    publicDir: path.join(root, "public"),
  };
}

export interface LoadedContent {
  /** Every valid story, drafts included, in no particular order. */
  stories: Story[];
  authors: AuthorProfile[];
  categories: Category[];
  problems: ContentProblem[];
}

function relative(source: ContentSource, file: string): string {
  return path.relative(source.root, file).split(path.sep).join("/");
}

/** The Markdown files of a folder, sorted so messages come in a stable order. */
function markdownFiles(problems: ProblemList, source: ContentSource, dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort();
  for (const name of names) {
    if (!name.endsWith(".md")) problems.warning(relative(source, path.join(dir, name)), "file", "is not a .md file and is ignored");
  }
  return names.filter((name) => name.endsWith(".md")).map((name) => path.join(dir, name));
}

function readMarkdown(problems: ProblemList, source: ContentSource, file: string): RawFile | null {
  const rel = relative(source, file);
  try {
    const { data, body } = splitFrontMatter(fs.readFileSync(file, "utf8"));
    return { file: rel, name: path.basename(file, ".md"), data, body };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    problems.error(rel, "front matter", error.message);
    return null;
  }
}

function readCategories(problems: ProblemList, source: ContentSource): Category[] {
  const file = path.join(source.contentDir, "categories.yml");
  const rel = relative(source, file);
  if (!fs.existsSync(file)) {
    problems.error(rel, "file", "is missing; expected a list of {key, name} sections");
    return [];
  }
  try {
    return validateCategories(problems, rel, parseYamlText(fs.readFileSync(file, "utf8")));
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    problems.error(rel, "file", error.message);
    return [];
  }
}

/** Names, sizes and times of everything in content/: next dev reloads the index when this changes. */
export function contentStamp(source: ContentSource = defaultSource()): string {
  if (!fs.existsSync(source.contentDir)) return "";
  const names = fs.readdirSync(source.contentDir, { recursive: true, encoding: "utf8" }).sort();
  return names
    .map((name) => {
      const stat = fs.statSync(path.join(source.contentDir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("\n");
}

export function loadContent(source: ContentSource = defaultSource()): LoadedContent {
  const problems = new ProblemList();
  // Pictures are looked up at run time by the names editors write; tell the
  // bundler's tracer not to pull the whole project into the server output.
  const publicRoot = path.resolve(/* turbopackIgnore: true */ source.publicDir);
  const localImage: LocalImage = (src) => {
    let target: string;
    try {
      target = path.resolve(/* turbopackIgnore: true */ publicRoot, `.${decodeURI(src)}`);
    } catch {
      return null;
    }
    // Only files inside public/ count: "/images/../../x" names nothing.
    if (!target.startsWith(publicRoot + path.sep) || !fs.existsSync(target) || !fs.statSync(target).isFile()) return null;
    const bytes = fs.readFileSync(target);
    try {
      const { width, height } = imageSize(bytes);
      return { width, height, bytes: bytes.length };
    } catch {
      return { bytes: bytes.length };
    }
  };

  const categories = readCategories(problems, source);
  const authors: AuthorProfile[] = [];
  const authorFiles = new Set<string>();
  for (const file of markdownFiles(problems, source, path.join(source.contentDir, "authors"))) {
    authorFiles.add(path.basename(file, ".md"));
    const raw = readMarkdown(problems, source, file);
    const author = raw && validateAuthor(problems, raw, localImage);
    if (author) authors.push(author);
  }

  const drafts: StoryDraft[] = [];
  for (const kind of Object.keys(KIND_DIRS) as StoryKind[]) {
    for (const file of markdownFiles(problems, source, path.join(source.contentDir, KIND_DIRS[kind]))) {
      const raw = readMarkdown(problems, source, file);
      const draft = raw && validateStoryFile(problems, { ...raw, kind });
      if (draft) drafts.push(draft);
    }
  }

  const stories = resolveStories(problems, drafts, {
    categories: new Map(categories.map((c) => [c.key, c])),
    authors: new Map(authors.map((a) => [a.key, a])),
    authorFiles,
    localImage,
  });
  // Grouped by file, in the order found within each, so an editor reads one file's problems together.
  const byFile = [...problems.items].sort((a, b) => a.file.localeCompare(b.file));
  return { stories, authors, categories, problems: byFile };
}
