import { notFound } from "next/navigation";
import { getContentIndex } from "@/lib/content";
import { categoryFeedPath } from "@/lib/feeds/alternate";
import { xmlResponse } from "@/lib/feeds/response";
import { buildRss } from "@/lib/feeds/rss";
import { site } from "@/lib/site";

// One feed per section in categories.yml; any other key is the site's Urdu 404.
export const dynamicParams = false;
// Prerendered per section, so refreshed like the pages: a scheduled story enters within a minute of its time.
export const revalidate = 60;

export function generateStaticParams(): { key: string }[] {
  return getContentIndex().categories.map((category) => ({ key: category.key }));
}

/** RSS 2.0 of one section's newest stories. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  const index = getContentIndex();
  const category = index.category(key);
  if (!category) notFound();
  const body = buildRss({
    title: `${site.name}: ${category.name}`,
    path: `/category/${category.key}`,
    feedPath: categoryFeedPath(category.key),
    description: `${category.name}: ${site.tagline}`,
    stories: index.byCategory(category.key),
  });
  return xmlResponse(body, "application/rss+xml");
}
