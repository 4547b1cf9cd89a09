/** The sample content as the site's own index reads it: what pages are expected to show. */
import { getContentIndex, type Story, type StoryKind } from "@/lib/content";

export const index = getContentIndex();

export function story(kind: StoryKind, slug: string): Story {
  const found = index.story(kind, slug);
  if (!found) throw new Error(`sample content has no published ${kind} ${slug}`);
  return found;
}

export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";
export const canonical = (s: Story) => `${SITE_URL}${s.path}`;
