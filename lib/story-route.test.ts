import { afterEach, describe, expect, it } from "vitest";
import { getContentIndex } from "@/lib/content";
import { prerenderCount, storyParams } from "./story-route";

describe("which stories the build prerenders", () => {
  afterEach(() => {
    delete process.env.PRERENDER_STORIES;
  });

  it("reads PRERENDER_STORIES as a count or all, and refuses anything else", () => {
    expect(prerenderCount(undefined)).toBe(1000);
    expect(prerenderCount("25")).toBe(25);
    expect(prerenderCount("0")).toBe(0);
    expect(prerenderCount("all")).toBe(Infinity);
    expect(() => prerenderCount("-1")).toThrow(/PRERENDER_STORIES/);
    expect(() => prerenderCount("many")).toThrow(/PRERENDER_STORIES/);
  });

  it("takes the newest stories of every kind together, each from its own route", () => {
    process.env.PRERENDER_STORIES = "5";
    const newest = getContentIndex().stories.slice(0, 5);
    const listed = (["news", "video", "column"] as const).flatMap((kind) => storyParams(kind).map(({ slug }) => slug));
    expect(listed.sort()).toEqual(newest.map((s) => s.slug).sort());
    expect(storyParams("video").every(({ slug }) => newest.find((s) => s.slug === slug)?.kind === "video")).toBe(true);
  });

  it("lists every published story when told all", () => {
    process.env.PRERENDER_STORIES = "all";
    expect(storyParams("news")).toHaveLength(getContentIndex().byKind("news").length);
  });
});
