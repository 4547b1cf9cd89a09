/**
 * `npm run new -- <news|video|column> <slug>`: writes content/<kind>/<slug>.md
 * from the template (lib/proofing/template.ts), dated now in Karachi time,
 * as a draft. Refuses a kind, slug or file name it cannot use, saying why.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseYamlText, splitFrontMatter } from "@/lib/content/frontmatter";
import { defaultSource, type ContentSource } from "@/lib/content/load";
import { ProblemList } from "@/lib/content/problems";
import { SLUG_PATTERN } from "@/lib/content/schema";
import type { StoryKind } from "@/lib/content/types";
import { KIND_DIRS, validateCategories } from "@/lib/content/validate";
import { storyTemplate } from "@/lib/proofing/template";

const USAGE = "usage: npm run new -- <news|video|column> <slug>   e.g. npm run new -- news karachi-rain-2026";

const KINDS: Record<string, StoryKind> = {
  news: "news",
  video: "video",
  videos: "video",
  column: "column",
  columns: "column",
};

export interface NewStoryResult {
  ok: boolean;
  message: string;
}

const refuse = (message: string): NewStoryResult => ({ ok: false, message: `${message}\n${USAGE}` });

function slugProblem(slug: string): string | null {
  if (SLUG_PATTERN.test(slug)) return null;
  const better = slug
    .replace(/\.md$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const hint = better && SLUG_PATTERN.test(better) ? `, such as ${better}` : ", such as karachi-rain-2026";
  return `"${slug}" is not a valid slug: use lower-case a-z, 0-9 and single hyphens${hint}`;
}

function authorsOf(source: ContentSource): { key: string; name?: string }[] {
  const dir = path.join(source.contentDir, "authors");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const data = splitFrontMatter(fs.readFileSync(path.join(dir, name), "utf8")).data as { name?: unknown } | null;
      return { key: name.slice(0, -3), name: typeof data?.name === "string" ? data.name : undefined };
    });
}

export function newStory(
  args: readonly string[],
  source: ContentSource = defaultSource(),
  now = new Date(),
): NewStoryResult {
  const [kindArg, slug, ...extra] = args;
  if (!kindArg || !slug || extra.length > 0) return refuse("expected a kind and a slug");
  const kind = KINDS[kindArg];
  if (!kind) return refuse(`"${kindArg}" is not a kind of story: use news, video or column`);
  const bad = slugProblem(slug);
  if (bad) return refuse(bad);
  for (const dir of Object.values(KIND_DIRS)) {
    const taken = path.join(source.contentDir, dir, `${slug}.md`);
    if (fs.existsSync(taken)) {
      return refuse(
        `"${slug}" is taken by ${path.relative(source.root, taken)}: slugs are unique across news, videos and columns; choose another`,
      );
    }
  }
  const categoriesFile = path.join(source.contentDir, "categories.yml");
  const categories = fs.existsSync(categoriesFile)
    ? validateCategories(new ProblemList(), "categories.yml", parseYamlText(fs.readFileSync(categoriesFile, "utf8")))
    : [];
  const authors = authorsOf(source);
  if (authors.length === 0 || (kind === "news" && categories.length === 0)) {
    return refuse(
      "content/ has no authors or no sections yet: add content/authors/<key>.md and content/categories.yml first",
    );
  }
  const file = path.join(source.contentDir, KIND_DIRS[kind], `${slug}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, storyTemplate({ kind, date: now, categories, authors }), { flag: "wx" });
  const rel = path.relative(source.root, file);
  return {
    ok: true,
    message: [
      `wrote ${rel}: a draft, dated now (Karachi time)`,
      `next: fill in its fields and text; preview with npm run dev at http://localhost:3000/${KIND_DIRS[kind]}/${slug}`,
      "then remove the draft: true line and run npm run content:check",
    ].join("\n"),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = newStory(process.argv.slice(2));
  (result.ok ? console.log : console.error)(result.message);
  if (!result.ok) process.exit(1);
}
