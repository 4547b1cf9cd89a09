/**
 * `npm run cards:preview [out-dir]` (default /tmp/cards-preview): writes the
 * share cards of three news stories without a picture, the shortest, a
 * middling and the longest headline, for a person to look at.
 */
import fs from "node:fs";
import path from "node:path";
import { renderShareCard } from "@/lib/cards/share-card";
import { storyCard, storyCardPath } from "@/lib/cards/story-card";
import { loadContent } from "@/lib/content/load";

async function main() {
  const outDir = path.resolve(process.argv[2] ?? "/tmp/cards-preview");
  fs.mkdirSync(outDir, { recursive: true });
  const stories = loadContent()
    .stories.filter((s) => s.kind === "news" && !s.image && !s.draft)
    .sort((a, b) => a.title.length - b.title.length);
  if (stories.length === 0) throw new Error("no news story without a picture in content/news");
  const picked = [...new Set([stories[0]!, stories[Math.floor(stories.length / 2)]!, stories[stories.length - 1]!])];
  for (const story of picked) {
    const started = performance.now();
    const png = await renderShareCard(storyCard(story));
    const ms = performance.now() - started;
    const file = path.join(outDir, path.basename(storyCardPath(story)));
    fs.writeFileSync(file, png);
    console.log(`${file}: ${png.length} bytes, ${ms.toFixed(0)} ms, headline ${story.title.length} characters`);
  }
}

void main();
