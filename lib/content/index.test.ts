import { describe, expect, it } from "vitest";
import { deskProfile, makeStory, pakistan, world } from "@/lib/testing/stories";
import { buildIndex } from "./index";

const older = makeStory({ slug: "older", date: "2026-01-27T09:00:00+05:00", tags: ["بارش"] });
const now = makeStory({ slug: "now", date: "2026-01-28T09:00:00+05:00", tags: ["بارش"], related: ["later"] });
const later = makeStory({ slug: "later", date: "2026-01-28T15:00:00+05:00", tags: ["بارش"], kind: "video" });
const draft = makeStory({ slug: "draft", date: "2026-01-26T09:00:00+05:00", draft: true, tags: ["بارش"] });
const all = [later, draft, older, now];

/** An index whose clock reads whatever `clock.at` is set to. */
function indexAt(at: string, preview = false) {
  const clock = { at: new Date(at) };
  const index = buildIndex(all, [pakistan], [deskProfile], { now: () => clock.at, preview });
  return { index, set: (next: string) => (clock.at = new Date(next)) };
}

const slugs = (stories: readonly { slug: string }[]) => stories.map((s) => s.slug);

describe("scheduled stories", () => {
  it("stand nowhere before their time", () => {
    const { index } = indexAt("2026-01-28T12:00:00+05:00");
    expect(slugs(index.list({ of: "all" }).stories)).toEqual(["now", "older"]);
    expect(index.story("video", "later")).toBeUndefined();
    expect(index.list({ of: "kind", kind: "video" })).toEqual({ stories: [], total: 0 });
    expect(slugs(index.list({ of: "tag", tag: "بارش" }).stories)).toEqual(["now", "older"]);
    expect(slugs(index.list({ of: "author", key: "news-desk" }).stories)).toEqual(["now", "older"]);
    expect(slugs(index.latest(5))).toEqual(["now", "older"]);
    // A published story's link to one still to come waits with it.
    expect(index.related(now)).toEqual([]);
    expect(slugs(index.scheduled())).toEqual(["later"]);
  });

  it("appear at their time in the same index, with no rebuild, and change its version", () => {
    const { index, set } = indexAt("2026-01-28T14:59:59+05:00");
    const before = index.version();
    set("2026-01-28T14:59:59.500+05:00");
    expect(index.version()).toBe(before);
    set("2026-01-28T15:00:00+05:00");
    expect(index.version()).not.toBe(before);
    expect(slugs(index.list({ of: "all" }).stories)).toEqual(["later", "now", "older"]);
    expect(index.story("video", "later")).toEqual(later);
    expect(slugs(index.list({ of: "kind", kind: "video" }).stories)).toEqual(["later"]);
    expect(slugs(index.related(now))).toEqual(["later"]);
    expect(index.scheduled()).toEqual([]);
  });

  it("lists what is still to come soonest first", () => {
    const soon = makeStory({ slug: "soon", date: "2026-01-28T13:00:00+05:00" });
    const index = buildIndex([later, soon, older], [pakistan], [deskProfile], { now: () => new Date("2026-01-28T12:00:00+05:00") });
    expect(slugs(index.scheduled())).toEqual(["soon", "later"]);
  });

  it("a story dated exactly now is published", () => {
    const { index } = indexAt("2026-01-28T09:00:00+05:00");
    expect(index.story("news", "now")).toEqual(now);
  });
});

describe("drafts", () => {
  it("stand in no list and have no page", () => {
    const { index } = indexAt("2026-02-01T00:00:00+05:00");
    expect(slugs(index.list({ of: "all" }).stories)).toEqual(["later", "now", "older"]);
    expect(index.story("news", "draft")).toBeUndefined();
    expect(index.scheduled()).toEqual([]);
    expect(index.preview("news", "draft")).toBeUndefined();
    expect(index.tagPages().map((tag) => tag.name)).toEqual(["بارش"]);
  });

  it("in preview (next dev) have a page, as do scheduled stories, but still stand in no list", () => {
    const { index } = indexAt("2026-01-28T12:00:00+05:00", true);
    expect(index.preview("news", "draft")).toEqual(draft);
    expect(index.preview("video", "later")).toEqual(later);
    expect(index.preview("news", "later")).toBeUndefined(); // the kind must match the URL
    expect(slugs(index.list({ of: "all" }).stories)).toEqual(["now", "older"]);
  });
});

