import { describe, expect, it } from "vitest";
import { deskAuthor, makeStory, pakistan } from "@/lib/fixtures/stories";
import { buildIndex } from "./index";

const older = makeStory("older", "2026-01-27T09:00:00+05:00", { tags: ["بارش"] });
const now = makeStory("now", "2026-01-28T09:00:00+05:00", { tags: ["بارش"], related: ["later"] });
const later = makeStory("later", "2026-01-28T15:00:00+05:00", { tags: ["بارش"], kind: "video", category: undefined });
const draft = makeStory("draft", "2026-01-26T09:00:00+05:00", { draft: true, tags: ["بارش"] });
const all = [later, draft, older, now];

/** An index whose clock reads whatever `clock.at` is set to. */
function indexAt(at: string, preview = false) {
  const clock = { at: new Date(at) };
  const index = buildIndex(all, [pakistan], [deskAuthor], { now: () => clock.at, preview });
  return { index, set: (next: string) => (clock.at = new Date(next)) };
}

const slugs = (stories: readonly { slug: string }[]) => stories.map((s) => s.slug);

describe("scheduled stories", () => {
  it("stand nowhere before their time", () => {
    const { index } = indexAt("2026-01-28T12:00:00+05:00");
    expect(slugs(index.stories)).toEqual(["now", "older"]);
    expect(index.story("video", "later")).toBeUndefined();
    expect(index.byKind("video")).toEqual([]);
    expect(slugs(index.byTag("بارش"))).toEqual(["now", "older"]);
    expect(slugs(index.byAuthor("news-desk"))).toEqual(["now", "older"]);
    expect(slugs(index.latest(5))).toEqual(["now", "older"]);
    // A published story's link to one still to come waits with it.
    expect(index.related(now)).toEqual([]);
    expect(slugs(index.scheduled())).toEqual(["later"]);
  });

  it("appear at their time in the same index, with no rebuild", () => {
    const { index, set } = indexAt("2026-01-28T14:59:59+05:00");
    const before = index.stories;
    expect(index.stories).toBe(before); // unchanged set, same array: caches keyed by it hold
    set("2026-01-28T15:00:00+05:00");
    expect(slugs(index.stories)).toEqual(["later", "now", "older"]);
    expect(index.stories).not.toBe(before);
    expect(index.story("video", "later")).toBe(later);
    expect(slugs(index.byKind("video"))).toEqual(["later"]);
    expect(slugs(index.related(now))).toEqual(["later"]);
    expect(index.scheduled()).toEqual([]);
  });

  it("lists what is still to come soonest first", () => {
    const soon = makeStory("soon", "2026-01-28T13:00:00+05:00");
    const index = buildIndex([later, soon, older], [pakistan], [deskAuthor], { now: () => new Date("2026-01-28T12:00:00+05:00") });
    expect(slugs(index.scheduled())).toEqual(["soon", "later"]);
  });

  it("a story dated exactly now is published", () => {
    const { index } = indexAt("2026-01-28T09:00:00+05:00");
    expect(index.story("news", "now")).toBe(now);
  });
});

describe("drafts", () => {
  it("stand in no list and have no page", () => {
    const { index } = indexAt("2026-02-01T00:00:00+05:00");
    expect(slugs(index.stories)).not.toContain("draft");
    expect(index.story("news", "draft")).toBeUndefined();
    expect(index.scheduled()).toEqual([]);
    expect(index.preview("news", "draft")).toBeUndefined();
  });

  it("in preview (next dev) have a page, as do scheduled stories, but still stand in no list", () => {
    const { index } = indexAt("2026-01-28T12:00:00+05:00", true);
    expect(index.preview("news", "draft")).toBe(draft);
    expect(index.preview("video", "later")).toBe(later);
    expect(index.preview("news", "later")).toBeUndefined(); // the kind must match the URL
    expect(slugs(index.stories)).toEqual(["now", "older"]);
  });
});
