import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Story } from "@/lib/content";
import { LEVELS_FROM } from "./ranked";
import { searchStories } from "./search";
import { makeStory } from "@/lib/testing/stories";
import { deleteSearchRow, SEARCH_TABLE_SQL, searchRowFor, writeSearchRow } from "./table";

const hour = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2026, 2, 1, 12) + hours * hour);
// One story a millisecond here, so its id is the first of that millisecond's.
const idOf = (story: Story) => story.date.getTime() * 1024 + 1023;

/** A search table holding these stories, and a search over it returning slugs. */
function table(stories: Story[]) {
  const db = new Database(":memory:");
  db.exec(SEARCH_TABLE_SQL);
  const byId = new Map<number, Story>();
  const write = (story: Story) => {
    byId.set(idOf(story), story);
    writeSearchRow(db, idOf(story), searchRowFor(story));
  };
  stories.forEach(write);
  const results = (query: string, options: { page?: number; now?: Date } = {}) =>
    searchStories(db, query, { ...options, stories: (ids) => new Map(ids.map((id) => [id, byId.get(id)!])) });
  const slugs = (query: string, options: { page?: number; now?: Date } = {}) => results(query, options).hits.map((hit) => hit.story.slug);
  return { db, write, results, slugs };
}

describe("the published cut", () => {
  const now = at(0);
  const { slugs, results } = table([
    makeStory({ slug: "earlier", title: "بجٹ اجلاس", date: at(-1) }),
    makeStory({ slug: "on-the-dot", title: "بجٹ منظور", date: now }),
    makeStory({ slug: "scheduled", title: "بجٹ تقریر", date: new Date(now.getTime() + 1) }),
  ]);

  it("leaves out a story dated after now, and finds it once its time comes", () => {
    expect(slugs("بجٹ", { now })).toEqual(["on-the-dot", "earlier"]);
    expect(results("بجٹ", { now })).toMatchObject({ total: 2, pageCount: 1 });
    expect(slugs("تقریر", { now })).toEqual([]);
    expect(slugs("بجٹ", { now: new Date(now.getTime() + 1) })).toEqual(["scheduled", "on-the-dot", "earlier"]);
  });
});

describe("rows written again", () => {
  it("finds a story by its new words once replaced, and not at all once deleted", () => {
    const story = makeStory({ slug: "price", title: "گندم کی قیمت", date: at(0) });
    const { db, write, slugs } = table([story]);
    expect(slugs("گندم")).toEqual(["price"]);
    write({ ...story, title: "چینی کی قیمت" });
    expect(slugs("گندم")).toEqual([]);
    expect(slugs("چینی")).toEqual(["price"]);
    deleteSearchRow(db, idOf(story));
    expect(slugs("چینی")).toEqual([]);
    expect(slugs("قیمت")).toEqual([]);
  });
});

describe("the prefix rule in the index", () => {
  const { slugs } = table([
    makeStory({ slug: "rain", title: "بارش", date: at(1) }),
    makeStory({ slug: "year", title: "سال ۲۰۲۶ء", date: at(2) }),
    makeStory({ slug: "unrelated", title: "اخبار", date: at(3) }), // holds بار, but not at its start
  ]);

  it.each([
    ["بار", ["rain"], "three letters find a longer word by its start"],
    ["با", [], "two letters find only the word itself"],
    ["202", [], "digits never find a longer number"],
    ["2026", ["year"], "the number inside ۲۰۲۶ء"],
    ["بارشیں", [], "a longer word does not find its stem"],
  ])("%j finds %j (%s)", (query, expected) => {
    expect(slugs(query)).toEqual(expected);
  });

  it("ranks the same when a prefix begins more words than are listed for it (FTS5's own *)", () => {
    const letters = "ا ب پ ت ٹ ث ج چ ح خ د ڈ ذ ر ڑ ز ژ س".split(" ");
    const longer = letters.map((letter, i) => makeStory({ slug: `longer-${String(i).padStart(2, "0")}`, title: `بار${letter}`, date: at(i) }));
    const many = table([
      ...longer,
      makeStory({ slug: "word-in-tags", tags: ["بار"], date: at(30) }),
      makeStory({ slug: "word-in-title", title: "بار", date: at(-1) }),
    ]);
    const expected = ["word-in-title", ...longer.map((story) => story.slug).reverse(), "word-in-tags"];
    expect([1, 2].flatMap((page) => many.slugs("بار", { page }))).toEqual(expected);
    // خلاصہ is every story's summary: several words, the same order.
    expect([1, 2].flatMap((page) => many.slugs("بار خلاصہ", { page }))).toEqual(expected);
  });

  it("ranks a prefix match one below the word itself in each field", () => {
    const ranked = table([
      makeStory({ slug: "body-prefix", body: "گندمی رنگ", date: at(8) }),
      makeStory({ slug: "body-word", body: "گندم", date: at(7) }),
      makeStory({ slug: "summary-prefix", summary: "گندمی", date: at(6) }),
      makeStory({ slug: "summary-word", summary: "گندم", date: at(5) }),
    ]);
    expect(ranked.slugs("گندم")).toEqual(["summary-word", "summary-prefix", "body-word", "body-prefix"]);
  });
});