describe("lists", () => {
  const at = (hour: number) => `2026-01-10T${String(hour).padStart(2, "0")}:00:00+05:00`;
  // Three stories share one instant: among them the alphabetically first comes first.
  const stories = [
    makeStory({ slug: "b-same", date: at(9) }),
    makeStory({ slug: "a-same", date: at(9) }),
    makeStory({ slug: "c-same", date: at(9) }),
    makeStory({ slug: "newest", date: at(12), category: world }),
    makeStory({ slug: "column", date: at(8), kind: "column" }),
    makeStory({ slug: "oldest", date: at(1) }),
  ];
  const index = buildIndex(stories, [pakistan, world], [deskProfile], { now: () => new Date("2026-02-01T00:00:00+05:00") });

  it("run newest first, slug first among stories of one instant", () => {
    expect(slugs(index.list({ of: "all" }).stories)).toEqual(["newest", "a-same", "b-same", "c-same", "column", "oldest"]);
  });

  it("give a slice from an offset and the whole list's length, past the end none", () => {
    expect(index.list({ of: "all" }, { offset: 2, limit: 2 })).toMatchObject({ total: 6, stories: [{ slug: "b-same" }, { slug: "c-same" }] });
    expect(index.list({ of: "all" }, { offset: 5, limit: 2 }).stories.map((s) => s.slug)).toEqual(["oldest"]);
    expect(index.list({ of: "all" }, { offset: 6, limit: 2 })).toEqual({ stories: [], total: 6 });
    expect(slugs(index.list({ of: "category", key: "pakistan" }).stories)).toEqual(["a-same", "b-same", "c-same", "oldest"]);
  });

  it("put an author's columns first, then the rest, each newest first", () => {
    expect(slugs(index.list({ of: "author", key: "news-desk" }).stories)).toEqual(["column", "newest", "a-same", "b-same", "c-same", "oldest"]);
  });

  it("give the latest, leaving one out, and the oldest first for the sitemaps", () => {
    expect(slugs(index.latest(2, { exclude: "newest" }))).toEqual(["a-same", "b-same"]);
    expect(slugs(index.latest(1, { kind: "column" }))).toEqual(["column"]);
    expect(slugs(index.oldestFirst(0, 2))).toEqual(["oldest", "column"]);
  });

  it("date a list by its latest change, an update included", () => {
    const updated = makeStory({ slug: "updated-later", date: at(2), updated: new Date("2026-01-20T10:00:00+05:00") });
    const dated = buildIndex([...stories, updated], [pakistan, world], [deskProfile], { now: () => new Date("2026-02-01T00:00:00+05:00") });
    expect(dated.newestChange({ of: "category", key: "pakistan" })).toEqual(new Date("2026-01-20T10:00:00+05:00"));
    expect(dated.newestChange({ of: "category", key: "world" })).toEqual(new Date(at(12)));
    expect(dated.newestChange({ of: "kind", kind: "video" })).toBeUndefined();
  });
});

describe("the home page's lead", () => {
  const lead = (stories: ReturnType<typeof makeStory>[]) => buildIndex(stories, [pakistan], [deskProfile]).lead()?.slug;

  it("is the newest featured story, of any kind", () => {
    expect(
      lead([
        makeStory({ slug: "newest-news", date: "2026-11-29T10:00:00+05:00" }),
        makeStory({ slug: "featured-video", date: "2026-11-28T10:00:00+05:00", kind: "video", featured: true }),
        makeStory({ slug: "older-featured", date: "2026-11-27T10:00:00+05:00", featured: true }),
      ]),
    ).toBe("featured-video");
  });

  it("is the newest news story when nothing is featured, else the newest story, and none on an empty site", () => {
    expect(
      lead([
        makeStory({ slug: "newest-column", date: "2026-11-29T10:00:00+05:00", kind: "column" }),
        makeStory({ slug: "newest-news", date: "2026-11-28T10:00:00+05:00" }),
      ]),
    ).toBe("newest-news");
    expect(lead([makeStory({ slug: "a-video", date: "2026-11-29T10:00:00+05:00", kind: "video" })])).toBe("a-video");
    expect(lead([])).toBeUndefined();
  });
});

