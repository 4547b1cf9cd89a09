/** Stories, sections and bylines for unit tests of the code that picks, orders, shows and searches them. */
import type { Author, AuthorProfile, Category, Story, StoryKind } from "@/lib/content";

export const pakistan: Category = { key: "pakistan", name: "پاکستان", path: "/category/pakistan" };
export const world: Category = { key: "world", name: "دنیا", path: "/category/world" };

export const deskProfile: AuthorProfile = {
  key: "news-desk",
  name: "نیوز ڈیسک",
  path: "/authors/news-desk",
  organization: true,
  bioHtml: "",
  file: "content/authors/news-desk.md",
};
export const deskAuthor: Author = {
  key: "news-desk",
  name: "نیوز ڈیسک",
  path: "/authors/news-desk",
  organization: true,
};

const DIRS: Record<StoryKind, string> = { news: "news", video: "videos", column: "columns" };

type Fields = Partial<Omit<Story, "kind" | "date" | "category">> & {
  slug: string;
  kind?: StoryKind;
  /** An instant, or ISO text; default 2026-01-28T09:15:00+05:00. */
  date?: Date | string;
  /** A news story is filed under پاکستان unless told otherwise; other kinds under none. */
  category?: Category | undefined;
  videoId?: string;
};

/** A published story with whatever fields a test cares about; its title and summary are its slug unless given. */
export function makeStory({
  slug,
  kind = "news",
  date = "2026-01-28T09:15:00+05:00",
  videoId = "dQw4w9WgXcQ",
  category,
  ...fields
}: Fields): Story {
  const rest = {
    slug,
    path: `/${DIRS[kind]}/${slug}`,
    title: slug,
    summary: slug,
    author: deskAuthor,
    tags: [],
    related: [],
    draft: false,
    featured: false,
    breaking: false,
    body: "",
    corrections: [],
    file: `content/${DIRS[kind]}/${slug}.md`,
    ...fields,
    date: typeof date === "string" ? new Date(date) : date,
  };
  switch (kind) {
    case "news":
      return { ...rest, kind, category: category ?? pakistan };
    case "video":
      return { ...rest, kind, videoId, ...(category ? { category } : {}) };
    case "column":
      return { ...rest, kind, ...(category ? { category } : {}) };
  }
}
