import { afterEach, describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/content";
import { deskProfile, makeStory, pakistan } from "@/lib/testing/stories";
import { listingPaths } from "./listing";
import { prerenderCount, prerenderListPages } from "./prerender";

describe("how much the build prerenders", () => {
  afterEach(() => {
    delete process.env.PRERENDER_LIST_PAGES;
  });

  it("reads PRERENDER_STORIES as a count or all, and refuses anything else", () => {
    expect(prerenderCount(undefined)).toBe(1000);
    expect(prerenderCount("25")).toBe(25);
    expect(prerenderCount("0")).toBe(0);
    expect(prerenderCount("all")).toBe(Infinity);
    expect(() => prerenderCount("-1")).toThrow(/PRERENDER_STORIES/);
    expect(() => prerenderCount("many")).toThrow(/PRERENDER_STORIES/);
  });

  it("reads PRERENDER_LIST_PAGES the same way, three pages a list unless told", () => {
    expect(prerenderListPages(undefined)).toBe(3);
    expect(prerenderListPages("all")).toBe(Infinity);
    expect(() => prerenderListPages("2.5")).toThrow(/PRERENDER_LIST_PAGES: "2.5" is not a count or "all"/);
  });

  it("prerenders a list's pages up to the setting and leaves the deeper ones to their first request", () => {
    // 100 stories: تازہ ترین has 9 pages of 12.
    const stories = Array.from({ length: 100 }, (_, i) =>
      makeStory({ slug: `s${i}`, date: new Date(Date.UTC(2026, 0, 1, i)) }),
    );
    const index = buildIndex(stories, [pakistan], [deskProfile]);
    const later = () => listingPaths(index, "latest", true).map(({ page }) => page);
    expect(later()).toEqual(["2", "3"]);
    process.env.PRERENDER_LIST_PAGES = "1";
    expect(later()).toEqual([]);
    process.env.PRERENDER_LIST_PAGES = "all";
    expect(later()).toEqual(["2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(listingPaths(index, "category", false)).toEqual([{ segment: "pakistan" }]);
  });
});
