import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/lib/content/frontmatter";
import { SUMMARY_LIMIT, TITLE_LIMIT } from "./fields";
import { fixText, position, proofText } from "./proof";

const file = [
  "---",
  'title: "كراچي میں بارش, شہر ڈوب گیا"',
  "summary: یه خبر ہے.   # a YAML comment, left alone",
  "date: 2026-01-28T14:05:00+05:00",
  "category: pakistan",
  'tags: [كراچي, "بارش, سیلاب"]',
  "related: [one-story, another]",
  "image: /images/rain.jpg",
  "image_alt: 'بارش کا منظر, ''پرانا'' شہر'",
  "image_caption: >",
  "  تصویر:  اے پی.",
  "---",
  "پہلا  پیراگراف, دوسری بات.",
  "",
  "## سرخی?",
  "",
  "> اقتباس , یہاں",
  "",
].join("\n");

describe("a whole story file", () => {
  it("finds problems in the prose fields and the body, each with line and column", () => {
    const found = proofText(file, "story").map((f) => {
      const { line, column } = position(file, f.start);
      return `${line}:${column} ${f.field} ${f.rule}`;
    });
    expect(found).toEqual([
      "2:9 title arabic-letter",
      "2:13 title arabic-letter",
      "2:23 title latin-punctuation",
      "3:11 summary arabic-letter",
      "3:19 summary full-stop",
      "6:8 tags arabic-letter",
      "6:12 tags arabic-letter",
      "6:20 tags latin-punctuation",
      "9:25 image_alt latin-punctuation",
      "11:9 image_caption double-space",
      "11:16 image_caption full-stop",
      "13:5 body double-space",
      "13:15 body latin-punctuation",
      "13:26 body full-stop",
      "15:8 body latin-punctuation",
      "17:10 body latin-punctuation",
    ]);
  });

  it("fixes only the prose: every other byte of the front matter stays", () => {
    const out = fixText(file, "story").text;
    expect(out).toBe(
      file
        .replace('"كراچي میں بارش, شہر', '"کراچی میں بارش، شہر')
        .replace("یه خبر ہے.", "یہ خبر ہے۔")
        .replace('[كراچي, "بارش, سیلاب"]', '[کراچی, "بارش، سیلاب"]')
        .replace("بارش کا منظر, ''پرانا''", "بارش کا منظر، ''پرانا''")
        .replace("تصویر:  اے پی.", "تصویر: اے پی۔")
        .replace("پہلا  پیراگراف, دوسری بات.", "پہلا پیراگراف، دوسری بات۔")
        .replace("سرخی?", "سرخی؟")
        .replace("اقتباس , یہاں", "اقتباس، یہاں"),
    );
    const before = splitFrontMatter(file).data as Record<string, unknown>;
    const after = splitFrontMatter(out).data as Record<string, unknown>;
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.related).toEqual(before.related);
    expect(after.tags).toEqual(["کراچی", "بارش، سیلاب"]);
  });

  it("is idempotent: a second run changes nothing", () => {
    const once = fixText(file, "story");
    expect(once.applied).toBeGreaterThan(0);
    expect(fixText(once.text, "story")).toEqual({ text: once.text, applied: 0 });
  });

  it("keeps Windows line ends", () => {
    const crlf = file.replaceAll("\n", "\r\n");
    expect(fixText(crlf, "story").text).toBe(fixText(file, "story").text.replaceAll("\n", "\r\n"));
  });

  it("proofs an author's name, role and bio, not a story's fields", () => {
    const author = "---\nname: عمران قريشی\nrole: نامہ نگار, لاہور\nimage: /images/a.jpg\n---\nوه لاہور میں ہیں.\n";
    expect(fixText(author, "author").text).toBe(
      "---\nname: عمران قریشی\nrole: نامہ نگار، لاہور\nimage: /images/a.jpg\n---\nوہ لاہور میں ہیں۔\n",
    );
  });
});

describe("title-length and summary-length", () => {
  const withFields = (title: string, summary: string) => `---\ntitle: "${title}"\nsummary: ${summary}\n---\nمتن\n`;

  it(`warns when a headline passes ${TITLE_LIMIT} characters or a summary ${SUMMARY_LIMIT}, and says how long it is`, () => {
    const found = proofText(withFields("ا".repeat(TITLE_LIMIT + 1), "ب".repeat(SUMMARY_LIMIT + 5)), "story");
    expect(found.map((f) => [f.rule, f.message.split(";")[0], f.fix])).toEqual([
      ["title-length", `is ${TITLE_LIMIT + 1} characters`, undefined],
      ["summary-length", `is ${SUMMARY_LIMIT + 5} characters`, undefined],
    ]);
  });

  it("accepts them at the limit", () => {
    expect(proofText(withFields("ا".repeat(TITLE_LIMIT), "ب".repeat(SUMMARY_LIMIT)), "story")).toEqual([]);
  });
});

describe("the sample content", () => {
  const files = ["news", "videos", "columns", "authors"].flatMap((dir) =>
    fs.readdirSync(path.join("content", dir)).map((name) => ({
      name: `${dir}/${name}`,
      kind: dir === "authors" ? ("author" as const) : ("story" as const),
      text: fs.readFileSync(path.join("content", dir, name), "utf8"),
    })),
  );

  it("has nothing for content:fix to change", () => {
    for (const { name, kind, text } of files) expect(fixText(text, kind).applied, name).toBe(0);
  });

  // What an Arabic keyboard and a hurried typist do to prose: content:fix must undo exactly that.
  const typo = (line: string) =>
    line
      .replaceAll("ی", "ي")
      .replaceAll("، ", ", ")
      .replaceAll("۔ ", ". ")
      .replace(/۔$/, ".")
      .replaceAll("؟", "?")
      .replaceAll(" اور ", "  اور ");

  it("undoes Arabic letters, Latin punctuation and doubled spaces typed into it", () => {
    for (const { name, kind, text } of files) {
      const cut = text.indexOf("\n---\n", 3) + 5;
      const [front, body] = [text.slice(0, cut), text.slice(cut)];
      const typed =
        front.replace(/^(title|summary): (.*)$/gm, (_, key: string, value: string) => `${key}: ${typo(value)}`) +
        body
          .split("\n")
          .map((line) => (/^[|>#\-\d]/.test(line) ? line : typo(line)))
          .join("\n");
      expect(typed, name).not.toBe(text);
      expect(fixText(typed, kind).text, name).toBe(text);
    }
  });
});
