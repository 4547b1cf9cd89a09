/**
 * Content as the site uses it: sections, authors and stories read and
 * checked (story files one by one in files.ts, on worker threads for the
 * build in parallel.ts), pictures looked up in public/images. See index.ts
 * for the cache.
 */
import fs from "node:fs";
import { imageSize } from "image-size";
import path from "node:path";
import { listStoryFiles, markdownFiles, readMarkdown, readStoryFiles, relative, stampOf, type ContentSource, type StoryFilesRead } from "./files";
import { FrontMatterError, parseYamlText } from "./frontmatter";
import { ProblemList } from "./problems";
import type { AuthorProfile, Category, ContentProblem, Story, StoryKind } from "./types";
import { validateStoryFile, type StoryDraft } from "./check-story";
import { resolveStories } from "./resolve";
import { KIND_DIRS, validateAuthor, validateCategories, type ImageFile, type LocalImage } from "./validate";

export type { ContentSource } from "./files";

export function defaultSource(root = process.cwd()): ContentSource {
  // Read at run time, never bundled: without the ignore marks the bundler's tracer listed every
  // file of content/ for every route (100,000 at 100,000 stories, most of the build's compile time).
  const contentDir = process.env.CONTENT_DIR
    ? path.resolve(/* turbopackIgnore: true */ root, process.env.CONTENT_DIR)
    : path.join(/* turbopackIgnore: true */ root, "content");
  // Files are named from the folder that holds content/, so messages read content/news/x.md wherever CONTENT_DIR is.
  return { root: path.dirname(contentDir), contentDir, publicDir: path.join(root, "public") };
}

export interface LoadedContent {
  /** Every valid story, drafts included, in no particular order. */
  stories: Story[];
  authors: AuthorProfile[];
  categories: Category[];
  problems: ContentProblem[];
  /** Each file read, relative to the root, by its size and time: publishing compares them with the disk. */
  stamps: Map<string, string>;
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

/** The stamps of the files this thread reads itself, categories.yml and the authors, by path relative to the root. */
export function supportFileStamps(source: ContentSource): Map<string, string> {
  const stamps = new Map<string, string>();
  const add = (file: string) => stamps.set(relative(source, file), stampOf(fs.statSync(file)));
  const categories = path.join(source.contentDir, "categories.yml");
  if (fs.existsSync(categories)) add(categories);
  for (const file of markdownFiles(new ProblemList(), source, path.join(source.contentDir, "authors"))) add(file);
  return stamps;
}

/** Every content file the site reads, by its path relative to the root, with its stamp. */
export function contentFileStamps(source: ContentSource): Map<string, string> {
  const stamps = supportFileStamps(source);
  for (const file of listStoryFiles(new ProblemList(), source)) stamps.set(relative(source, file.path), stampOf(fs.statSync(file.path)));
  return stamps;
}

/**
 * Pictures named as /images/... looked up under public/: their size in pixels and bytes, or null for none.
 * Each name is read once per reader: many stories share a picture (a section's, an author's).
 */
export function imageReader(source: ContentSource): LocalImage {
  // Pictures are looked up at run time by the names editors write; tell the
  // bundler's tracer not to pull the whole project into the server output.
  const publicRoot = path.resolve(/* turbopackIgnore: true */ source.publicDir);
  const seen = new Map<string, ImageFile | null>();
  const read = (src: string): ImageFile | null => {
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
  return (src) => {
    if (!seen.has(src)) seen.set(src, read(src));
    return seen.get(src) ?? null;
  };
}

/** A story file read and checked on its own (check-story.ts), by its path relative to the root; null if it is gone or unreadable. */
export function readStoryFile(problems: ProblemList, source: ContentSource, file: string, now: Date): StoryDraft | null {
  const kind = (Object.keys(KIND_DIRS) as StoryKind[]).find((k) => file.startsWith(`${relative(source, source.contentDir)}/${KIND_DIRS[k]}/`));
  const absolute = path.join(source.root, file);
  if (!kind || !fs.existsSync(absolute)) return null;
  const raw = readMarkdown(problems, source, absolute);
  return raw && validateStoryFile(problems, { ...raw, kind }, now);
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

export function loadContent(source: ContentSource = defaultSource(), now = new Date()): LoadedContent {
  // Stamped before reading (story files as each is opened): a file changed meanwhile looks changed to publishing, not already done.
  const stamps = supportFileStamps(source);
  const problems = new ProblemList();
  const files = listStoryFiles(problems, source);
  return assembleContent(source, problems, readStoryFiles(source, files, now), stamps);
}

/**
 * The rest of loading once the story files are read (`stories`, here or on
 * worker threads): sections, authors, and the rules that need every file.
 * `supportStamps` are supportFileStamps, taken before reading.
 */
export function assembleContent(
  source: ContentSource,
  problems: ProblemList,
  stories: StoryFilesRead,
  supportStamps: Map<string, string>,
): LoadedContent {
  const localImage = imageReader(source);

  const categories = readCategories(problems, source);
  const authors: AuthorProfile[] = [];
  const authorFiles = new Set<string>();
  for (const file of markdownFiles(problems, source, path.join(source.contentDir, "authors"))) {
    authorFiles.add(path.basename(file, ".md"));
    const raw = readMarkdown(problems, source, file);
    const author = raw && validateAuthor(problems, raw, localImage);
    if (author) authors.push(author);
  }
  for (const problem of stories.problems) problems.items.push(problem);

  const resolved = resolveStories(problems, stories.drafts, {
    categories: new Map(categories.map((c) => [c.key, c])),
    authors: new Map(authors.map((a) => [a.key, a])),
    authorFiles,
    localImage,
  });
  // Grouped by file, in the order found within each, so an editor reads one file's problems together.
  const byFile = [...problems.items].sort((a, b) => a.file.localeCompare(b.file));
  return { stories: resolved, authors, categories, problems: byFile, stamps: new Map([...supportStamps, ...stories.stamps]) };
}
