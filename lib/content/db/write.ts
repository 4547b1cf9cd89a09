/** Writes validated content into an empty database: the build's one pass over content/. */
import type { Database } from "better-sqlite3";
import { tagKey } from "@/lib/urdu/normalize";
import { optimizeSearch, SEARCH_TABLE_SQL, searchRowFor, writeSearchRow } from "../search/table";
import type { AuthorProfile, Category, Story } from "../types";
import { orderIds } from "./order";
import { storyRows } from "./rows";
import { SCHEMA_SQL, SCHEMA_VERSION } from "./schema";
import { tagNames } from "./tag-names";

export interface ContentSet {
  stories: readonly Story[];
  categories: readonly Category[];
  authors: readonly AuthorProfile[];
}

export function writeContent(db: Database, { stories, categories, authors }: ContentSet): void {
  db.exec(SCHEMA_SQL);
  db.exec(SEARCH_TABLE_SQL);
  const ids = orderIds(stories);
  const insert = {
    meta: db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)"),
    category: db.prepare("INSERT INTO categories (key, name, position) VALUES (?, ?, ?)"),
    author: db.prepare(
      "INSERT INTO authors (key, name, role, image, organization, bio_html, file) VALUES (@key, @name, @role, @image, @organization, @bioHtml, @file)",
    ),
    story: db.prepare(
      `INSERT INTO stories (id, slug, kind, date, updated, title, summary, category, author, tags, image, video, draft, featured, breaking)
       VALUES (@id, @slug, @kind, @date, @updated, @title, @summary, @category, @author, @tags, @image, @video, @draft, @featured, @breaking)`,
    ),
    text: db.prepare("INSERT INTO story_texts (id, body, related, file) VALUES (@id, @body, @related, @file)"),
    storyTag: db.prepare("INSERT OR IGNORE INTO story_tags (tag, id) VALUES (?, ?)"),
    tag: db.prepare("INSERT INTO tags (tag, name) VALUES (?, ?)"),
  };
  db.transaction(() => {
    insert.meta.run("schema", SCHEMA_VERSION);
    insert.meta.run("revision", "1");
    categories.forEach((category, position) => insert.category.run(category.key, category.name, position));
    for (const author of authors) {
      insert.author.run({ ...author, role: author.role ?? null, image: author.image ? JSON.stringify(author.image) : null, organization: author.organization ? 1 : 0 });
    }
    for (const story of stories) {
      const id = ids.get(story.slug)!;
      const rows = storyRows(story, id);
      insert.story.run(rows.story);
      insert.text.run(rows.text);
      // Drafts stand in no list, so no tag lists them and no search finds them.
      if (story.draft) continue;
      for (const tag of story.tags) insert.storyTag.run(tagKey(tag), id);
      writeSearchRow(db, id, searchRowFor(story));
    }
    const listed = stories.filter((story) => !story.draft).sort((a, b) => ids.get(b.slug)! - ids.get(a.slug)!);
    for (const [key, name] of tagNames(listed)) insert.tag.run(key, name);
  })();
  optimizeSearch(db);
}
