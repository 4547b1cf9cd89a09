import { describe, expect, it } from "vitest";
import { makeContent, validStory } from "@/lib/testing/content-tree";
import { formatProblem } from "./problems";
import { loadContentInParallel } from "./parallel";

const NOW = new Date("2026-02-01T00:00:00+05:00");
const LEFT = "is still the template's placeholder";

describe("content:check's reading of story files", () => {
  // Stories read in batches of one by two workers, as a large archive is.
  const check = (tree: Record<string, string>) => loadContentInParallel(makeContent(tree), NOW, { check: true }, { workers: 2, batch: 1 });

  it("finds the template's placeholders left in a published story, and leaves a draft's alone", async () => {
    const loaded = await check({
      "content/news/left.md": validStory({ title: '"یہاں سرخی لکھیں"', summary: '"یہاں خلاصہ لکھیں"' }, "یہاں متن لکھیں۔"),
      "content/videos/clip.md": validStory({ video: "XXXXXXXXXXX" }),
      "content/news/kept.md": validStory({ title: '"یہاں سرخی لکھیں"', draft: "true" }, "یہاں متن لکھیں۔"),
    });
    expect(loaded.problems.filter((p) => p.message.startsWith(LEFT)).map(formatProblem)).toEqual([
      `content/news/left.md: title: ${LEFT}; write the headline, or keep the story a draft (draft: true)`,
      `content/news/left.md: summary: ${LEFT}; write the summary, or keep the story a draft (draft: true)`,
      `content/news/left.md: body: ${LEFT}; write the story in place of the line the template left, or keep the story a draft (draft: true)`,
      `content/videos/clip.md: video: ${LEFT}; write the YouTube link, or keep the story a draft (draft: true)`,
    ]);
  });

  it("still checks each story against the other files: sections, authors, related links, pictures", async () => {
    const loaded = await check({
      "content/news/astray.md": validStory({ category: "weather", author: "nobody", related: "[gone, hidden]", image: "/images/none.jpg", image_alt: "تصویر" }),
      "content/news/hidden.md": validStory({ draft: "true" }),
      "content/columns/linked.md": validStory({ related: "[hidden]" }),
    });
    expect(loaded.problems.map(formatProblem)).toEqual([
      'warning: content/columns/linked.md: related: "hidden" is a draft; the link is left out until it is published',
      'content/news/astray.md: category: "weather" is not a section; expected one of pakistan, world (content/categories.yml)',
      'content/news/astray.md: author: "nobody" is not an author; expected a file content/authors/nobody.md (known: news-desk)',
      'content/news/astray.md: related: "gone" is not a story; expected the slug of a file in content/news, content/videos or content/columns',
      'warning: content/news/astray.md: related: "hidden" is a draft; the link is left out until it is published',
      'content/news/astray.md: image: "/images/none.jpg" does not exist; expected a file at public/images/none.jpg',
    ]);
    expect(loaded.stories.map((s) => s.slug).sort()).toEqual(["hidden", "karachi-rain", "linked"]);
  });

  it("proofs each file and stamps it, with every story read", async () => {
    const loaded = await check({ "content/news/comma.md": validStory({}, "کراچی, لاہور") });
    expect(loaded.stories.map((s) => s.slug).sort()).toEqual(["comma", "karachi-rain"]);
    expect([...loaded.stamps.keys()].filter((file) => file.startsWith("content/news/")).sort()).toEqual(["content/news/comma.md", "content/news/karachi-rain.md"]);
    expect(loaded.proofing.map(formatProblem)).toEqual([
      "warning: content/news/comma.md:8:6: body: Latin comma , in an Urdu sentence; Urdu writes ، [content:fix]",
    ]);
  });
});
