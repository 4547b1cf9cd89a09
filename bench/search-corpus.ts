/**
 * bench:search's synthetic stories and fixed queries. Seeded: every run,
 * and every size, meets the same words (the first N stories of one stream).
 */
import type { Story } from "@/lib/content";
import { makeStory } from "@/lib/testing/stories";

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
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(
    "",
  ),
);
const STORIES_SEED = seed;
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

/** `count` stories an hour apart, oldest first. */
export function syntheticStories(count: number): Story[] {
  seed = STORIES_SEED;
  return Array.from({ length: count }, (_, i) => syntheticStory(i));
}

export const QUERIES: [string, string][] = [
  ["topical word", "پاکستان"],
  ["Arabic letter forms", "\u0643\u0631\u0627\u0686\u064A"],
  ["two words", "کراچی بارش"],
  ["three words, stopwords dropped", "لاہور میں اسموگ اور اسکول"],
  ["prefix (finds انتخابات, انتخابی)", "انتخا"],
  ["run-together verb", "کر دیا"],
  ["Urdu digits", "۲۰۲۶"],
  ["rare word", RARE[12_345]!],
  ["no match", "زعفرانی"],
  ["2,000-character query", "کراچی ".repeat(333) + "ک"],
];

/** Reported apart from QUERIES: the page of a word in every story, alone and with another. */
export const PATHOLOGICAL: [string, string][] = [
  ["a word in every story", "کے"],
  ["two words in every story", "کے کی"],
];
