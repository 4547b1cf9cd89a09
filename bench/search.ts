/**
 * Times search over a synthetic corpus of 10,000 stories: `npm run bench:search`.
 * Not a test: it prints the index build time, then median and p95 per query
 * of a full search() call (match, rank, highlight one page), as a request pays it.
 */
import { performance } from "node:perf_hooks";
import type { Story } from "@/lib/content";
import { buildSearchIndex } from "@/lib/search";
import { makeStory } from "@/lib/testing/stories";

const STORIES = Number(process.env.BENCH_STORIES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

// A seeded generator, so every run searches the same corpus.
let seed = 20260128;
function random(): number {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
}

// Function words, a tenth of which are light verbs so that کر دیا and the like occur.
const FUNCTION_WORDS = "کے کی میں اور سے کو نے پر ہے ہیں کہ یہ وہ بھی کا لیے تھا گیا کر دیا ہو گئی".split(" ");
// Topics: each story is about a few, as real stories are.
const TOPICS = (
  "حکومت پاکستان کراچی لاہور اسلام آباد وزیر عوام شہر ملک قیمت بجٹ پانی بجلی تعلیم اسکول صحت ہسپتال " +
  "عدالت فیصلہ اجلاس منصوبہ رپورٹ ٹیم میچ کرکٹ ہاکی فلم ڈرامہ موسم بارش سیلاب اسموگ مہنگائی روپے ارب " +
  "کروڑ بینک اسٹاک انتخابات انتخابی پارلیمان پولیس ٹریفک گندم کسان ڈالر پٹرول گیس ریلوے سڑک پل بندرگاہ"
).split(" ");
const SYLLABLES = "کا ری سا نو لا مے بر دی تا گل چن پو زر فا شی ہا وا جو تر مل سن قا ند رو".split(" ");

// A long tail of rarer words, as a real archive has.
const RARE = Array.from({ length: 20_000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(""),
);
const pick = <T>(list: readonly T[], skew = 1): T => list[Math.floor(random() ** skew * list.length)]!;

function sentence(words: number, topics: readonly string[]): string {
  const out = Array.from({ length: words }, () => {
    const roll = random();
    if (roll < 0.45) return pick(FUNCTION_WORDS, 1.5);
    if (roll < 0.7) return pick(topics);
    if (roll < 0.72) return String(Math.floor(random() * 3000));
    return pick(RARE, 2); // Zipf-like: a few rare words are much commoner than the rest
  });
  return `${out.join(" ")}۔`;
}

function syntheticStory(i: number): Story {
  const topics = Array.from({ length: 4 }, () => pick(TOPICS));
  return makeStory({
    slug: `story-${i}`,
    title: sentence(10, topics),
    summary: sentence(25, topics),
    tags: topics.slice(0, 2),
    body: Array.from({ length: 6 }, () => sentence(50, topics)).join("\n\n"),
    date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
  });
}

const QUERIES: [string, string][] = [
  ["topical word", "پاکستان"],
  ["Arabic letter forms", "\u0643\u0631\u0627\u0686\u064A"],
  ["two words", "کراچی بارش"],
  ["three words, stopwords dropped", "لاہور میں اسموگ اور اسکول"],
  ["prefix (finds انتخابات, انتخابی)", "انتخا"],
  ["run-together verb", "کر دیا"],
  ["Urdu digits", "۲۰۲۶"],
  ["rare word", RARE[12_345]!],
  ["no match", "زعفرانی"],
  ["worst case: a word in every story", "کے"],
  ["2,000-character query", "کراچی ".repeat(333) + "ک"],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const stories = Array.from({ length: STORIES }, (_, i) => syntheticStory(i)).reverse();
let start = performance.now();
const index = buildSearchIndex(stories);
console.log(`${STORIES} stories indexed in ${((performance.now() - start) / 1000).toFixed(1)} s; ${RUNS} runs per query\n`);
console.log(["query".padEnd(34), "hits".padStart(6), "median ms".padStart(10), "p95 ms".padStart(8)].join(" "));

for (const [name, query] of QUERIES) {
  index.search(query); // warm up
  const times: number[] = [];
  let total = 0;
  for (let run = 0; run < RUNS; run++) {
    start = performance.now();
    total = index.search(query, 1 + (run % 3)).total;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    [name.padEnd(34), String(total).padStart(6), percentile(times, 50).toFixed(2).padStart(10), percentile(times, 95).toFixed(2).padStart(8)].join(" "),
  );
}
