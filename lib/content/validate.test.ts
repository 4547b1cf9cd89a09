import { describe, expect, it } from "vitest";
import { makeContent, validStory, type Files } from "@/lib/testing/content-tree";
import { loadContent } from "./load";
import { formatProblem } from "./problems";

const NEWS = "content/news/karachi-rain.md";

function lines(files: Files) {
  const loaded = loadContent(makeContent(files));
  return {
    loaded,
    errors: loaded.problems.filter((p) => p.severity === "error").map(formatProblem),
    warnings: loaded.problems.filter((p) => p.severity === "warning").map(formatProblem),
  };
}

function errorsFor(fields: Record<string, string>, body?: string): string[] {
  return lines({ [NEWS]: validStory(fields, body) }).errors;
}

describe("valid content", () => {
  it("loads a story into the site's own shape with no problems", () => {
    const { loaded, errors, warnings } = lines({});
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const [story] = loaded.stories;
    expect(story).toMatchObject({
      kind: "news",
      slug: "karachi-rain",
      path: "/news/karachi-rain",
      title: "کراچی میں بارش",
      category: { key: "pakistan", name: "پاکستان" },
      author: { key: "news-desk", name: "نیوز ڈیسک" },
      tags: [],
      related: [],
      draft: false,
    });
    expect(story?.date.toISOString()).toBe("2026-01-28T09:05:00.000Z");
  });

  it("reads a bare date as midnight in Karachi", () => {
    const { loaded } = lines({ [NEWS]: validStory({ date: "2026-01-28" }) });
    expect(loaded.stories[0]?.date.toISOString()).toBe("2026-01-27T19:00:00.000Z");
  });
});

describe("each front-matter rule names the file and the field", () => {
  it.each<[string, Record<string, string>, string]>([
    ["title missing", { title: "" }, `${NEWS}: title: is required: the headline`],
    ["title empty", { title: '""' }, `${NEWS}: title: is empty; expected the headline`],
    ["title not text", { title: "[a, b]" }, `${NEWS}: title: must be text, not ["a","b"]`],
    ["summary missing", { summary: "" }, `${NEWS}: summary: is required: a one- or two-sentence summary`],
    ["date missing", { date: "" }, `${NEWS}: date: is required; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00`],
    ["date in words", { date: "کل" }, `${NEWS}: date: "کل" is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00`],
    ["impossible date", { date: "2026-13-45" }, `${NEWS}: date: "2026-13-45" is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00`],
    ["date as a number", { date: "2026" }, `${NEWS}: date: 2026 is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00`],
    ["updated malformed", { updated: "28/01/2026" }, `${NEWS}: updated: "28/01/2026" is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00`],
    ["updated before date", { updated: "2026-01-28T10:00:00+05:00" }, `${NEWS}: updated: "2026-01-28T10:00:00+05:00" is before date "2026-01-28T14:05:00+05:00"; expected a time on or after the date`],
    ["news without category", { category: "" }, `${NEWS}: category: is required: a section key from content/categories.yml`],
    ["unknown category", { category: "politics" }, `${NEWS}: category: "politics" is not a section; expected one of pakistan, world (content/categories.yml)`],
    ["author missing", { author: "" }, `${NEWS}: author: is required: an author key, the name of a file in content/authors/`],
    ["unknown author", { author: "nobody" }, `${NEWS}: author: "nobody" is not an author; expected a file content/authors/nobody.md (known: news-desk)`],
    ["tags not a list", { tags: "کراچی" }, `${NEWS}: tags: must be a list of tags, e.g. [کراچی, معیشت], not "کراچی"`],
    ["related not a list", { related: "other" }, `${NEWS}: related: must be a list of slugs, e.g. [story-one, story-two], not "other"`],
    ["unknown related", { related: "[no-such-story]" }, `${NEWS}: related: "no-such-story" is not a story; expected the slug of a file in content/news, content/videos or content/columns`],
    ["related to itself", { related: "[karachi-rain]" }, `${NEWS}: related: "karachi-rain" is this story itself; expected other stories' slugs`],
    ["image path outside /images", { image: "pics/a.jpg", image_alt: "تصویر" }, `${NEWS}: image: "pics/a.jpg" is not a picture path; expected /images/... (a file under public/images) or an https:// URL`],
    ["image over http", { image: "http://example.com/a.jpg", image_alt: "تصویر" }, `${NEWS}: image: "http://example.com/a.jpg" is not a picture path; expected /images/... (a file under public/images) or an https:// URL`],
    ["image file missing", { image: "/images/none.jpg", image_alt: "تصویر" }, `${NEWS}: image: "/images/none.jpg" does not exist; expected a file at public/images/none.jpg`],
    ["image escaping public", { image: "/images/../../etc/passwd", image_alt: "تصویر" }, `${NEWS}: image: "/images/../../etc/passwd" does not exist; expected a file at public/images/../../etc/passwd`],
    ["image without alt", { image: "/images/rain.jpg" }, `${NEWS}: image_alt: is required when image is set; expected a description of the picture in Urdu`],
    ["draft not a boolean", { draft: "yes" }, `${NEWS}: draft: must be true or false, not "yes"`],
    ["featured not a boolean", { featured: "1" }, `${NEWS}: featured: must be true or false, not 1`],
    ["breaking not a boolean", { breaking: '"true"' }, `${NEWS}: breaking: must be true or false, not "true"`],
  ])("%s", (_name, fields, expected) => {
    expect(errorsFor(fields)).toEqual([expected]);
  });

  it("accepts an https picture without a local file, and a local one that exists", () => {
    expect(errorsFor({ image: "https://cdn.example.com/a.jpg", image_alt: "تصویر" })).toEqual([]);
    expect(errorsFor({ image: "/images/rain.jpg", image_alt: "تصویر" })).toEqual([]);
  });
});

