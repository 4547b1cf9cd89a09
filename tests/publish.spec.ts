/**
 * Publishing without a rebuild: a copy of the build (tests/support/copy-server.ts)
 * started with a PUBLISH_TOKEN takes stories added, edited, corrected and
 * deleted in its content/ when POST /api/publish is called, within seconds
 * and with no restart; refuses a bad edit and keeps serving the last good
 * page; and lets no one in without the token.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startCopyServer, type CopyServer } from "./support/copy-server";

const TOKEN = "a-publish-token-for-the-tests-only";
const SLUG = "publish-e2e-story";
const PAGE = `/news/${SLUG}`;
const story = (title: string, extra = "") =>
  [
    "---",
    `title: "${title}"`,
    'summary: "بغیر بلڈ کے شائع ہونے والی خبر کا خلاصہ۔"',
    "date: 2026-11-29T18:00:00+05:00",
    "category: pakistan",
    "author: news-desk",
    extra,
    "---",
    "یہ خبر سرور کے چلتے ہوئے شائع ہوئی۔",
    "",
  ].join("\n");

let server: CopyServer;
const file = () => path.join(server.contentDir, "news", `${SLUG}.md`);
const publish = (headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) =>
  fetch(`${server.url}/api/publish`, { method: "POST", headers });
const text = async (page: string) => (await fetch(server.url + page)).text();

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startCopyServer({ env: { PUBLISH_TOKEN: TOKEN } });
});
test.afterAll(async () => {
  await server?.stop();
});

test("is refused without the token, with a wrong one, or with the token in another header, and is never cached", async () => {
  for (const headers of [
    {},
    { Authorization: "Bearer not-the-token" },
    { Authorization: TOKEN },
    { "X-Publish-Token": TOKEN },
    { Cookie: `token=${TOKEN}` },
  ] as Record<string, string>[]) {
    const response = await publish(headers);
    expect(response.status, JSON.stringify(headers)).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
  }
  const get = await fetch(`${server.url}/api/publish`);
  expect(get.status).toBe(405);
  expect(get.headers.get("cache-control")).toBe("no-store");
});

test("takes a story added under a running server, on its page and in its lists, within seconds", async () => {
  expect((await fetch(server.url + PAGE)).status).toBe(404);
  fs.writeFileSync(file(), story("سرور پر شائع ہونے والی نئی خبر"));
  const started = Date.now();
  const response = await publish();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toMatchObject({ files: [`content/news/${SLUG}.md`], failed: [] });
  expect((await fetch(server.url + PAGE)).status).toBe(200);
  for (const page of [PAGE, "/", "/latest", "/category/pakistan", "/feed.xml"])
    expect(await text(page), page).toContain("سرور پر شائع ہونے والی نئی خبر");
  expect(await text("/sitemap.xml")).toContain(`<loc>http://localhost:3000${PAGE}</loc>`);
  expect(Date.now() - started).toBeLessThan(10_000);
});

test("takes an edit and a correction", async () => {
  fs.writeFileSync(
    file(),
    story(
      "سرور پر شائع خبر کی نئی سرخی",
      'corrections: [{date: 2026-11-30T09:00:00+05:00, text: "پہلے نسخے میں شہر کا نام غلط تھا۔"}]',
    ),
  );
  expect((await publish()).status).toBe(200);
  const page = await text(PAGE);
  expect(page).toContain("سرور پر شائع خبر کی نئی سرخی");
  expect(page).toContain("پہلے نسخے میں شہر کا نام غلط تھا۔");
  expect(await text("/latest")).toContain("سرور پر شائع خبر کی نئی سرخی");
  expect(await text("/corrections")).toContain("پہلے نسخے میں شہر کا نام غلط تھا۔");
});

test("refuses a bad edit with the file and field, and the last good page keeps serving", async () => {
  fs.writeFileSync(file(), story("ٹوٹی ہوئی ترمیم").replace("date: 2026-11-29T18:00:00+05:00", "date: کل"));
  const response = await publish();
  expect(response.status).toBe(422);
  expect(await response.json()).toEqual({
    problems: [
      `content/news/${SLUG}.md: date: "کل" is not an ISO 8601 date; expected e.g. 2026-01-28 or 2026-01-28T14:05:00+05:00`,
    ],
  });
  expect(server.output()).toContain(
    `publish: refused, the last good content keeps serving:\ncontent/news/${SLUG}.md: date:`,
  );
  const page = await fetch(server.url + PAGE);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("سرور پر شائع خبر کی نئی سرخی");
});

test("takes a story deleted: its page is the 404 and it leaves its lists", async () => {
  fs.rmSync(file());
  expect((await publish()).status).toBe(200);
  expect((await fetch(server.url + PAGE)).status).toBe(404);
  for (const page of ["/", "/latest", "/category/pakistan", "/feed.xml"])
    expect(await text(page), page).not.toContain(SLUG);
});

test("is not there on a server started with no token: a POST is refused as anywhere on the site, a GET is the Urdu 404", async ({
  request,
}) => {
  const response = await request.post("/api/publish", { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(response.status()).toBe(405);
  expect(response.headers().allow).toBe("GET, HEAD");
  const get = await request.get("/api/publish");
  expect(get.status()).toBe(404);
  expect(await get.text()).toContain("صفحہ نہیں ملا");
});
