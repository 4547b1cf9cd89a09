import { describe, expect, it } from "vitest";
import { makeStory } from "./fixtures/stories";
import { tagFromSegment, tagNames, tagPath } from "./tags";
import { tagKey } from "./urdu/normalize";

describe("tags", () => {
  it("shows one spelling per tag, the most used, whatever the letter forms", () => {
    const stories = [
      makeStory("a", "2026-11-29T10:00:00+05:00", { tags: ["كراچي"] }), // Arabic kaf and yeh
      makeStory("b", "2026-11-28T10:00:00+05:00", { tags: ["کراچی", "پانی"] }),
      makeStory("c", "2026-11-27T10:00:00+05:00", { tags: ["کراچی"] }),
    ];
    const names = tagNames(stories);
    expect(names.get(tagKey("كراچي"))).toBe("کراچی");
    expect(names.get(tagKey("پانی"))).toBe("پانی");
    expect(names.size).toBe(2);
  });

  it("breaks a tie in favour of the newest story's spelling", () => {
    const stories = [
      makeStory("a", "2026-11-29T10:00:00+05:00", { tags: ["کراچی"] }),
      makeStory("b", "2026-11-28T10:00:00+05:00", { tags: ["كراچي"] }),
    ];
    expect(tagNames(stories).get(tagKey("کراچی"))).toBe("کراچی");
  });

  it("puts the tag in the URL percent-encoded and reads it back from either form", () => {
    expect(tagPath("اسلام آباد")).toBe("/tags/%D8%A7%D8%B3%D9%84%D8%A7%D9%85%20%D8%A2%D8%A8%D8%A7%D8%AF");
    expect(tagFromSegment("%DA%A9%D8%B1%D8%A7%DA%86%DB%8C")).toBe("کراچی");
    expect(tagFromSegment("کراچی")).toBe("کراچی");
    expect(tagFromSegment("100%")).toBe("100%");
    // Decoded once only: a doubly encoded segment stays encoded and so names no tag.
    expect(tagFromSegment("%25DA%25A9")).toBe("%DA%A9");
  });
});
