/**
 * A synthetic archive of N stories in a scratch copy of the project, for the
 * build and serving benchmarks: `npm run bench:corpus -- 1000 [dir]`.
 * The text is Urdu strung from the sample stories' own word pairs, with
 * their tags, authors, sections, pictures and videos, so pages weigh what
 * real ones do. It never writes into this project's content/.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { splitFrontMatter } from "@/lib/content/frontmatter";
import { makeRandom, type Random } from "./random";
import { scratchCopy } from "./scratch";

const KINDS = [
  { dir: "news", share: 0.8 },
  { dir: "videos", share: 0.08 },
  { dir: "columns", share: 0.12 },
] as const;

interface Sample {
  chain: Map<string, string[]>;
  starts: string[];
  tags: string[];
  authors: string[];
  categories: string[];
  images: { image: string; alt: string }[];
  videos: string[];
}

/** Word pairs, tags, pictures and videos of the sample stories in `contentDir`. */
function readSample(contentDir: string): Sample {
  const sample: Sample = {
    chain: new Map(),
    starts: [],
    tags: [],
    authors: [],
    categories: [],
    images: [],
    videos: [],
  };
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  for (const { dir } of KINDS) {
    for (const name of fs.readdirSync(path.join(contentDir, dir)).filter((n) => n.endsWith(".md"))) {
      const { data, body } = splitFrontMatter(fs.readFileSync(path.join(contentDir, dir, name), "utf8"));
      const fields = data as Record<string, unknown>;
      sample.tags.push(...list(fields.tags));
      if (typeof fields.image === "string" && fields.image.startsWith("/"))
        sample.images.push({ image: fields.image, alt: String(fields.image_alt) });
      if (typeof fields.video === "string") sample.videos.push(fields.video);
      const words = `${String(fields.title)} ${String(fields.summary)} ${body}`
        .replace(/[#*_>[\]()`|-]/g, " ")
        .split(/\s+/)
        .filter(Boolean);
      words.forEach((word, i) => {
        if (i === 0 || /[۔؟!]$/.test(words[i - 1]!)) sample.starts.push(word);
        const next = words[i + 1];
        if (next) sample.chain.set(word, [...(sample.chain.get(word) ?? []), next]);
      });
    }
  }
  sample.authors = fs.readdirSync(path.join(contentDir, "authors")).map((n) => n.replace(/\.md$/, ""));
  sample.categories = [
    ...fs.readFileSync(path.join(contentDir, "categories.yml"), "utf8").matchAll(/key:\s*(\S+)/g),
  ].map((m) => m[1]!);
  return sample;
}

/** `count` words of running text, ending on a full stop. */
function prose(sample: Sample, random: Random, count: number): string {
  const words: string[] = [];
  let word = random.pick(sample.starts);
  while (words.length < count) {
    words.push(word);
    const next = sample.chain.get(word);
    word = next && !/[۔؟!]$/.test(word) ? random.pick(next) : random.pick(sample.starts);
  }
  return words.join(" ").replace(/[۔،؟!]?$/, "۔");
}

const quoted = (text: string) => JSON.stringify(text);

type KindDir = (typeof KINDS)[number]["dir"];

function pickKind(random: Random): KindDir {
  let roll = random.next();
  for (const { dir, share } of KINDS) if ((roll -= share) < 0) return dir;
  return "news";
}

/** Story `i` of the archive, newest first: front matter and body. */
function story(sample: Sample, random: Random, kind: KindDir, i: number, slugs: string[], words: number): string {
  // One story every 40 minutes, the newest half an hour ago: 10,000 stories span about nine months.
  const date = new Date(Date.now() - (30 + i * 40) * 60_000).toISOString().replace(/\.\d+Z$/, "Z");
  const picture = random.next() < 0.7 ? random.pick(sample.images) : undefined;
  const older = slugs.slice(i + 1, i + 400);
  const related = older.length > 0 && random.next() < 0.5 ? [random.pick(older)] : [];
  const lines = [
    "---",
    `title: ${quoted(prose(sample, random, 8 + random.int(8)).replace(/۔$/, ""))}`,
    `summary: ${quoted(prose(sample, random, 14 + random.int(10)))}`,
    `date: ${date}`,
    kind === "news" || random.next() < 0.5 ? `category: ${random.pick(sample.categories)}` : "",
    `author: ${random.pick(sample.authors)}`,
    `tags: [${Array.from({ length: 1 + random.int(3) }, () => random.pick(sample.tags)).join(", ")}]`,
    related.length > 0 ? `related: [${related.join(", ")}]` : "",
    picture ? `image: ${picture.image}\nimage_alt: ${quoted(picture.alt)}` : "",
    kind === "videos" ? `video: ${random.pick(sample.videos)}` : "",
    "---",
  ];
  const paragraphs: string[] = [];
  for (let left = words; left > 0;) {
    const n = Math.min(left, 40 + random.int(40));
    paragraphs.push(prose(sample, random, n));
    left -= n;
  }
  return `${lines.filter(Boolean).join("\n")}\n${paragraphs.join("\n\n")}\n`;
}

export interface Corpus {
  root: string;
  /** The newest story, exactly 1,500 words long. */
  longStory: string;
  /** An old story that the build leaves to its first request. */
  oldStory: string;
}

/** A scratch copy of the project at `root` whose content/ holds `count` synthetic stories. */
export function makeCorpus(count: number, root: string, seed = 20260128): Corpus {
  scratchCopy(root);
  const sample = readSample(path.resolve("content"));
  const random = makeRandom(seed);
  const content = path.join(root, "content");
  for (const { dir } of KINDS) fs.rmSync(path.join(content, dir), { recursive: true, force: true });
  for (const { dir } of KINDS) fs.mkdirSync(path.join(content, dir));
  const slugs = Array.from({ length: count }, (_, i) => `bench-${count - i}`);
  const paths: string[] = [];
  slugs.forEach((slug, i) => {
    const dir = i === 0 ? "news" : pickKind(random);
    const text = story(sample, random, dir, i, slugs, i === 0 ? 1500 : 250 + random.int(500));
    fs.writeFileSync(path.join(content, dir, `${slug}.md`), text);
    paths.push(`/${dir}/${slug}`);
  });
  return { root, longStory: paths[0]!, oldStory: paths[paths.length - 1]! };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const count = Number(process.argv[2] ?? 1000);
  const root = path.resolve(process.argv[3] ?? `/tmp/khabarnama-bench/corpus-${count}`);
  const corpus = makeCorpus(count, root);
  console.log(
    `${count} stories in ${root}/content; the 1,500-word story is ${corpus.longStory}, the oldest ${corpus.oldStory}`,
  );
}
