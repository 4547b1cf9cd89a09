import { afterEach, describe, expect, it } from "vitest";
import { getContentIndex } from "@/lib/content";
import { storyParams } from "./story-route";

describe("which stories the build prerenders", () => {
  afterEach(() => {
    delete process.env.PRERENDER_STORIES;
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
