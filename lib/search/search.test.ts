import { describe, expect, it } from "vitest";
import { buildSearchIndex, RESULTS_PER_PAGE } from "./index";
import { makeStory } from "@/lib/testing/stories";

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 6));
const slugs = (query: string, stories = corpus, page = 1) =>
  buildSearchIndex(stories)
    .search(query, page)
    .hits.map((hit) => hit.story.slug);

const corpus = [
  makeStory({ slug: "karachi-rain", title: "کراچی میں بارش", summary: "شہر کے نشیبی علاقے زیر آب۔", date: day(1) }),
  makeStory({ slug: "madrasa", title: "مَدرسے کی نئی عمارت", body: "عمارت کا افتتاح سال ۲۰۲۶ء میں ہوا۔", date: day(2) }),
  makeStory({ slug: "decided", title: "کابینہ کا اجلاس", summary: "حکومت نے فیصلہ کر دیا۔", date: day(3) }),
  makeStory({
    slug: "body-only",
    title: "موسم",
    body: "پہلا پیراگراف۔\n\nآخر میں **زعفران** کی قیمت کا ذکر ہے۔",
    date: day(4),
  }),
  makeStory({
    slug: "zwnj",
    title: "\u0639\u0627\u0644\u0645\u200C\u06AF\u06CC\u0631 \u0648\u0628\u0627",
    date: day(5),
  }), // عالم‌گیر وبا
];

describe("search reads Urdu as Urdu readers type it", () => {
  it.each([
    ["\u0643\u0631\u0627\u0686\u064A", "karachi-rain", "Arabic-keyboard ك and ي (كراچي)"],
    ["کراچى", "karachi-rain", "alef maksura"],
    ["مدرسے", "madrasa", "story written with zabar, query without"],
    ["\u0645\u064F\u062F\u0631\u0633\u06D2", "madrasa", "query with a diacritic the story lacks"],
    ["2026", "madrasa", "Western digits find ۲۰۲۶ء"],
    ["۲۰۲۶ء", "madrasa", "Urdu digits with the year sign"],
    ["کردیا", "decided", "run-together verb finds the spaced one"],
    ["فیصلہ کر دیا", "decided", "spaced verb in a phrase"],
    ["عالمگیر", "zwnj", "ZWNJ inside a word"],
    ["زعفران", "body-only", "a word only in the body"],
  ])("%j finds %s (%s)", (query, slug) => {
    expect(slugs(query)).toEqual([slug]);
  });

  it("does not find a stem from a longer word: بارشوں is not بارش", () => {
    expect(slugs("بارشوں")).toEqual([]);
  });

  it("finds inflections by prefix: بار finds بارش", () => {
    expect(slugs("بار")).toContain("karachi-rain");
  });

  it("does not find a number inside a longer one", () => {
    expect(slugs("202")).toEqual([]);
  });

  it("needs every word when some story has them all", () => {
    expect(slugs("کراچی بارش")).toEqual(["karachi-rain"]);
    expect(slugs("کراچی عمارت").sort()).toEqual(["karachi-rain", "madrasa"]);
  });

  it("gives nothing for an empty or punctuation-only query", () => {
    expect(slugs("")).toEqual([]);
    expect(slugs(" ۔ ")).toEqual([]);
  });

  it("answers a 2,000-character query", () => {
    expect(() => slugs("کراچی ".repeat(400))).not.toThrow();
  });

  it("never finds a draft", () => {
    // buildSearchIndex writes the draft into the database as the build does; only the search path leaves it out.
    const draft = makeStory({ slug: "secret", title: "خفیہ منصوبہ", draft: true });
    expect(slugs("خفیہ", [...corpus, draft])).toEqual([]);
    // The same story published is found, so the empty answer above is the draft rule, not a query that finds nothing.
    expect(slugs("خفیہ", [...corpus, { ...draft, draft: false }])).toEqual(["secret"]);
  });
});

describe("ranking", () => {
  const stories = [
    makeStory({ slug: "in-body", body: "سیلاب کا خطرہ", date: day(9) }),
    makeStory({ slug: "in-summary", summary: "سیلاب کا خطرہ", date: day(8) }),
    makeStory({ slug: "in-tags", tags: ["سیلاب"], date: day(7) }),
    makeStory({ slug: "in-title-old", title: "سیلاب", date: day(1) }),
    makeStory({ slug: "in-title-new", title: "سیلاب آ گیا", date: day(6) }),
    makeStory({ slug: "prefix-in-title", title: "سیلابی ریلا", date: day(10) }),
  ];

  it("puts title above tags above summary above body, newer first among equals", () => {
    expect(slugs("سیلاب", stories)).toEqual([
      "in-title-new",
      "in-title-old",
      "prefix-in-title",
      "in-tags",
      "in-summary",
      "in-body",
    ]);
  });

  it("ranks a story with more of the query's words first when none has them all", () => {
    const more = [
      makeStory({ slug: "one-in-title", title: "لاہور", date: day(9) }),
      makeStory({ slug: "two-in-body", body: "لاہور اور اسموگ", date: day(1) }),
      makeStory({ slug: "other", title: "ملتان", date: day(2) }),
    ];
    expect(slugs("لاہور اسموگ ملتان", more)).toEqual(["two-in-body", "one-in-title", "other"]);
  });
});

describe("pages and highlighting", () => {
  const many = Array.from({ length: 25 }, (_, i) =>
    makeStory({ slug: `story-${String(i).padStart(2, "0")}`, title: `انتخابات خبر ${i}`, date: day(i + 1) }),
  );

  it("pages by ten, newest first", () => {
    const index = buildSearchIndex(many);
    const first = index.search("انتخابات", 1);
    expect(first).toMatchObject({ total: 25, pageCount: 3, page: 1 });
    expect(first.hits.map((hit) => hit.story.slug).slice(0, 2)).toEqual(["story-24", "story-23"]);
    expect(index.search("انتخابات", 3).hits).toHaveLength(25 - 2 * RESULTS_PER_PAGE);
    expect(index.search("انتخابات", 4).hits).toEqual([]);
  });

  it("marks the matched words of the summary", () => {
    const [hit] = buildSearchIndex(corpus).search("کردیا").hits;
    expect(hit?.summary.filter((s) => s.mark).map((s) => s.text)).toEqual(["کر دیا"]);
    expect(hit?.excerpt).toBeNull();
  });

  it("shows the body's words around a match found only there", () => {
    const [hit] = buildSearchIndex(corpus).search("زعفران").hits;
    expect(hit?.excerpt?.map((s) => s.text).join("")).toBe("پہلا پیراگراف۔ آخر میں زعفران کی قیمت کا ذکر ہے۔");
    expect(hit?.excerpt?.filter((s) => s.mark).map((s) => s.text)).toEqual(["زعفران"]);
  });
});
