/**
 * Test helper: a seeded generator of hostile content files, so a failing
 * case is reproduced by its number. Each mutation is what an editor's
 * slip, a bad merge or a hostile contributor could commit.
 */
import { below as int, pick, type Random } from "@/lib/testing/seeded-random";

/** YAML values that are wrong, odd or hostile in some way. */
const VALUES = [
  "",
  "~",
  "null",
  "[]",
  "{}",
  "[a, [b, c]]",
  "{a: 1, b: [2]}",
  "123",
  "-0",
  "1e999",
  ".nan",
  ".inf",
  "true",
  "no",
  "2026-02-30",
  "2026-01-28T25:61:00+05:00",
  "0000-00-00",
  "'",
  '"',
  "'unclosed",
  '"\\u0000"',
  '"\\x7f\\u202e"',
  "|\n  بلاک متن\n  دوسری سطر",
  ">-\n  تہہ شدہ",
  "!!binary aGVsbG8=",
  "!!js/function 'function(){ return 1 }'",
  "!!python/object:os.system ls",
  "!<tag:yaml.org,2002:str> x",
  "&a x",
  "*nope",
  "&b [*b]",
  "{<<: {title: x}}",
  '"../../etc/passwd"',
  "/images/../../../etc/passwd",
  "/images/%2e%2e/x.jpg",
  "https://",
  "http://example.com/a.jpg",
  "javascript:alert(1)",
  '"<script>alert(1)</script>"',
  "\t",
  '"\\t\\n"',
  "🙂🙂",
  "\u202eڈرامہ",
  "x".repeat(5000),
  `[${Array.from({ length: 300 }, (_, i) => `t${i}`).join(", ")}]`,
  "https://youtu.be/",
  "dQw4w9WgXc",
  "[[[[[[[[[[]]]]]]]]]]",
];

const FIELDS = [
  "title",
  "summary",
  "date",
  "updated",
  "category",
  "author",
  "tags",
  "related",
  "image",
  "image_alt",
  "image_caption",
  "video",
  "draft",
  "featured",
  "breaking",
  "titel",
  "Title",
  "date ",
  "__proto__",
  "constructor",
];

const BODIES = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "<iframe src=//evil></iframe>",
  ">".repeat(100) + " گہرا اقتباس",
  "- ".repeat(100) + "فہرست",
  "*".repeat(500),
  "[".repeat(500),
  "`".repeat(300),
  "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(100),
  "<div>".repeat(200) + "متن",
  "&#x0;&#xD800;&#0;",
  "\u0000\u0001\u0007\u001b",
  "[^1]\n\n[^1]: حاشیہ [^1]",
  "---\ntitle: دوسرا\n---",
  "\r\n\r\n",
  "\uFEFF",
  "متن ".repeat(2000),
];

/** One line-level or byte-level change to the whole file. */
function textMutation(random: Random, text: string): string {
  const lines = text.split("\n");
  const at = int(random, lines.length);
  switch (int(random, 10)) {
    case 0:
      return lines.filter((_, i) => i !== at).join("\n");
    case 1:
      return [...lines.slice(0, at), lines[at] ?? "", ...lines.slice(at)].join("\n");
    case 2:
      return text.slice(0, int(random, text.length));
    case 3: {
      const i = int(random, text.length);
      return (
        text.slice(0, i) +
        pick(random, [":", "\n", "-", "'", '"', "#", "&", "*", "{", "[", "|", "\t", "\u0000", "\uFFFD", "---"]) +
        text.slice(i)
      );
    }
    case 4:
      return text.replace(/\n/g, "\r\n");
    case 5:
      return "\uFEFF" + text;
    case 6:
      return lines.map((line, i) => (i === at ? `  ${line}` : line)).join("\n");
    case 7:
      return text.replace(/^---\n/, pick(random, ["", "---js\n", "--- yaml\n", "----\n", "---\n---\n", "+++\n"]));
    case 8:
      return text.replace(/\n---\n/, pick(random, ["\n", "\n--\n", "\n---\n---\n", "\n...\n"]));
    default: {
      const i = int(random, text.length);
      return text.slice(0, i) + text.slice(i + 1 + int(random, 20));
    }
  }
}

/** One change to a front-matter field or to the body. */
function fieldMutation(random: Random, text: string): string {
  const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const lines = front.split("\n");
  const field = pick(random, FIELDS);
  switch (int(random, 5)) {
    case 0:
      return `---\n${lines.filter((l) => !l.startsWith(`${field}:`)).join("\n")}\n---\n${body}`;
    case 1:
      return `---\n${[...lines.filter((l) => !l.startsWith(`${field}:`)), `${field}: ${pick(random, VALUES)}`].join("\n")}\n---\n${body}`;
    case 2:
      return `---\n${[...lines, `${field}: ${pick(random, VALUES)}`].join("\n")}\n---\n${body}`;
    case 3:
      return `---\n${front}\n---\n${pick(random, BODIES)}\n\n${body}`;
    default:
      return `---\n${lines.map((l) => (random() < 0.5 ? l : `${l.split(":")[0]}: ${pick(random, VALUES)}`)).join("\n")}\n---\n${body}`;
  }
}

/** One to three mutations of a valid file. */
export function mutate(random: Random, text: string): string {
  let out = text;
  for (let n = 1 + int(random, 3); n > 0; n--)
    out = random() < 0.6 ? fieldMutation(random, out) : textMutation(random, out);
  return out;
}
