import { describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/content";
import { deskProfile, makeStory, pakistan } from "@/lib/testing/stories";
import { listingPage } from "./listing";

// 25 stories, one an hour: three pages of twelve, the last with one.
const stories = Array.from({ length: 25 }, (_, i) =>
  makeStory({ slug: `s${String(i).padStart(2, "0")}`, date: new Date(Date.UTC(2026, 0, 1, i)) }),
);
const index = buildIndex(stories, [pakistan], [deskProfile], { now: () => new Date("2026-02-01T00:00:00Z") });
const slugs = (found: ReturnType<typeof listingPage>) =>
  "data" in found ? found.data.stories.map((s) => s.slug) : found;

describe("a page of a list, from its URL", () => {
  it("gives the first page at the list's own URL and the last page partly filled", () => {
    expect(slugs(listingPage(index, "latest", ""))).toEqual([
      "s24",
      "s23",
      "s22",
      "s21",
      "s20",
      "s19",
      "s18",
      "s17",
      "s16",
      "s15",
      "s14",
      "s13",
    ]);
    expect(slugs(listingPage(index, "category", "pakistan", "3"))).toEqual(["s00"]);
    const last = listingPage(index, "latest", "", "3");
    expect("data" in last && [last.data.number, last.data.count]).toEqual([3, 3]);
  });

  it("sends /page/1 to the list's own URL", () => {
    expect(listingPage(index, "latest", "", "1")).toEqual({ redirect: "/latest" });
    expect(listingPage(index, "category", "pakistan", "1")).toEqual({ redirect: "/category/pakistan" });
  });

  it("has no page past the end, no page 0, none that is not a number, and no list of an unknown section", () => {
    for (const page of ["4", "0", "02", "abc", "-1", "1.5"])
      expect(listingPage(index, "latest", "", page), page).toEqual({ notFound: true });
    expect(listingPage(index, "category", "world")).toEqual({ notFound: true });
    expect(listingPage(index, "author", "nobody")).toEqual({ notFound: true });
  });

  it("still has a first page for an empty list", () => {
    const empty = listingPage(buildIndex([], [pakistan], [deskProfile]), "category", "pakistan");
    expect("data" in empty && [empty.data.stories, empty.data.number, empty.data.count]).toEqual([[], 1, 1]);
  });
});
