import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { makeStory } from "@/lib/testing/stories";
import { proofingProblems, scheduledLines, storyProblems } from "./check";
import { frontMatterKept } from "./safe";

const NOW = new Date("2026-01-28T12:00:00+05:00");

describe("content:check lines", () => {
  it("give proofing warnings as file:line:column, marking what content:fix corrects", () => {
    const text = '---\ntitle: "عنوان"\n---\nپہلی سطر\nکراچی, لاہور اور ساته\n';
    expect(proofingProblems([{ file: "content/news/x.md", text, kind: "story" }]).map(formatProblem)).toEqual([
      "warning: content/news/x.md:5:6: body: Latin comma , in an Urdu sentence; Urdu writes ، [content:fix]",
      "warning: content/news/x.md:5:21: body: Arabic letter ه (U+0647) after ت; Urdu writes ہ (تہ) or the aspirate ھ (تھ): correct it by hand",
    ]);
  });

  it("list scheduled stories soonest first, in Karachi time, leaving out drafts and what is published", () => {
    const stories = [
      makeStory({ slug: "later", date: "2026-02-01T09:30:00+05:00" }),
      makeStory({ slug: "soon", date: "2026-01-28T15:00:00+05:00" }),
      makeStory({ slug: "future-draft", date: "2026-01-29T09:00:00+05:00", draft: true }),
      makeStory({ slug: "out", date: "2026-01-28T11:59:00+05:00" }),
    ];
    expect(scheduledLines(stories, NOW)).toEqual([
      "scheduled: content/news/soon.md: publishes بدھ 28 جنوری 2026، 15:00 Karachi time (2026-01-28T15:00:00+05:00)",
      "scheduled: content/news/later.md: publishes اتوار 1 فروری 2026، 09:30 Karachi time (2026-02-01T09:30:00+05:00)",
    ]);
  });

  it("warn of a related link that waits on a story scheduled after this one", () => {
    const stories = [
      makeStory({ slug: "now", date: "2026-01-28T10:00:00+05:00", related: ["later", "earlier"] }),
      makeStory({ slug: "later", date: "2026-01-29T10:00:00+05:00", related: ["now"] }),
      makeStory({ slug: "earlier", date: "2026-01-27T10:00:00+05:00" }),
    ];
    expect(storyProblems(stories, NOW).map(formatProblem)).toEqual([
      'warning: content/news/now.md: related: "later" is scheduled for جمعرات 29 جنوری 2026، 10:00 Karachi time (2026-01-29T10:00:00+05:00); the link shows once it is published',
    ]);
  });
});

describe("content:fix's guard", () => {
  const before = '---\ntitle: "کراچی, لاہور"\ndate: 2026-01-28\ntags: [کراچی]\nrelated: [a]\n---\nمتن\n';

  it("lets a change to prose through", () => {
    expect(frontMatterKept(before, before.replace(",", "،"), "story")).toBe(true);
  });

  it("stops a change to any other field, to the fields' order, or that breaks the YAML", () => {
    expect(frontMatterKept(before, before.replace("2026-01-28", "2026-01-29"), "story")).toBe(false);
    expect(frontMatterKept(before, before.replace("related: [a]", "related: [b]"), "story")).toBe(false);
    expect(frontMatterKept(before, before.replace("tags: [کراچی]", "tags: [کراچی, لاہور]"), "story")).toBe(false);
    expect(
      frontMatterKept(
        before,
        before.replace('title: "کراچی, لاہور"\ndate: 2026-01-28', 'date: 2026-01-28\ntitle: "کراچی, لاہور"'),
        "story",
      ),
    ).toBe(false);
    expect(frontMatterKept(before, before.replace('لاہور"', "لاہور"), "story")).toBe(false);
  });
});
