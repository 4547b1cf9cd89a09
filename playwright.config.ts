import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/testing/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ur-PK",
    timezoneId: "America/New_York",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The tests run against the production server of the last build, started
    // as docs/deploy.md says (-H localhost: with -H 127.0.0.1 Next 16.4.6 sends
    // its own rewrites over the network to itself, vercel/next.js#94745).
    command: `npx next start -p ${port} -H localhost`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { SITE_URL: process.env.SITE_URL ?? "http://localhost:3000" },
  },
});
