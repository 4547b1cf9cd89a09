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

/**
 * Up to two stories for one that names none: those sharing the most tags
 * first, a shared section breaking ties, then the newest; failing those, the
 * newest of its section. It walks the story's own tag and section lists, not
 * the archive, so a build of N stories does not do N × N comparisons.
 */
function chooseRelated(story: Story, byTag: ReadonlyMap<string, readonly Story[]>, byCategory: ReadonlyMap<string, readonly Story[]>): Story[] {
  const sharedTags = new Map<Story, number>();
  for (const key of new Set(story.tags.map(tagKey))) {
    for (const other of byTag.get(key) ?? []) {
      if (other !== story) sharedTags.set(other, (sharedTags.get(other) ?? 0) + 1);
    }
  }
  const section = story.category?.key;
  const chosen = [...sharedTags]
    .map(([other, shared]) => ({ other, score: shared * 2 + (section !== undefined && other.category?.key === section ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || newestFirst(a.other, b.other))
    .slice(0, 2)
    .map(({ other }) => other);
  for (const other of section === undefined ? [] : (byCategory.get(section) ?? [])) {
    if (chosen.length >= 2) break;
    if (other !== story && !sharedTags.has(other)) chosen.push(other);
  }
  return chosen;
}

/** `stories` must be newest first. A related link to a story not in this view (a draft, one still to come) is left out. */
export function makeView(stories: readonly Story[]): View {
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  const byTag = groupBy(stories, (s) => s.tags.map(tagKey));
  const byCategory = groupBy(stories, (s) => (s.category ? [s.category.key] : []));
  const relatedCache = new Map<Story, Story[]>();
  return {
    stories,
    bySlug,
    byKind: groupBy(stories, (s) => [s.kind]),
    byCategory,
    byAuthor: groupBy(stories, (s) => [s.author.key]),
    tagged: (tag) => byTag.get(tagKey(tag)) ?? [],
    related: (story) => {
      let list = relatedCache.get(story);
      if (!list) {
        const listed = story.related.map((slug) => bySlug.get(slug)).filter((s): s is Story => s !== undefined);
        list = story.related.length > 0 ? listed : chooseRelated(story, byTag, byCategory);
        relatedCache.set(story, list);
      }
      return list;
    },
  };
}
