/**
 * The file `npm run new` writes: every field a story of its kind needs,
 * each with a comment in Urdu on what it is for. It is a draft, so it is
 * valid content that publishes nothing until an editor has written it and
 * taken the draft line out; content:check refuses placeholders left in a
 * story that is no longer a draft.
 */
import type { Category, StoryKind } from "@/lib/content/types";
import { isoInKarachi } from "@/lib/urdu/date";

export const PLACEHOLDER = {
  title: "یہاں سرخی لکھیں",
  summary: "یہاں خلاصہ لکھیں",
  body: "یہاں متن لکھیں۔",
  video: "XXXXXXXXXXX",
} as const;

export interface TemplateInput {
  kind: StoryKind;
  date: Date;
  categories: readonly Category[];
  /** Author keys, with names where known. */
  authors: readonly { key: string; name?: string }[];
}

/** A desk rather than a person: the byline an editor is least likely to leave wrong by accident. */
function defaultAuthor(kind: StoryKind, keys: readonly string[]): string {
  return keys.find((k) => k === `${kind}-desk`) ?? keys.find((k) => k.endsWith("-desk")) ?? keys[0] ?? "";
}

export function storyTemplate({ kind, date, categories, authors }: TemplateInput): string {
  const minute = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
  const category = categories[0]?.key ?? "";
  const sections = categories.map((c) => `${c.key} (${c.name})`).join("، ");
  const people = authors.map((a) => (a.name ? `${a.key} (${a.name})` : a.key)).join("، ");
  const categoryLine =
    kind === "news"
      ? [`# شعبہ (ضروری): ان میں سے ایک: ${sections}`, `category: ${category}`]
      : [
          `# شعبہ (اختیاری): ان میں سے ایک، ورنہ یہ ${kind === "video" ? "/videos" : "/columns"} میں ہی رہے گی: ${sections}`,
          `# category: ${category}`,
        ];
  const videoLine =
    kind === "video"
      ? ["# ویڈیو (ضروری): یوٹیوب کا لنک (watch?v=، youtu.be/ یا shorts/) یا 11 حرفی id", `video: ${PLACEHOLDER.video}`]
      : [];
  return [
    "---",
    "# مسودہ: جب تک نیچے draft: true لکھا ہے، یہ تحریر سائٹ پر کہیں نظر نہیں آئے گی؛",
    "# صرف npm run dev میں اپنے پتے پر «مسودہ» کے نشان کے ساتھ دکھتی ہے۔ سب خانے پُر کریں،",
    "# پھر draft: true والی سطر ہٹائیں اور npm run content:check چلائیں۔",
    "",
    "# سرخی: صفحے کی بڑی سرخی اور واٹس ایپ، فیس بک پر شیئر کا عنوان؛ 80 حروف سے کم رکھیں۔",
    `title: "${PLACEHOLDER.title}"`,
    "# خلاصہ: سرخی کے نیچے ایک دو جملے؛ فہرستوں، تلاش اور شیئر میں یہی دکھتا ہے؛ 160 حروف سے کم۔",
    `summary: "${PLACEHOLDER.summary}"`,
    "# اشاعت کا وقت، کراچی کے وقت میں۔ آنے والا وقت لکھیں تو تحریر اسی وقت خود شائع ہو گی۔",
    `date: ${isoInKarachi(minute)}`,
    ...categoryLine,
    `# مصنف: content/authors میں کسی فائل کا نام: ${people}`,
    `author: ${defaultAuthor(
      kind,
      authors.map((a) => a.key),
    )}`,
    ...videoLine,
    "# ٹیگز: اردو میں، کوما سے الگ، جیسے [کراچی, بارش]",
    "tags: []",
    "# یہ بھی پڑھیں: دوسری تحریروں کے slug، جیسے [karachi-rain]؛ خالی ہو تو سائٹ خود چن لیتی ہے۔",
    "related: []",
    "# تصویر (اختیاری): /images/... یا https:// لنک؛ تصویر ہو تو image_alt بھی لکھیں۔",
    "# image: /images/news/example.jpg",
    '# image_alt: "تصویر میں کیا ہے"',
    '# image_caption: "تصویر کا کیپشن"',
    "# true ہو تو یہ صفحۂ اول کی سب سے بڑی خبر بنے گی۔",
    "featured: false",
    "# true ہو تو یہ 24 گھنٹے بریکنگ نیوز کی پٹی میں رہے گی۔",
    "breaking: false",
    "# شائع کرنے کے لیے یہ سطر ہٹا دیں۔",
    "draft: true",
    "---",
    PLACEHOLDER.body,
    "",
  ].join("\n");
}