describe("videos and columns", () => {
  const VIDEO = "content/videos/rain-video.md";
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["dQw4w9WgXcQ", "dQw4w9WgXcQ"],
  ])("reads the video %s", (video, id) => {
    const { loaded, errors } = lines({ [VIDEO]: validStory({ video: `"${video}"`, category: "" }) });
    expect(errors).toEqual([]);
    const story = loaded.stories.find((s) => s.kind === "video");
    expect(story).toMatchObject({ videoId: id, path: "/videos/rain-video" });
    expect(story?.category).toBeUndefined();
  });

  it("requires a video on a video story and refuses other sites", () => {
    expect(lines({ [VIDEO]: validStory() }).errors).toEqual([`${VIDEO}: video: is required for a video: a YouTube URL or an 11-character id`]);
    expect(lines({ [VIDEO]: validStory({ video: "https://vimeo.com/12345678901" }) }).errors).toEqual([
      `${VIDEO}: video: "https://vimeo.com/12345678901" is not a YouTube video; expected a youtube.com/watch?v=, youtu.be/ or youtube.com/shorts/ URL or an 11-character id`,
    ]);
  });

  it("lets a column go without a category", () => {
    const { loaded, errors } = lines({ "content/columns/a-view.md": validStory({ category: "" }) });
    expect(errors).toEqual([]);
    expect(loaded.stories.find((s) => s.kind === "column")?.path).toBe("/columns/a-view");
  });
});

