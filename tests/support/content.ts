/** The sample content as the site's own index reads it: what pages are expected to show. */
import { getContentIndex, type Story, type StoryKind, type StoryList } from "@/lib/content";

const content = getContentIndex();

/** Whole stories of a list, newest first. */
const whole = (list: StoryList): Story[] =>
  content.list(list).stories.map((teaser) => content.story(teaser.kind, teaser.slug)!);

export const index = {
  stories: whole({ of: "all" }),
  categories: content.categories,
  authors: content.authors,
  byKind: (kind: StoryKind) => whole({ of: "kind", kind }),
  byCategory: (key: string) => whole({ of: "category", key }),
  byTag: (tag: string) => whole({ of: "tag", tag }),
  byAuthor: (key: string) => whole({ of: "author", key }),
  latest: (count: number, { kind, exclude }: { kind?: StoryKind; exclude?: { slug: string } } = {}) =>
    content.latest(count, { ...(kind ? { kind } : {}), ...(exclude ? { exclude: exclude.slug } : {}) }),
  related: (story: Story) => content.related(story),
  lead: () => content.lead(),
};

export function story(kind: StoryKind, slug: string): Story {
  const found = content.story(kind, slug);
  if (!found) throw new Error(`sample content has no published ${kind} ${slug}`);
  return found;
}

export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";
export const canonical = (s: { path: string }) => `${SITE_URL}${s.path}`;
