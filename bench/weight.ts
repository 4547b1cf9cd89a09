/**
 * Page weight per page kind, as a browser fetches it: HTML, CSS, JS (the
 * framework's apart from the site's own), fonts and pictures, raw, gzipped
 * and brotli'd, and what comes after the load event. `npm run bench:weight`.
 * Script from /_next/ is the framework's (tests/support/page-weight.ts):
 * reader pages load none. Each page is weighed on an empty cache, as a
 * reader arriving from a shared link gets it, with and without the font.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@/lib/testing/chromium";
import { totals, weighPage, type Kind } from "../tests/support/page-weight";
import { benchTarget, serveArchive } from "./target";

const PORT = 3264;
const COLUMNS: Kind[] = ["html", "css", "js-framework", "js-own", "font", "image"];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  const target = await benchTarget();
  const next = await serveArchive(target.root, PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    console.log(
      `${target.stories}-story archive; KB as raw / gzip / brotli; "later" is what the page fetched after its load event\n`,
    );
    console.log(
      ["page", ...COLUMNS, "total gzip before load", "without the font", "later (files, gzip)", "other origins"].join(
        " | ",
      ),
    );
    for (const [kind, page] of Object.entries(target.pages)) {
      if (kind === "old") continue;
      // A fresh context per page: an empty cache, as a reader arriving from a shared link.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: "ur-PK" });
      const tab = await context.newPage();
      const { fetched, foreign } = await weighPage(tab, next.url + page);
      const before = totals(fetched, { beforeLoadOnly: true });
      const later = fetched.filter((f) => f.afterLoad);
      const cells = COLUMNS.map((c) => {
        const t = before.get(c);
        return t ? `${kb(t.raw)} / ${kb(t.gzip)} / ${kb(t.brotli)}` : "-";
      });
      const total = [...before.values()].reduce((sum, t) => sum + t.gzip, 0);
      const withoutFont = total - (before.get("font")?.gzip ?? 0);
      const laterGzip = later.reduce((sum, f) => sum + f.gzip, 0);
      console.log(
        [kind, ...cells, kb(total), kb(withoutFont), `${later.length}, ${kb(laterGzip)}`, foreign.length].join(" | "),
      );
      if (kind === "story1500") {
        const html = before.get("html")!;
        console.log(
          `  the 1,500-word story's HTML: ${kb(html.gzip)} KB gzipped, ${kb(html.brotli)} KB brotli (budget 15 KB compressed)`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await next.stop();
  }
}

void main();
