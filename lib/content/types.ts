/** The site's own shapes. Pages and components see only these, never front matter or database rows. */

export type StoryKind = "news" | "video" | "column";

export interface Category {
  key: string;
  name: string;
  /** `/category/<key>`. */
  path: string;
}

/** A picture of a person or desk, under public/images/authors/. */
export interface AuthorImage {
  src: string;
  width?: number;
  height?: number;
}

/** A person or desk as a byline shows them. */
export interface Author {
  key: string;
  name: string;
  role?: string;
  image?: AuthorImage;
  /** `/authors/<key>`. */
  path: string;
  /** A desk or other organisation rather than a person (schema.org Organization). */
  organization: boolean;
}

/** An author with what only their own page shows. */
export interface AuthorProfile extends Author {
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
  /** The file's size in bytes, for feed enclosures; unknown for https pictures. */
  bytes?: number;
}

/** A live page's coverage (content/live.ts reads its updates from the body). */
export interface LiveCoverage {
  /** When the coverage ends; after it the page reads as finished. */
  until?: Date;
  /** When each update was posted, oldest first. */
  updates: Date[];
}

export interface Correction {
  date: Date;
  text: string;
}

interface StoryFields {
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
  image?: StoryImage;
  draft: boolean;
  featured: boolean;
  breaking: boolean;
  /** A live page: its body holds timed updates. */
  live?: LiveCoverage;
  /** The newest correction's date, where the story has been corrected. */
  corrected?: Date;
}

export interface NewsTeaser extends StoryFields {
  kind: "news";
  /** Every news story stands in a section. */
  category: Category;
}

export interface VideoTeaser extends StoryFields {
  kind: "video";
  /** The 11-character YouTube id. */
  videoId: string;
}

export interface ColumnTeaser extends StoryFields {
  kind: "column";
}

/** A story as lists, feeds and cards show it: everything but its text. */
export type StoryTeaser = NewsTeaser | VideoTeaser | ColumnTeaser;

interface StoryText {
  /** The Markdown body, unrendered: the markdown module renders it. */
  body: string;
  /** Slugs exactly as the editor listed them; the index resolves them. */
  related: string[];
  /** Oldest first, as the editor listed them. */
  corrections: Correction[];
  /** Source file, relative to the project root, for messages. */
  file: string;
}

/** A whole story, as its own page shows it. */
export type Story = (NewsTeaser & StoryText) | (VideoTeaser & StoryText) | (ColumnTeaser & StoryText);

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  severity: "error" | "warning";
  /** Where in the file, for problems found in its text (proofing); 1-based. */
  line?: number;
  column?: number;
}