describe("tags", () => {
  const stories = [
    makeStory({ slug: "a", date: "2026-11-29T10:00:00+05:00", tags: ["كراچي"] }), // Arabic kaf and yeh
    makeStory({ slug: "b", date: "2026-11-28T10:00:00+05:00", tags: ["کراچی", "پانی"] }),
    makeStory({ slug: "c", date: "2026-11-27T10:00:00+05:00", tags: ["کراچی"] }),
  ];
  const index = buildIndex(stories, [pakistan], [deskProfile]);

  it("show one spelling per tag, the most used, and find it by any spelling", () => {
    expect(index.tagName("كراچي")).toBe("کراچی");
    expect(index.tagName("کَراچی")).toBe("کراچی");
    expect(slugs(index.list({ of: "tag", tag: "كراچي" }).stories)).toEqual(["a", "b", "c"]);
    expect(index.tagPages().map((tag) => tag.name)).toEqual(["کراچی", "پانی"]);
    expect(index.tagName("لاہور")).toBeUndefined();
  });

  it("break a tie in favour of the newest story's spelling", () => {
    const tied = buildIndex(
      [makeStory({ slug: "a", date: "2026-11-29T10:00:00+05:00", tags: ["کراچی"] }), makeStory({ slug: "b", date: "2026-11-28T10:00:00+05:00", tags: ["كراچي"] })],
      [pakistan],
      [deskProfile],
    );
    expect(tied.tagName("كراچي")).toBe("کراچی");
  });
});

describe("the stories offered as یہ بھی پڑھیں when a story names none", () => {
  const story = makeStory({ slug: "story", date: "2026-01-20T09:00:00+05:00", tags: ["بارش", "کراچی"] });
  const twoTags = makeStory({ slug: "two-tags", date: "2026-01-01T09:00:00+05:00", category: world, tags: ["کراچی", "بارش"] });
  const oneTagSameSection = makeStory({ slug: "one-tag-same-section", date: "2026-01-02T09:00:00+05:00", tags: ["بارش"] });
  const oneTagOtherSection = makeStory({ slug: "one-tag-other-section", date: "2026-01-10T09:00:00+05:00", category: world, tags: ["بارش"] });
  const sectionOnly = makeStory({ slug: "section-only", date: "2026-01-15T09:00:00+05:00", tags: ["بجٹ"] });
  const newerSectionOnly = makeStory({ slug: "newer-section-only", date: "2026-01-16T09:00:00+05:00" });
  const unrelated = makeStory({ slug: "unrelated", date: "2026-01-19T09:00:00+05:00", category: world, tags: ["کرکٹ"] });
  const related = (...stories: ReturnType<typeof makeStory>[]) => slugs(buildIndex(stories, [pakistan, world], [deskProfile]).related(stories[0]!));

  it("puts the most shared tags first, then a shared section, whatever their age within a tag's newest 500", () => {
    expect(related(story, twoTags, oneTagSameSection, oneTagOtherSection, sectionOnly, unrelated)).toEqual(["two-tags", "one-tag-same-section"]);
  });

  it("looks among each tag's newest 500 stories only, so a page costs the same however large a tag grows", () => {
    // Newer than two-tags and sharing one tag with the story; with the story itself they fill the window of بارش.
    const fillers = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        makeStory({ slug: `filler-${i}`, date: new Date(Date.parse("2026-01-05T09:00:00+05:00") + i * 60_000).toISOString(), category: world, tags: ["بارش"] }),
      );
    expect(related(story, twoTags, ...fillers(498))).toEqual(["two-tags", "filler-497"]);
    expect(related(story, twoTags, ...fillers(499))).toEqual(["filler-498", "filler-497"]);
  });

  it("matches tags in any spelling the normaliser folds together", () => {
    const spelled = makeStory({ slug: "spelled", date: "2026-01-03T09:00:00+05:00", category: world, tags: ["كراچی"] });
    expect(related(story, spelled, unrelated)).toEqual(["spelled"]);
  });

  it("fills up from the newest of its own section, and never offers the story itself or an unrelated one", () => {
    expect(related(story, oneTagOtherSection, sectionOnly, newerSectionOnly, unrelated)).toEqual(["one-tag-other-section", "newer-section-only"]);
    expect(related(story, unrelated)).toEqual([]);
  });

  it("keeps an editor's own choice, in its order, leaving out what is not published", () => {
    const named = makeStory({ slug: "named", date: "2026-01-20T10:00:00+05:00", related: ["unrelated", "missing", "story"] });
    expect(related(named, story, unrelated)).toEqual(["unrelated", "story"]);
  });
});
