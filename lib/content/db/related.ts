/**
 * A story's "یہ بھی پڑھیں" links when it names none: chosen from the
 * stories that share its tags, each tag's newest WINDOW of them, so a
 * page's cost stays the same however large a tag grows (over every story of
 * a tag it took 90 ms at 100,000 stories; this takes 1 ms). A news site's
 * related reading is recent reading: an older story sharing a tag is not
 * missed.
 */
import type { Statement } from "better-sqlite3";
import { tagKey } from "@/lib/urdu/normalize";
import type { Story, StoryTeaser } from "../types";
import { PUBLISHED, TEASER_COLUMNS } from "./rows";

const WINDOW = 500;

interface Reading {
  prepared: (sql: string) => Statement;
  teasers: (rows: unknown[]) => StoryTeaser[];
  /** Ids below this are published (order.ts). */
  cut: number;
}

/** The newest WINDOW published ids of each of `count` tags (@t0, @t1…), one row per tag a story shares. */
const sharing = (count: number): string =>
  Array.from({ length: count }, (_, i) => `SELECT * FROM (SELECT t.id FROM story_tags t WHERE t.tag = @t${i} AND t.id < @cut ORDER BY t.id DESC LIMIT ${WINDOW})`).join(
    " UNION ALL ",
  );

/**
 * Those it names that are published, in its order; else up to two sharing
 * the most tags, a shared section breaking ties, then the newest; failing
 * those, the newest of its section that shares no tag with it.
 */
export function relatedStories(story: Story, { prepared, teasers, cut }: Reading): StoryTeaser[] {
  if (story.related.length > 0) {
    const rows = prepared(`SELECT ${TEASER_COLUMNS} FROM stories s WHERE s.slug IN (SELECT value FROM json_each(@slugs)) AND ${PUBLISHED}`).all({
      slugs: JSON.stringify(story.related),
      cut,
    });
    const found = new Map(teasers(rows).map((s) => [s.slug, s]));
    return story.related.flatMap((slug) => found.get(slug) ?? []);
  }
  const tags = [...new Set(story.tags.map(tagKey))];
  const params = { slug: story.slug, section: story.category?.key ?? null, cut };
  const chosen =
    tags.length === 0
      ? []
      : teasers(
          prepared(
            `SELECT ${TEASER_COLUMNS} FROM (${sharing(tags.length)}) w JOIN stories s ON s.id = w.id
             WHERE s.draft = 0 AND s.slug != @slug
             GROUP BY s.id ORDER BY count(*) * 2 + (@section IS NOT NULL AND s.category = @section) DESC, s.id DESC LIMIT 2`,
          ).all({ ...params, ...Object.fromEntries(tags.map((tag, i) => [`t${i}`, tag])) }),
        );
  if (chosen.length >= 2 || params.section === null) return chosen;
  const fill = prepared(
    `SELECT ${TEASER_COLUMNS} FROM stories s WHERE s.category = @section AND ${PUBLISHED} AND s.slug != @slug
     AND NOT EXISTS (SELECT 1 FROM story_tags t WHERE t.id = s.id AND t.tag IN (SELECT value FROM json_each(@tags)))
     ORDER BY s.id DESC LIMIT @limit`,
  ).all({ ...params, tags: JSON.stringify(tags), limit: 2 - chosen.length });
  return [...chosen, ...teasers(fill)];
}
