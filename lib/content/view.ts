/** The published stories grouped every way pages ask for them; index.ts builds one per set of published stories. */
import { tagKey } from "@/lib/urdu/normalize";
import type { Story, StoryKind } from "./types";

export interface View {
  stories: readonly Story[];
  bySlug: ReadonlyMap<string, Story>;
  byKind: ReadonlyMap<StoryKind, readonly Story[]>;
  byCategory: ReadonlyMap<string, readonly Story[]>;
  byAuthor: ReadonlyMap<string, readonly Story[]>;
  tagged(tag: string): readonly Story[];
  related(story: Story): readonly Story[];
}

export function newestFirst(a: Story, b: Story): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

function groupBy<K>(stories: readonly Story[], keys: (story: Story) => readonly K[]): Map<K, Story[]> {
  const groups = new Map<K, Story[]>();
  for (const story of stories) {
    for (const key of new Set(keys(story))) {
      const list = groups.get(key);
      if (list) list.push(story);
      else groups.set(key, [story]);
    }
  }
  return groups;
}

function chooseRelated(story: Story, stories: readonly Story[]): Story[] {
  const tags = new Set(story.tags.map(tagKey));
  return stories
    .filter((other) => other !== story)
    .map((other) => ({
      other,
      score: other.tags.filter((tag) => tags.has(tagKey(tag))).length * 2 + (story.category && other.category?.key === story.category.key ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || newestFirst(a.other, b.other))
    .slice(0, 2)
    .map(({ other }) => other);
}

/** `stories` must be newest first. A related link to a story not in this view (a draft, one still to come) is left out. */
export function makeView(stories: readonly Story[]): View {
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  const byTag = groupBy(stories, (s) => s.tags.map(tagKey));
  const relatedCache = new Map<Story, Story[]>();
  return {
    stories,
    bySlug,
    byKind: groupBy(stories, (s) => [s.kind]),
    byCategory: groupBy(stories, (s) => (s.category ? [s.category.key] : [])),
    byAuthor: groupBy(stories, (s) => [s.author.key]),
    tagged: (tag) => byTag.get(tagKey(tag)) ?? [],
    related: (story) => {
      let list = relatedCache.get(story);
      if (!list) {
        const listed = story.related.map((slug) => bySlug.get(slug)).filter((s): s is Story => s !== undefined);
        list = story.related.length > 0 ? listed : chooseRelated(story, stories);
        relatedCache.set(story, list);
      }
      return list;
    },
  };
}
