/** Builds a throwaway content tree for tests: valid by default, each test breaks one thing. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ContentSource } from "@/lib/content/load";

export type Files = Record<string, string | null>;

export const validStory = (fields: Record<string, string> = {}, body = "پہلا پیراگراف۔\n\nدوسرا پیراگراف۔"): string => {
  const base: Record<string, string> = {
    title: '"کراچی میں بارش"',
    summary: '"شہر میں تیز بارش سے نشیبی علاقے زیر آب آ گئے۔"',
    date: "2026-01-28T14:05:00+05:00",
    category: "pakistan",
    author: "news-desk",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n${body}\n`;
};

export const baseFiles: Files = {
  "content/categories.yml": "- key: pakistan\n  name: پاکستان\n- key: world\n  name: دنیا\n",
  "content/authors/news-desk.md": "---\nname: نیوز ڈیسک\n---\nڈیسک۔\n",
  "content/news/karachi-rain.md": validStory(),
  "public/images/rain.jpg": "jpeg",
};

const made: string[] = [];

/** Writes base files overlaid with `files` (null deletes) into a new folder; vitest.setup.ts removes it after the test file. */
export function makeContent(files: Files = {}): ContentSource {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "khabarnama-content-"));
  made.push(root);
  for (const [name, text] of Object.entries({ ...baseFiles, ...files })) {
    if (text === null) continue;
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return { root, contentDir: path.join(root, "content"), publicDir: path.join(root, "public") };
}

/** Removes every folder makeContent wrote. */
export function removeMadeContent(): void {
  for (const root of made.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}
