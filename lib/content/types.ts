/** The site's own shapes. Pages and components see only these, never front matter. */

export type StoryKind = "news" | "video" | "column";

export interface Category {
  key: string;
  name: string;
}

export interface Author {
  key: string;
  name: string;
  role?: string;
  image?: string;
  /** The bio, as sanitised HTML. */
  bioHtml: string;
  /** Source file, relative to the project root, for messages. */
  file: string;
}

export interface StoryImage {
  src: string;
  alt: string;
  caption?: string;
  /** Known for pictures under public/, read from the file; unknown for https ones. */
  width?: number;
  height?: number;
}

export interface Story {
  kind: StoryKind;
  slug: string;
  /** `/news/<slug>`, `/videos/<slug>` or `/columns/<slug>`. */
  path: string;
  title: string;
  summary: string;
  /** The published instant. */
  date: Date;
  updated?: Date;
  category?: Category;
  author: Author;
  tags: string[];
  /** Slugs exactly as the editor listed them; resolve with the index. */
  related: string[];
  image?: StoryImage;
  /** The 11-character YouTube id, for videos. */
  videoId?: string;
  draft: boolean;
  featured: boolean;
  breaking: boolean;
  /** The Markdown body, unrendered: the markdown module renders it. */
  body: string;
  file: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  severity: "error" | "warning";
  /** Where in the file, for problems found in its text (proofing); 1-based. */
  line?: number;
  column?: number;
}
