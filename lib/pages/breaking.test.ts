import { describe, expect, it } from "vitest";
import { breakingStories } from "./breaking";
import { makeStory } from "@/lib/testing/stories";

describe("the breaking strip", () => {
  // A fixed clock: 29 November 2026, 12:00 in Karachi.
  const now = new Date("2026-11-29T12:00:00+05:00");
  const stories = [
    makeStory({ slug: "not-yet-out", date: "2026-11-29T13:00:00+05:00", breaking: true }),
    makeStory({ slug: "an-hour-old", date: "2026-11-29T11:00:00+05:00", breaking: true }),
    makeStory({ slug: "ordinary", date: "2026-11-29T10:00:00+05:00" }),
    makeStory({ slug: "just-inside", date: "2026-11-28T12:00:01+05:00", breaking: true }),
    makeStory({ slug: "exactly-a-day", date: "2026-11-28T12:00:00+05:00", breaking: true }),
    makeStory({ slug: "two-days-old", date: "2026-11-27T12:00:00+05:00", breaking: true }),
  ];

  it("holds breaking stories from their date for 24 hours, newest first", () => {
    expect(breakingStories(stories, now).map((s) => s.slug)).toEqual(["an-hour-old", "just-inside"]);
  });

  it("lets a story go once its 24 hours are up", () => {
    const later = new Date(now.getTime() + 60 * 60 * 1000);
    expect(breakingStories(stories, later).map((s) => s.slug)).toEqual(["not-yet-out", "an-hour-old"]);
  });

  it("is empty when nothing is breaking", () => {
    expect(breakingStories([makeStory({ slug: "ordinary", date: "2026-11-29T10:00:00+05:00" })], now)).toEqual([]);
  });
});
