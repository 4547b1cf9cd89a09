/**
 * `npm run content:fix`: applies the safe proofing fixes in place. Only
 * files that change are written, and nothing but the proofed prose changes;
 * a second run finds nothing to do. What needs an editor's judgement is
 * left for content:check to report.
 */
import fs from "node:fs";
import { fixText } from "@/lib/proofing/proof";
import { frontMatterKept } from "@/lib/proofing/safe";
import { readContentFiles } from "./content-files";

let files = 0;
let fixes = 0;
let refused = 0;
for (const file of readContentFiles()) {
  const { text, applied } = fixText(file.text, file.kind);
  if (applied === 0) continue;
  if (!frontMatterKept(file.text, text, file.kind)) {
    // Never expected; if a fix would change what the front matter means, the file is left for a person.
    console.error(`${file.file}: not changed: the fixes would alter its front matter; correct it by hand`);
    refused++;
    continue;
  }
  fs.writeFileSync(file.path, text);
  console.log(`${file.file}: ${applied} fix(es)`);
  files++;
  fixes += applied;
}
console.log(`content:fix: ${fixes} fix(es) in ${files} file(s); npm run content:check lists what needs an editor`);
if (refused > 0) process.exit(1);
