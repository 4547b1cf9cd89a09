/** A published story for unit tests, with whatever fields a test cares about. */
import type { Author, Story } from "@/lib/content";

const desk: Author = { key: "news-desk", name: "نیوز ڈیسک", bioHtml: "", file: "content/authors/news-desk.md" };

export function makeStory(fields: Partial<Story> & { slug: string }): Story {
  const kind = fields.kind ?? "news";
  const dir = { news: "news", video: "videos", column: "columns" }[kind];
  return {
    kind,
    path: `/${dir}/${fields.slug}`,
    title: "عنوان",
    summary: "خلاصہ",
    date: new Date("2026-01-28T09:15:00+05:00"),
    category: { key: "pakistan", name: "پاکستان" },
    author: desk,
    tags: [],
    related: [],
    draft: false,
    featured: false,
    breaking: false,
    body: "متن",
    file: `content/${dir}/${fields.slug}.md`,
    ...fields,
  };
}
