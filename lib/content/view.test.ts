import { describe, expect, it } from "vitest";
import { makeStory } from "@/lib/fixtures/stories";
import { makeView, newestFirst } from "./view";

const world = { key: "world", name: "دنیا" };
const slugs = (stories: readonly { slug: string }[]) => stories.map((s) => s.slug);

describe("the stories offered as یہ بھی پڑھیں when a story names none", () => {
  const story = makeStory("story", "2026-01-20T09:00:00+05:00", { tags: ["بارش", "کراچی"] });
  const twoTags = makeStory("two-tags", "2026-01-01T09:00:00+05:00", { category: world, tags: ["کراچی", "بارش"] });
  const oneTagSameSection = makeStory("one-tag-same-section", "2026-01-02T09:00:00+05:00", { tags: ["بارش"] });
  const oneTagOtherSection = makeStory("one-tag-other-section", "2026-01-10T09:00:00+05:00", { category: world, tags: ["بارش"] });
  const sectionOnly = makeStory("section-only", "2026-01-15T09:00:00+05:00", { tags: ["بجٹ"] });
  const newerSectionOnly = makeStory("newer-section-only", "2026-01-16T09:00:00+05:00");
  const unrelated = makeStory("unrelated", "2026-01-19T09:00:00+05:00", { category: world, tags: ["کرکٹ"] });
  const view = (...stories: ReturnType<typeof makeStory>[]) => makeView([...stories].sort(newestFirst));

  it("puts the most shared tags first, then a shared section, whatever their age", () => {
    const v = view(story, twoTags, oneTagSameSection, oneTagOtherSection, sectionOnly, unrelated);
    expect(slugs(v.related(story))).toEqual(["two-tags", "one-tag-same-section"]);
  });

  it("matches tags in any spelling the normaliser folds together", () => {
    const spelled = makeStory("spelled", "2026-01-03T09:00:00+05:00", { category: world, tags: ["كراچی"] });
    expect(slugs(view(story, spelled, unrelated).related(story))).toEqual(["spelled"]);
  });

  it("fills up from the newest of its own section, and never offers the story itself or an unrelated one", () => {
    const v = view(story, oneTagOtherSection, sectionOnly, newerSectionOnly, unrelated);
    expect(slugs(v.related(story))).toEqual(["one-tag-other-section", "newer-section-only"]);
    expect(view(story, unrelated).related(story)).toEqual([]);
  });

  it("keeps an editor's own choice, leaving out what is not published", () => {
    const named = makeStory("named", "2026-01-20T10:00:00+05:00", { related: ["unrelated", "missing"] });
    expect(slugs(view(named, story, unrelated).related(named))).toEqual(["unrelated"]);
  });
});