describe("several words", () => {
  const { slugs } = table([
    makeStory({ slug: "title-and-body", title: "گندم", body: "قیمت", date: at(1) }), // 8 + 2
    makeStory({ slug: "tags-and-summary", tags: ["گندم"], summary: "قیمت", date: at(2) }), // 6 + 4, newer
    makeStory({ slug: "both-in-summary", summary: "گندم کی قیمت", date: at(3) }), // 4 + 4
    makeStory({ slug: "both-in-title", title: "گندم کی قیمتیں", date: at(0) }), // 8 + 7
    makeStory({ slug: "one-word", title: "گندم گندم", date: at(4) }),
  ]);

  it("sums each word's best field, newer first among equal sums, and needs both words", () => {
    expect(slugs("گندم قیمت")).toEqual(["both-in-title", "tags-and-summary", "title-and-body", "both-in-summary"]);
  });
});

describe("pages at the edges", () => {
  // Twelve with the word in the title and twelve in the body: page 2 spans both, page 3 lies past every title.
  const stories = Array.from({ length: 24 }, (_, i) =>
    makeStory({ slug: `s${String(i).padStart(2, "0")}`, ...(i < 12 ? { title: "زلزلہ" } : { body: "زلزلہ اور امداد" }), summary: "امداد", date: at(i) }),
  );
  const { slugs, results } = table(stories);
  const inTitle = ["s11", "s10", "s09", "s08", "s07", "s06", "s05", "s04", "s03", "s02", "s01", "s00"];
  const inBody = ["s23", "s22", "s21", "s20", "s19", "s18", "s17", "s16", "s15", "s14", "s13", "s12"];

  it("reads one word's pages across its tiers, the last partial, the next empty", () => {
    expect([1, 2, 3].flatMap((page) => slugs("زلزلہ", { page }))).toEqual([...inTitle, ...inBody]);
    expect(slugs("زلزلہ", { page: 3 })).toEqual(inBody.slice(8));
    expect(results("زلزلہ", { page: 4 })).toEqual({ total: 24, pageCount: 3, page: 4, hits: [] });
  });

  it("pages several words the same way", () => {
    // امداد: summary (4) for all, so the title's زلزلہ (8) or the body's (2) decides.
    expect([1, 2, 3].flatMap((page) => slugs("زلزلہ امداد", { page }))).toEqual([...inTitle, ...inBody]);
    expect(slugs("زلزلہ امداد", { page: 3 })).toEqual(inBody.slice(8));
    expect(results("زلزلہ امداد", { page: 4 })).toEqual({ total: 24, pageCount: 3, page: 4, hits: [] });
  });
});

describe("many stories with several words", () => {
  // Enough to be ranked by levels rather than one GROUP BY: every third has سیلاب in its title, the rest in the body.
  const count = LEVELS_FROM + 5;
  const stories = Array.from({ length: count }, (_, i) =>
    makeStory({ slug: `s${String(i).padStart(3, "0")}`, ...(i % 3 === 0 ? { title: "سیلاب" } : { body: "سیلاب" }), summary: "امداد", date: at(i) }),
  );
  const { slugs, results } = table(stories);
  const newestFirst = (keep: (i: number) => boolean) => stories.filter((_, i) => keep(i)).map((story) => story.slug).reverse();
  const expected = [...newestFirst((i) => i % 3 === 0), ...newestFirst((i) => i % 3 !== 0)];
  const lastPage = Math.ceil(count / 10);

  it("ranks and pages them as one word's tiers are", () => {
    expect(slugs("سیلاب امداد")).toEqual(expected.slice(0, 10));
    expect(slugs("سیلاب امداد", { page: 11 })).toEqual(expected.slice(100, 110)); // across from title to body
    expect(slugs("سیلاب امداد", { page: lastPage })).toEqual(expected.slice((lastPage - 1) * 10));
    expect(results("سیلاب امداد", { page: lastPage + 1 })).toEqual({ total: count, pageCount: lastPage, page: lastPage + 1, hits: [] });
  });
});

describe("marks", () => {
  it("marks a word only where the story holds it: دیا inside کر دیا is indexed as کردیا", () => {
    const { results } = table([
      makeStory({ slug: "s", title: "انہوں نے کر دیا", summary: "دیاسلائی کی قیمت", date: at(0) }),
      makeStory({ slug: "other", title: "چراغ جلا دیا", date: at(1) }), // holds دیا itself
    ]);
    const hit = results("دیا").hits.find((h) => h.story.slug === "s");
    expect(hit?.title.some((s) => s.mark)).toBe(false);
    expect(hit?.summary.filter((s) => s.mark).map((s) => s.text)).toEqual(["دیاسلائی"]);
  });
});

describe("FTS5 syntax in a query", () => {
  const { slugs } = table([
    makeStory({ slug: "karachi", title: "کراچی میں بارش", date: at(1) }),
    makeStory({ slug: "weather", title: "موسم", date: at(2) }),
  ]);

  it.each([
    ['"کراچی', ["karachi"]],
    ["کراچی*", ["karachi"]],
    ["(کراچی)", ["karachi"]],
    ["title:کراچی", ["karachi"]], // title is a word here, found nowhere; کراچی is
    ["{title}: موسم", ["weather"]],
    ["کراچی -بارش", ["karachi"]],
    ["کراچی NOT بارش", ["karachi"]], // NOT is a word: no story has it, so any word will do
    ["کراچی OR موسم", ["weather", "karachi"]],
    ["NEAR(کراچی موسم)", ["weather", "karachi"]],
    ["کراچی AND", ["karachi"]],
    ['"*():-^+', []],
  ])("%j is read as words: %j", (query, expected) => {
    expect(slugs(query)).toEqual(expected);
  });
});