describe("files and slugs", () => {
  it("refuses a file name that is not a slug", () => {
    expect(lines({ "content/news/Karachi_Rain.md": validStory() }).errors).toEqual([
      `content/news/Karachi_Rain.md: slug: "Karachi_Rain" is not a valid slug; expected a file name of lower-case a-z, 0-9 and single hyphens, such as karachi-rain-2026`,
    ]);
  });

  it("refuses two stories with one slug across kinds", () => {
    expect(lines({ "content/videos/karachi-rain.md": validStory({ video: "dQw4w9WgXcQ" }) }).errors).toEqual([
      `content/videos/karachi-rain.md: slug: "karachi-rain" is also the slug of ${NEWS}; expected slugs unique across news, videos and columns`,
    ]);
  });

  it("refuses JavaScript front matter without running it", () => {
    const marker = `khabarnama-pwned-${process.pid}`;
    const { errors } = lines({ [NEWS]: `---js\n{ title: (globalThis["${marker}"] = 1) }\n---\nمتن\n` });
    expect(errors).toEqual([`${NEWS}: front matter: "---js" front matter is not allowed; write YAML between --- lines`]);
    expect(marker in globalThis).toBe(false);
  });

  it("names broken YAML with its line", () => {
    expect(lines({ [NEWS]: "---\ntitle: x\ntitle: y\n---\n" }).errors).toEqual([`${NEWS}: front matter: is not valid YAML: Map keys must be unique (line 3)`]);
  });

  it("needs front matter at all", () => {
    expect(lines({ [NEWS]: "صرف متن\n" }).errors[0]).toBe(`${NEWS}: title: is required: the headline`);
    expect(lines({ [NEWS]: "---\n- a\n---\n" }).errors).toEqual([`${NEWS}: front matter: is missing; expected YAML fields between --- lines at the top of the file`]);
  });

  it("warns about a field it does not know, naming the likely one", () => {
    const { errors, warnings } = lines({ [NEWS]: validStory({ sumary: "x" }) });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([`warning: ${NEWS}: sumary: is not a field the site knows and is ignored; did you mean "summary"?`]);
  });

  it("warns when a published story links a draft", () => {
    const { errors, warnings } = lines({
      [NEWS]: validStory({ related: "[secret-plan]" }),
      "content/news/secret-plan.md": validStory({ draft: "true" }),
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([`warning: ${NEWS}: related: "secret-plan" is a draft; the link is left out until it is published`]);
  });
});

describe("authors and sections", () => {
  it("needs an author's name and an existing picture", () => {
    const { errors } = lines({ "content/authors/sana.md": "---\nrole: نامہ نگار\nimage: /images/sana.jpg\n---\n" });
    expect(errors).toEqual(["content/authors/sana.md: name: is required: the person's or desk's name in Urdu"]);
    expect(lines({ "content/authors/sana.md": "---\nname: ثنا\nimage: /images/sana.jpg\n---\n" }).errors).toEqual([
      `content/authors/sana.md: image: "/images/sana.jpg" does not exist; expected a file at public/images/sana.jpg`,
    ]);
  });

  it("takes desk: true for an organisation, and still reads the role ڈیسک alone that way", () => {
    const organisation = (text: string) =>
      lines({ "content/authors/news-desk.md": text }).loaded.authors.find((a) => a.key === "news-desk")?.organization;
    expect(organisation("---\nname: خبروں کا شعبہ\nrole: ادارتی ٹیم\ndesk: true\n---\n")).toBe(true);
    expect(organisation("---\nname: نیوز ڈیسک\nrole: ڈیسک\n---\n")).toBe(true);
    expect(organisation("---\nname: نیوز ڈیسک\nrole: ڈیسک\ndesk: false\n---\n")).toBe(false);
    expect(organisation("---\nname: ثنا بلوچ\nrole: نامہ نگار\n---\n")).toBe(false);
    expect(lines({ "content/authors/news-desk.md": "---\nname: نیوز ڈیسک\ndesk: ہاں\n---\n" }).errors).toEqual([
      'content/authors/news-desk.md: desk: must be true or false, not "ہاں"',
    ]);
  });

  it("blames a broken author file, not each story that names it", () => {
    const { loaded, errors } = lines({ "content/authors/news-desk.md": "---\nrole: ڈیسک\n---\n" });
    expect(errors).toEqual(["content/authors/news-desk.md: name: is required: the person's or desk's name in Urdu"]);
    expect(loaded.stories).toEqual([]);
  });

  it("checks categories.yml", () => {
    expect(lines({ "content/categories.yml": null }).errors[0]).toBe("content/categories.yml: file: is missing; expected a list of {key, name} sections");
    expect(lines({ "content/categories.yml": "- key: Pak Istan\n  name: پاکستان\n- key: world\n" }).errors.slice(0, 2)).toEqual([
      'content/categories.yml: [0].key: "Pak Istan" is not a key; expected lower-case a-z, 0-9 and hyphens',
      "content/categories.yml: [1].name: is required: the section's name in Urdu",
    ]);
    expect(lines({ "content/categories.yml": "- key: world\n  name: دنیا\n- key: world\n  name: عالم\n" }).errors[0]).toBe(
      'content/categories.yml: [1].key: "world" is listed twice; expected each section once',
    );
  });
});

describe("every problem is listed, not only the first", () => {
  it("reports all errors across files and keeps the valid story beside them", () => {
    const { loaded, errors } = lines({
      "content/news/bad-one.md": validStory({ date: "کل", author: "nobody", title: "" }),
      "content/columns/bad-two.md": validStory({ category: "sport", image: "/images/x.jpg" }),
    });
    expect(errors).toEqual([
      `content/columns/bad-two.md: image_alt: is required when image is set; expected a description of the picture in Urdu`,
      `content/columns/bad-two.md: category: "sport" is not a section; expected one of pakistan, world (content/categories.yml)`,
      `content/columns/bad-two.md: image: "/images/x.jpg" does not exist; expected a file at public/images/x.jpg`,
      `content/news/bad-one.md: title: is required: the headline`,
      `content/news/bad-one.md: date: "کل" is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00`,
      `content/news/bad-one.md: author: "nobody" is not an author; expected a file content/authors/nobody.md (known: news-desk)`,
    ]);
    expect(loaded.stories.map((s) => s.slug)).toEqual(["karachi-rain"]);
  });
});

describe("live pages and corrections", () => {
  it("name the file and line of an update whose time cannot be read or runs back", () => {
    const body = ["تعارف۔", "", "## 14:10 پہلی اپ ڈیٹ", "متن۔", "", "## کل شام", "متن۔", "", "## 14:00 پیچھے", "متن۔"].join("\n");
    const { errors } = lines({ [NEWS]: validStory({ live: "true" }, body) });
    // The front matter takes lines 1 to 8, so the body's third line is the file's eleventh.
    expect(errors).toEqual([
      `${NEWS}:14:1: body: "## کل شام" does not begin with an update's time; expected "## 14:05 سرخی" (Karachi time, on the day of the update before it) or "## 2026-11-30 14:05 سرخی"`,
      `${NEWS}:17:1: body: 2026-01-28T14:00:00+05:00 is before the update above it (2026-01-28T14:10:00+05:00); updates are written oldest first, each at or after the one before`,
    ]);
  });

  it("read a live story's updates and its end", () => {
    const { loaded, errors } = lines({ [NEWS]: validStory({ live: "true", live_until: "2026-01-29T10:00:00+05:00" }, "## 14:10 پہلی\n\nمتن۔\n\n## 2026-01-29 09:00 دوسری") });
    expect(errors).toEqual([]);
    expect(loaded.stories[0]?.live).toEqual({ until: new Date("2026-01-29T05:00:00Z"), updates: [new Date("2026-01-28T09:10:00Z"), new Date("2026-01-29T04:00:00Z")] });
  });

  it("refuse a live page ending before it begins, and a correction before the story or in the future", () => {
    const { errors } = lines({
      [NEWS]: validStory({
        live_until: "2026-01-27",
        corrections: '[{date: 2026-01-27T10:00:00+05:00, text: "پہلے"}, {date: 2099-01-01, text: "بعد میں"}, {date: 2026-01-29, text: ""}]',
      }),
    });
    expect(errors).toEqual([
      `${NEWS}: corrections[2].text: is empty; expected what was wrong and what is right, in Urdu`,
      `${NEWS}: live_until: "2026-01-27" is before date "2026-01-28T14:05:00+05:00"; expected the time the live coverage ends`,
      `${NEWS}: corrections[0].date: "2026-01-27T10:00:00+05:00" is before the story's date "2026-01-28T14:05:00+05:00"; expected when the correction was made`,
      `${NEWS}: corrections[1].date: "2099-01-01" is in the future; expected when the correction was made, not later than now`,
    ]);
  });

  it("keep a story's corrections and date it by the newest", () => {
    const { loaded } = lines({ [NEWS]: validStory({ corrections: '[{date: 2026-01-29T10:00:00+05:00, text: "درستی"}, {date: 2026-01-28T20:00:00+05:00, text: "پہلی درستی"}]' }) });
    expect(loaded.stories[0]?.corrections).toEqual([
      { date: new Date("2026-01-29T05:00:00Z"), text: "درستی" },
      { date: new Date("2026-01-28T15:00:00Z"), text: "پہلی درستی" },
    ]);
    expect(loaded.stories[0]?.corrected).toEqual(new Date("2026-01-29T05:00:00Z"));
  });
});
