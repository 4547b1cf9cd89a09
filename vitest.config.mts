import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)) };
const include = ["lib/**/*.test.ts", "scripts/**/*.test.ts"];

// Every unit test runs under two server time zones: the site must show
// Karachi's dates whatever zone the server is in.
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ["default", ["json", { outputFile: "test-results/unit.json" }]],
    projects: ["UTC", "America/New_York"].map((tz) => ({
      resolve: { alias },
      test: { name: `TZ=${tz}`, include, environment: "node", env: { TZ: tz }, setupFiles: ["vitest.setup.ts"] },
    })),
  },
});
