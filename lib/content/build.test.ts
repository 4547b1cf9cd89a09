import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeContent, validStory } from "@/lib/testing/content-tree";
import { buildContentDatabase } from "./build";
import { openDatabaseFile } from "./database";
import { openReader } from "./db/reader";
import { ContentError } from "./index";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-db-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Builds the database of a content tree and opens it as a server does, its clock at `now`. */
async function built(source: ReturnType<typeof makeContent>, name: string, now = new Date("2026-02-01T00:00:00+05:00")) {
  const file = path.join(dir, `${name}.db`);
  await buildContentDatabase(file, source);
  const db = openDatabaseFile(file);
  return { index: openReader(db, { now: () => now }), close: () => db.close() };
}

const THREADS = { workers: 2, batch: 5 };

const titles = (index: Awaited<ReturnType<typeof built>>["index"]) => index.list({ of: "all" }).stories.map((s) => s.title);

describe("the content database the build writes", () => {
  it("holds a story added, loses one removed and shows one edited, after a rebuild", async () => {
    const before = await built(makeContent({ "content/news/second.md": validStory({ title: '"دوسری خبر"', date: "2026-01-29T10:00:00+05:00" }) }), "before");
    expect(titles(before.index)).toEqual(["دوسری خبر", "کراچی میں بارش"]);
    before.close();

    const after = await built(
      makeContent({
        "content/news/second.md": null,
        "content/news/third.md": validStory({ title: '"تیسری خبر"', date: "2026-01-30T10:00:00+05:00" }),
        "content/news/karachi-rain.md": validStory({ title: '"کراچی میں شدید بارش"' }),
      }),
      "after",
    );
    expect(titles(after.index)).toEqual(["تیسری خبر", "کراچی میں شدید بارش"]);
    expect(after.index.story("news", "second")).toBeUndefined();
    expect(after.index.search("شدید").hits.map((hit) => hit.story.slug)).toEqual(["karachi-rain"]);
    after.close();
  });

  it("holds a scheduled story that appears at its time, with no rebuild", async () => {
    const source = makeContent({ "content/news/later.md": validStory({ title: '"بعد کی خبر"', date: "2026-01-28T18:00:00+05:00" }) });
    const clock = { at: new Date("2026-01-28T17:59:59+05:00") };
    const file = path.join(dir, "scheduled.db");
    await buildContentDatabase(file, source);
    const db = openDatabaseFile(file);
    const index = openReader(db, { now: () => clock.at });
    expect(titles(index)).toEqual(["کراچی میں بارش"]);
    expect(index.search("بعد").total).toBe(0);
    clock.at = new Date("2026-01-28T18:00:00+05:00");
    expect(titles(index)).toEqual(["بعد کی خبر", "کراچی میں بارش"]);
    expect(index.search("بعد").hits.map((hit) => hit.story.slug)).toEqual(["later"]);
    db.close();
  });

  it("is not written at all when a file breaks a rule, and says which file and field", async () => {
    const file = path.join(dir, "refused.db");
    const source = makeContent({ "content/news/broken.md": validStory({ date: "کل" }) });
    await expect(buildContentDatabase(file, source)).rejects.toThrow(ContentError);
    await expect(buildContentDatabase(file, source)).rejects.toMatchObject({
      lines: ['content/news/broken.md: date: "کل" is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00'],
    });
    expect(fs.existsSync(file)).toBe(false);
  });

  it("reads an archive's files on worker threads to the same database, and refuses the same files", async () => {
    // Twelve stories, one a day, read in batches of five by two workers, as a large archive is.
    const files = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `content/news/day-${i + 1}.md`,
        validStory({ title: `"دن ${i + 1}"`, date: `2026-01-${String(i + 10)}T10:00:00+05:00` }, `سیلاب کی **تازہ** صورتحال، دن ${i + 1}۔`),
      ]),
    );
    const source = makeContent({ ...files, "content/news/karachi-rain.md": null });
    const file = path.join(dir, "workers.db");
    await buildContentDatabase(file, source, THREADS);
    const db = openDatabaseFile(file);
    const index = openReader(db, { now: () => new Date("2026-02-01T00:00:00+05:00") });
    expect(titles(index).slice(0, 3)).toEqual(["دن 12", "دن 11", "دن 10"]);
    expect(index.search("تازہ").total).toBe(12);
    expect(index.search("دن 7").hits[0]?.story.slug).toBe("day-7");
    db.close();

    const broken = makeContent({ ...files, "content/news/day-3.md": validStory({ category: "sport" }) });
    await expect(buildContentDatabase(path.join(dir, "workers-refused.db"), broken, THREADS)).rejects.toMatchObject({
      lines: ['content/news/day-3.md: category: "sport" is not a section; expected one of pakistan, world (content/categories.yml)'],
    });
  }, 30_000); // each worker loads the site's TypeScript afresh: seconds, on a busy machine

  it("is refused by a server when another version of the site wrote it", async () => {
    const file = path.join(dir, "old.db");
    await buildContentDatabase(file, makeContent());
    const db = openDatabaseFile(file);
    db.close();
    const writable = new Database(file);
    writable.prepare("UPDATE meta SET value = '0' WHERE key = 'schema'").run();
    writable.close();
    expect(() => openDatabaseFile(file)).toThrow(/was written by another version of the site \(schema 0, expected 3\); rebuild it/);
    expect(() => openDatabaseFile(path.join(dir, "none.db"))).toThrow(/no content database at .*none\.db; `npm run build` writes it/);
  });
});
