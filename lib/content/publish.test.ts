import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeContent, validStory } from "@/lib/testing/content-tree";
import { buildContentDatabase } from "./build";
import { openDatabaseFile } from "./database";
import { openReader } from "./db/reader";
import { publishContent } from "./publish";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-publish-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const now = new Date("2026-02-01T00:00:00+05:00");

/** A built database of a content tree, the tree's files to change, and a look at the database as a server would see it. */
async function site(name: string) {
  const source = makeContent({ "content/news/second.md": validStory({ title: '"دوسری خبر"', date: "2026-01-29T10:00:00+05:00", tags: "[بارش]" }) });
  const file = path.join(dir, `${name}.db`);
  await buildContentDatabase(file, source);
  const write = (name: string, text: string | null) => {
    const target = path.join(source.root, name);
    if (text === null) fs.rmSync(target);
    else fs.writeFileSync(target, text);
  };
  const look = <T>(read: (index: ReturnType<typeof openReader>) => T): T => {
    const db = openDatabaseFile(file);
    try {
      return read(openReader(db, { now: () => now }));
    } finally {
      db.close();
    }
  };
  return { source, file, write, look, publish: () => publishContent(file, source, now) };
}

const titles = (index: ReturnType<typeof openReader>) => index.list({ of: "all" }).stories.map((s) => s.title);

describe("publishing into a built database", () => {
  it("takes nothing when nothing changed", async () => {
    expect((await site("unchanged")).publish()).toEqual({ ok: true, files: [], paths: [] });
  });

  it("takes a story added, edited and removed, with its lists, tags and search, and names the pages it touched", async () => {
    const { write, look, publish } = await site("changes");
    write("content/news/third.md", validStory({ title: '"تیسری خبر سیلاب"', date: "2026-01-30T10:00:00+05:00", tags: "[سیلاب]", category: "world" }));
    write("content/news/second.md", validStory({ title: '"دوسری خبر، نئی سرخی"', date: "2026-01-29T10:00:00+05:00", tags: "[بارش]" }));
    const outcome = publish();
    expect(outcome).toEqual({
      ok: true,
      files: ["content/news/second.md", "content/news/third.md"],
      paths: ["/", "/latest", "/corrections", "/news/second", "/authors/news-desk", "/category/pakistan", `/tags/${encodeURIComponent("بارش")}`, "/news/third", "/category/world", `/tags/${encodeURIComponent("سیلاب")}`],
    });
    expect(look(titles)).toEqual(["تیسری خبر سیلاب", "دوسری خبر، نئی سرخی", "کراچی میں بارش"]);
    expect(look((index) => index.search("سیلاب").hits.map((hit) => hit.story.slug))).toEqual(["third"]);
    expect(look((index) => index.search("نئی").hits.map((hit) => hit.story.slug))).toEqual(["second"]);
    expect(look((index) => index.tagName("سیلاب"))).toBe("سیلاب");

    write("content/news/third.md", null);
    expect(publish()).toMatchObject({ ok: true, files: ["content/news/third.md"] });
    expect(look(titles)).toEqual(["دوسری خبر، نئی سرخی", "کراچی میں بارش"]);
    expect(look((index) => [index.search("سیلاب").total, index.tagName("سیلاب"), index.story("news", "third")])).toEqual([0, undefined, undefined]);
  });

  it("places a story among others of the same instant in the site's order", async () => {
    const { write, look, publish } = await site("same-instant");
    write("content/news/a-first.md", validStory({ title: '"الف"', date: "2026-01-29T10:00:00+05:00" }));
    expect(publish().ok).toBe(true);
    expect(look((index) => index.list({ of: "all" }).stories.map((s) => s.slug))).toEqual(["a-first", "second", "karachi-rain"]);
  });

  it("refuses a bad edit with the build's own lines, and keeps the last good content", async () => {
    const { write, look, publish } = await site("refused");
    write("content/news/second.md", validStory({ title: '"دوسری خبر"', date: "کل" }));
    write("content/news/fourth.md", validStory({ title: '"چوتھی"', related: "[no-such-story]" }));
    expect(publish()).toEqual({
      ok: false,
      lines: [
        'content/news/fourth.md: related: "no-such-story" is not a story; expected the slug of a file in content/news, content/videos or content/columns',
        'content/news/second.md: date: "کل" is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00',
      ],
    });
    expect(look(titles)).toEqual(["دوسری خبر", "کراچی میں بارش"]);
  });

  it("refuses to remove a story another one names in related", async () => {
    const { write, look, publish } = await site("named");
    write("content/news/karachi-rain.md", validStory({ related: "[second]" }));
    expect(publish().ok).toBe(true);
    write("content/news/second.md", null);
    expect(publish()).toEqual({
      ok: false,
      lines: ['content/news/karachi-rain.md: related: "second" is not a story; expected the slug of a file in content/news, content/videos or content/columns'],
    });
    expect(look((index) => index.story("news", "second")?.title)).toBe("دوسری خبر");
  });

  it("takes a changed section list by publishing everything again", async () => {
    const { write, look, publish } = await site("sections");
    write("content/categories.yml", "- key: pakistan\n  name: پاکستان\n- key: world\n  name: عالمی خبریں\n");
    expect(publish()).toMatchObject({ ok: true, files: ["content/categories.yml"] });
    expect(look((index) => index.categories.map((c) => c.name))).toEqual(["پاکستان", "عالمی خبریں"]);
    expect(look(titles)).toEqual(["دوسری خبر", "کراچی میں بارش"]);
  });
});
