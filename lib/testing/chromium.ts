/**
 * The browser the end-to-end tests and the benchmarks drive: Debian's
 * Chromium where it is installed (this project's machines cannot download
 * Playwright's), else Playwright's own, as on a laptop; CHROMIUM_PATH
 * overrides both. The flags keep it from reaching the network on its own.
 */
import fs from "node:fs";

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
