/**
 * Hostile content: 1,200 mutated story, author and section files, each
 * loaded as the content check loads them. Every one must either pass or
 * be named in a one-line `path: field: message` error, and never crash.
 * MUTATION_SEED=n reproduces another run; a failure prints its case number.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderStoryBody } from "@/lib/markdown/render";
import { findViolations } from "@/lib/testing/html";
import { makeContent, validStory } from "@/lib/testing/content-tree";
import { loadContent } from "./load";
import { seededRandom } from "@/lib/testing/seeded-random";
import { mutate } from "@/lib/testing/mutate";
import { formatProblem } from "./problems";
import type { ContentProblem } from "./types";

const SEED = Number(process.env.MUTATION_SEED ?? 20260128);
const CASES = 1200;

const TARGETS = [
  { file: "content/news/karachi-rain.md", weight: 0.55, passes: (l: Loaded) => l.stories.some((s) => s.slug === "karachi-rain") },
  { file: "content/videos/rain-video.md", weight: 0.15, passes: (l: Loaded) => l.stories.some((s) => s.slug === "rain-video") },
  { file: "content/authors/news-desk.md", weight: 0.2, passes: (l: Loaded) => l.authors.some((a) => a.key === "news-desk") },
  { file: "content/categories.yml", weight: 0.1, passes: (l: Loaded) => l.categories.length > 0 },
];
type Loaded = ReturnType<typeof loadContent>;

const files = {
  "content/videos/rain-video.md": validStory({ video: "https://youtu.be/dQw4w9WgXcQ", category: "", related: "[karachi-rain]" }),
  "content/columns/a-view.md": validStory({ category: "", related: "[karachi-rain, rain-video]" }),
  "content/authors/news-desk.md": "---\nname: نیوز ڈیسک\nrole: ادارتی ڈیسک\nimage: /images/rain.jpg\n---\nڈیسک کی **خبریں**۔\n",
  "content/categories.yml": "- key: pakistan\n  name: پاکستان\n- key: world\n  name: دنیا\n",
};

/** What is wrong with one problem line, or null when it is a clear `path: field: message`. */
function unclear(problem: ContentProblem, known: Set<string>): string | null {
  const line = formatProblem(problem);
  if (!known.has(problem.file)) return `names no file of the tree: ${line}`;
  if (!problem.field.trim() || !problem.message.trim()) return `has an empty field or message: ${line}`;
  if (/[\r\n]/.test(line)) return `is not one line: ${JSON.stringify(line)}`;
  if (/\[object Object\]|\bundefined\b|\n\s+at /.test(line)) return `leaks internals: ${line}`;
  return null;
}

describe("files that once crashed the content check", () => {
  const NEWS = "content/news/karachi-rain.md";
  it.each([
    ["an alias inside itself", validStory({ category: "&b [*b]" }), "front matter"],
    ["an unknown language after ---", validStory().replace(/^---/, "---*"), "front matter"],
    ["an unknown YAML tag", validStory({ title: "!!js/function 'function(){}'" }), "front matter"],
    ["a key with a line break in its value", validStory({ category: '"a\\nb"' }), "category"],
  ])("%s", (_name, text, field) => {
    const loaded = loadContent(makeContent({ [NEWS]: text }));
    const lines = loaded.problems.filter((p) => p.severity === "error").map(formatProblem);
    expect(lines[0]).toMatch(new RegExp(`^${NEWS}: ${field}: [^\\n]+$`));
  });

  it("quotes an empty field name", () => {
    const loaded = loadContent(makeContent({ [NEWS]: validStory({}, "متن").replace("---\n", '---\n"": x\n') }));
    expect(loaded.problems.map(formatProblem)[0]).toMatch(new RegExp(`^warning: ${NEWS}: "": is not a field`));
  });
});

describe(`mutated content (seed ${SEED})`, () => {
  it(`${CASES} mutated files each pass or get path: field: errors, never a crash`, () => {
    const source = makeContent(files);
    const known = new Set([...Object.keys(files), "content/news/karachi-rain.md", "content/authors/news-desk.md"]);
    const random = seededRandom(SEED);
    const failures: string[] = [];
    const tally = { passed: 0, refused: 0 };

    for (let n = 0; n < CASES; n++) {
      let roll = random();
      const target = TARGETS.find((t) => (roll -= t.weight) < 0) ?? TARGETS[0]!;
      const full = path.join(source.root, target.file);
      const original = fs.readFileSync(full, "utf8");
      const text = mutate(random, original);
      fs.writeFileSync(full, text);
      const fail = (why: string) => failures.push(`case ${n} (${target.file}) ${why}\n--- file ---\n${text.slice(0, 600)}`);
      try {
        const loaded = loadContent(source);
        for (const problem of loaded.problems) {
          const why = unclear(problem, known);
          if (why) fail(why);
        }
        const named = loaded.problems.some((p) => p.severity === "error" && p.file === target.file);
        if (named) tally.refused++;
        else if (target.passes(loaded)) {
          tally.passed++;
          // A story that passes is rendered as its page would render it.
          const story = loaded.stories.find((s) => s.file === target.file);
          if (story && findViolations(renderStoryBody(story.body, [{ href: "/news/a-view", title: "رائے" }])).length > 0) fail("renders unsafe HTML");
        } else fail(`neither passes nor is named in an error: ${loaded.problems.map(formatProblem).join(" | ")}`);
      } catch (error) {
        fail(`crashed: ${error instanceof Error ? error.stack : String(error)}`);
      } finally {
        fs.writeFileSync(full, original);
      }
    }

    console.log(`mutation seed ${SEED}: ${CASES} files, ${tally.passed} passed, ${tally.refused} refused with errors, ${failures.length} failure(s)`);
    // On failure: every failure's first line, then the first three in full (with the file that caused it).
    const report = [...failures.map((f) => f.split("\n")[0]), ...failures.slice(0, 3)].join("\n\n");
    expect(failures.length, report).toBe(0);
    // The mutations must reach both outcomes, or the run proved nothing about one of them.
    expect(tally.refused, "no mutated file was refused").toBeGreaterThan(0);
    expect(tally.passed, "no mutated file passed").toBeGreaterThan(0);
  }, 120_000);
});
