import { describe, expect, it } from "vitest";
import { buildIndex } from "./content";
import { deskAuthor, makeStory, pakistan } from "./fixtures/stories";
import { chooseLead, homeContent } from "./home";

describe("the home page's lead story", () => {
  it("is the newest featured story, of any kind", () => {
    const stories = [
      makeStory("newest-news", "2026-11-29T10:00:00+05:00"),
      makeStory("featured-video", "2026-11-28T10:00:00+05:00", { kind: "video", featured: true }),
      makeStory("older-featured", "2026-11-27T10:00:00+05:00", { featured: true }),
    ];
    expect(chooseLead(stories)?.slug).toBe("featured-video");
  });

  it("is the newest news story when nothing is featured", () => {
    const stories = [
      makeStory("newest-column", "2026-11-29T10:00:00+05:00", { kind: "column" }),
      makeStory("newest-news", "2026-11-28T10:00:00+05:00"),
      makeStory("older-news", "2026-11-27T10:00:00+05:00"),
    ];
    expect(chooseLead(stories)?.slug).toBe("newest-news");
  });

  it("falls back to the newest story, and to none on an empty site", () => {
    expect(chooseLead([makeStory("a-video", "2026-11-29T10:00:00+05:00", { kind: "video" })])?.slug).toBe("a-video");
    expect(chooseLead([])).toBeUndefined();
  });
});

describe("the home page's blocks", () => {
  const world = { key: "world", name: "دنیا" };
  const stories = [
    makeStory("p1", "2026-11-29T10:00:00+05:00"),
    makeStory("w1", "2026-11-29T09:00:00+05:00", { category: world }),
    makeStory("p2", "2026-11-29T08:00:00+05:00"),
    makeStory("p3", "2026-11-29T07:00:00+05:00"),
    makeStory("p4", "2026-11-29T06:00:00+05:00"),
    makeStory("p5", "2026-11-29T05:00:00+05:00"),
    makeStory("p6", "2026-11-29T04:00:00+05:00", { featured: true }),
    makeStory("v1", "2026-11-29T03:00:00+05:00", { kind: "video" }),
    makeStory("c1", "2026-11-29T02:00:00+05:00", { kind: "column" }),
  ];
  const home = homeContent(buildIndex(stories, [pakistan, world], [deskAuthor]));

  it("leads with the featured story and follows with the newest news", () => {
    expect(home.lead?.slug).toBe("p6");
    expect(home.top.map((s) => s.slug)).toEqual(["p1", "w1", "p2", "p3"]);
    expect(home.latest.map((s) => s.slug)).not.toContain("p6");
  });

  it("gives each section, in menu order, what the top did not already show, yet never nothing", () => {
    expect(home.sections.map((s) => [s.category.key, s.stories.map((x) => x.slug)])).toEqual([
      ["pakistan", ["p4", "p5"]],
      ["world", ["w1"]],
    ]);
    expect(home.videos.map((s) => s.slug)).toEqual(["v1"]);
    expect(home.columns.map((s) => s.slug)).toEqual(["c1"]);
  });
});
