import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeContent } from "@/lib/testing/content-tree";
import { loadContent } from "@/lib/content/load";
import { storyProblems } from "@/lib/proofing/check";
import { proofText } from "@/lib/proofing/proof";
import { PLACEHOLDER } from "@/lib/proofing/template";
import { newStory } from "./new-story";

const NOW = new Date("2026-01-28T09:05:42Z"); // 14:05 in Karachi

function create(args: string[]) {
  const source = makeContent({ "content/authors/video-desk.md": "---\nname: ویڈیو ڈیسک\n---\nڈیسک۔\n" });
  const result = newStory(args, source, NOW);
  const file = (dir: string) => path.join(source.contentDir, dir, `${args[1]}.md`);
  return { source, result, file };
}

describe("npm run new", () => {
  it.each([
    ["news", "news"],
    ["video", "videos"],
    ["column", "columns"],
  ])("writes a %s story that is valid content and a draft, dated now in Karachi time", (kind, dir) => {
    const { source, result, file } = create([kind, "karachi-rain-2026"]);
    expect(result.ok).toBe(true);
    const text = fs.readFileSync(file(dir), "utf8");
    expect(text).toContain("date: 2026-01-28T14:05:00+05:00");
    expect(text).toMatch(/^# .*مسودہ/m); // the comments are in Urdu
    const loaded = loadContent(source);
    expect(loaded.problems).toEqual([]);
    const story = loaded.stories.find((s) => s.slug === "karachi-rain-2026");
    expect(story).toMatchObject({
      draft: true,
      title: PLACEHOLDER.title,
      author: { key: kind === "video" ? "video-desk" : "news-desk" },
    });
    expect(proofText(text, "story")).toEqual([]);
  });

  it("holds every required field, so taking out draft: true without writing the story is an error", () => {
    const { source, file } = create(["video", "rain-video"]);
    fs.writeFileSync(file("videos"), fs.readFileSync(file("videos"), "utf8").replace("draft: true\n", ""));
    const loaded = loadContent(source);
    expect(loaded.problems).toEqual([]);
    expect(storyProblems(loaded.stories, NOW).map((p) => `${p.field}: ${p.severity}`)).toEqual([
      "title: error",
      "summary: error",
      "video: error",
      "body: error",
    ]);
  });

  it("refuses a bad slug, a taken one and an unknown kind, and writes nothing", () => {
    for (const [args, message] of [
      [
        ["news", "Karachi Rain"],
        '"Karachi Rain" is not a valid slug: use lower-case a-z, 0-9 and single hyphens, such as karachi-rain',
      ],
      [["news", "karachi-rain"], '"karachi-rain" is taken by content/news/karachi-rain.md'],
      [["video", "karachi-rain"], '"karachi-rain" is taken by content/news/karachi-rain.md'],
      [["story", "new-one"], '"story" is not a kind of story: use news, video or column'],
      [["news"], "expected a kind and a slug"],
    ] as const) {
      const { source, result } = create([...args]);
      expect(result.ok).toBe(false);
      expect(result.message).toContain(message);
      expect(result.message).toContain("usage: npm run new");
      expect(fs.readdirSync(path.join(source.contentDir, "news"))).toEqual(["karachi-rain.md"]);
    }
  });
});
