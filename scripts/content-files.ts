/** The Markdown files of content/ with their text, for the scripts that proof and fix them. */
import fs from "node:fs";
import path from "node:path";
import { defaultSource, type ContentSource } from "@/lib/content/load";
import { KIND_DIRS } from "@/lib/content/validate";
import type { SourceFile } from "@/lib/proofing/check";
import type { FileKind } from "@/lib/proofing/segments";

export interface ContentFile extends SourceFile {
  /** Where it is on disk. */
  path: string;
}

/** The files of `kinds`, stories and authors unless told. */
export function readContentFiles(
  source: ContentSource = defaultSource(),
  kinds: readonly FileKind[] = ["story", "author"],
): ContentFile[] {
  const folders: [string, FileKind][] = [
    ...Object.values(KIND_DIRS).map((dir): [string, FileKind] => [dir, "story"]),
    ["authors", "author"],
  ];
  return folders
    .filter(([, kind]) => kinds.includes(kind))
    .flatMap(([dir, kind]) => {
      const folder = path.join(source.contentDir, dir);
      if (!fs.existsSync(folder)) return [];
      return fs
        .readdirSync(folder)
        .filter((name) => name.endsWith(".md") && !name.startsWith("."))
        .sort()
        .map((name) => {
          const file = path.join(folder, name);
          return {
            path: file,
            file: path.relative(source.root, file).split(path.sep).join("/"),
            text: fs.readFileSync(file, "utf8"),
            kind,
          };
        });
    });
}
