import { describe, expect, it } from "vitest";
import { tagFromSegment, tagPath } from "./tags";

describe("tag URLs", () => {
  it("puts the tag in the URL percent-encoded and reads it back from either form", () => {
    expect(tagPath("اسلام آباد")).toBe("/tags/%D8%A7%D8%B3%D9%84%D8%A7%D9%85%20%D8%A2%D8%A8%D8%A7%D8%AF");
    expect(tagFromSegment("%DA%A9%D8%B1%D8%A7%DA%86%DB%8C")).toBe("کراچی");
    expect(tagFromSegment("کراچی")).toBe("کراچی");
    expect(tagFromSegment("100%")).toBe("100%");
    // Decoded once only: a doubly encoded segment stays encoded and so names no tag.
    expect(tagFromSegment("%25DA%25A9")).toBe("%DA%A9");
  });
});
