/**
 * Faults under a server built from good content. Each test runs its own
 * `next start` on a copy of the build (tests/support/copy-server.ts).
 * The server reads the content database its build wrote, never content/
 * itself, so files broken or deleted on disk change nothing until they are
 * built or published; and when a render fails, the last good page stays
 * and a page with none is the Urdu 500, whole in the served HTML.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startCopyServer } from "./support/copy-server";

// Two news stories that no story names in `related`, so breaking them breaks no link check.
const BROKEN = {
  path: "/news/bank-sms-fraud-warning-cybercrime",
  title: "جعلی بینک پیغامات سے فراڈ بڑھ گیا، سائبر کرائم حکام نے شہریوں کو خبردار کر دیا",
};
const DELETED = {
  path: "/news/opec-plus-output-decision",
  title: "اوپیک پلس جنوری سے پیداوار میں محدود اضافہ کرے گا، خام تیل کی قیمتیں مستحکم",
};
const BROKEN_TEXT = "---\ntitle: [unclosed\ndate: کل\n---\nآدھی فائل";

const h1 = async (response: Response) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1]?.replace(/<[^>]+>/g, "");

// Each test copies the build and starts a server: slow on a busy machine.
test.describe.configure({ mode: "serial", timeout: 360_000 });

test("a story broken and another deleted on disk after the build change nothing the server serves", async () => {
  const server = await startCopyServer({
    database: "keep",
    edit: (dir) => {
      fs.writeFileSync(path.join(dir, `${BROKEN.path.slice(1)}.md`), BROKEN_TEXT);
      fs.rmSync(path.join(dir, `${DELETED.path.slice(1)}.md`));
    },
  });
  try {
    for (const story of [BROKEN, DELETED]) {
      expect((await server.regenerate(story.path)).status).toBe(200);
      const response = await fetch(server.url + story.path);
      expect(response.status).toBe(200);
      expect(await h1(response)).toBe(story.title);
    }
    expect((await server.regenerate("/")).status).toBe(200);
    const search = await fetch(`${server.url}/search?q=${encodeURIComponent("اوپیک پلس")}`);
    expect(await search.text()).toContain(`href="${DELETED.path}"`);
    expect(server.output()).not.toMatch(/error/i);
  } finally {
    await server.stop();
  }
});

test("when a render fails the last good page stays, and a page with none is the Urdu 500, whole without JavaScript", async ({
  browser,
}) => {
  const server = await startCopyServer();
  try {
    expect((await fetch(server.url + BROKEN.path)).status).toBe(200);
    // The database the server has open turns to garbage under it.
    fs.writeFileSync(server.database, Buffer.alloc(fs.statSync(server.database).size, 0x5a));

    // The regeneration fails, so the page built from good content stays.
    expect((await server.regenerate(BROKEN.path)).status).not.toBe(200);
    const kept = await fetch(server.url + BROKEN.path);
    expect(kept.status).toBe(200);
    expect(await h1(kept)).toBe(BROKEN.title);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const failed = await page.goto(
      `${server.url}/search?q=${encodeURIComponent("ایک ایسی تلاش جو پہلے کبھی نہیں ہوئی")}`,
    );
    expect(failed?.status()).toBe(500);
    await expect(page.locator("html")).toHaveAttribute("lang", "ur");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("کچھ غلط ہو گیا");
    await expect(page.getByRole("link", { name: "صفحۂ اول پر جائیں" })).toHaveAttribute("href", "/");
    const body = (await failed?.text()) ?? "";
    for (const internal of [
      "SqliteError",
      "content.db",
      ".md",
      "/tmp/",
      "/work/",
      "node_modules",
      "at Object.",
      ".ts:",
    ]) {
      expect(body, internal).not.toContain(internal);
    }
    await context.close();
  } finally {
    await server.stop();
  }
});
