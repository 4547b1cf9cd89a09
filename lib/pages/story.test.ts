import { afterEach, describe, expect, it } from "vitest";
import { buildIndex, type StoryKind } from "@/lib/content";
import { deskProfile, makeStory, pakistan } from "@/lib/testing/stories";
import { storySlugs } from "./story";

/** 1,005 stories, one an hour back from 1 January 2026: every fifth a video, the rest news. */
const stories = Array.from({ length: 1005 }, (_, i) =>
  makeStory({
    slug: `s${i}`,
    kind: i % 5 === 0 ? "video" : "news",
    date: new Date(Date.parse("2026-01-01T00:00:00Z") - i * 3_600_000),
  }),
);
const index = buildIndex(stories, [pakistan], [deskProfile]);
const kinds: StoryKind[] = ["news", "video", "column"];

describe("which stories the build prerenders", () => {
  afterEach(() => {
    delete process.env.PRERENDER_STORIES;
  });

  it("takes the newest stories of every kind together, each from its own route", () => {
    process.env.PRERENDER_STORIES = "5";
    expect(storySlugs(index, "news")).toEqual(["s1", "s2", "s3", "s4"]);
    expect(storySlugs(index, "video")).toEqual(["s0"]);
    expect(storySlugs(index, "column")).toEqual([]);
  });

  it("takes the newest 1,000 unless told, and every published story when told all", () => {
    expect(kinds.flatMap((kind) => storySlugs(index, kind))).toHaveLength(1000);
    process.env.PRERENDER_STORIES = "all";
    expect(kinds.flatMap((kind) => storySlugs(index, kind))).toHaveLength(1005);
    expect(storySlugs(index, "video")).toHaveLength(201);
  });
});
