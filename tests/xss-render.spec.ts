/**
 * The XSS corpus through the whole page render: a server of this build
 * meets two stories it has never seen (tests/support/build-copy-server.ts),
 * one with every payload in its body, one with payloads in every text
 * field, renders them as it would any new story, and Chromium looks for
 * anything that runs. The same routine on the unsanitised body shows the
 * detector catches payloads that do run.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findViolations } from "@/lib/testing/html";
import { watchPolicies } from "./support/csp";
import {
  corpusBody,
  countDialogs,
  END,
  exercise,
  FIELD_PAYLOADS,
  inlineHandlers,
  START,
  unsanitisedHtml,
} from "./support/xss-page";
import { startCopyServer, type CopyServer } from "./support/copy-server";

const author = "farhat-naqvi";
const yaml = (fields: Record<string, unknown>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n");
const story = (fields: Record<string, unknown>, body: string) =>
  `---\n${yaml({ summary: "جانچ", date: "2026-01-28T09:15:00+05:00", category: "pakistan", author, ...fields })}\n---\n${body}\n`;

let server: CopyServer;

// The first test waits for a copied build's server to start.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  server = await startCopyServer({
    edit: (dir) => {
      fs.writeFileSync(
        path.join(dir, "news/xss-corpus-body.md"),
        story({ title: "جانچ کا مضمون", related: ["xss-corpus-fields"] }, corpusBody),
      );
      fs.writeFileSync(
        path.join(dir, "news/xss-corpus-fields.md"),
        story({ ...FIELD_PAYLOADS, image: "https://example.com/x.jpg" }, "سادہ متن۔"),
      );
    },
  });
});

test.afterAll(async () => {
  await server?.stop();
});

test("the detector catches payloads when nothing sanitises them", async ({ page }) => {
  const dialogs = countDialogs(page);
  await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
  await page.setContent(`<div id="root">${unsanitisedHtml(corpusBody)}</div>`);
  await exercise(page, "#root");
  expect(dialogs.length).toBeGreaterThanOrEqual(10);
});

test("no payload in a story's body runs on the served page", async ({ page }) => {
  const dialogs = countDialogs(page);
  const refused = await watchPolicies(page);
  const response = await page.goto(`${server.url}/news/xss-corpus-body`);
  expect(response?.status()).toBe(200);
  const loadedUrl = page.url();
  // The body's element is the parent of its first paragraph.
  const html = await page.evaluate(
    ({ start, end }) => {
      const first = [...document.querySelectorAll("p")].find((p) => p.textContent === start);
      const body = first?.parentElement;
      body?.setAttribute("data-test-body", "");
      return body?.textContent?.includes(end) ? body.innerHTML : "";
    },
    { start: START, end: END },
  );
  expect(html).not.toBe("");
  expect(findViolations(html)).toEqual([]);
  await exercise(page, "[data-test-body]");
  expect(dialogs).toEqual([]);
  // A violation would mean a payload reached the DOM and only the CSP stopped it.
  expect(await refused()).toEqual([]);
  expect(await inlineHandlers(page)).toEqual([]);
  expect(page.url()).toBe(loadedUrl);
  // The related story's payload title is link text, not markup.
  await expect(page.locator(".read-also a")).toHaveText(FIELD_PAYLOADS.title);
});

test("payloads in the title, summary, tags and picture fields stay text", async ({ page }) => {
  const dialogs = countDialogs(page);
  const refused = await watchPolicies(page);
  const response = await page.goto(`${server.url}/news/xss-corpus-fields`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(FIELD_PAYLOADS.title);
  expect(await page.title()).toContain(FIELD_PAYLOADS.title);
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({ headline: FIELD_PAYLOADS.title });
  await exercise(page, "main");
  expect(dialogs).toEqual([]);
  expect(await refused()).toEqual([]);
  expect(await inlineHandlers(page)).toEqual([]);
});
