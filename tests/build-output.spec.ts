/**
 * What `npm run build` leaves for the server: the stories stay in content/
 * and the database, out of the route bundles' file lists (.nft.json), which
 * deploy tools copy and which the bundler walks on every build. Listing
 * them made the compile grow with the archive (126 s at 100,000 stories).
 */
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

const SERVER = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server");

test("no route's traced files include a story", () => {
  const traces = fs
    .readdirSync(SERVER, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".nft.json"));
  expect(traces.length).toBeGreaterThan(20);
  const stories = traces.flatMap((name) => {
    const { files } = JSON.parse(fs.readFileSync(path.join(SERVER, name), "utf8")) as { files: string[] };
    return files
      .filter((file) => /(^|\/)content\/(news|videos|columns)\//.test(file))
      .map((file) => `${name}: ${file}`);
  });
  expect(stories).toEqual([]);
});
