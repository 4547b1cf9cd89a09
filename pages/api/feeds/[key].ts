import type { NextApiRequest, NextApiResponse } from "next";
import { getContentIndex } from "@/lib/content";
import { categoryFeedPath } from "@/lib/feeds/alternate";
import { memoByVersion } from "@/lib/feeds/memo";
import { sendDocument } from "@/lib/feeds/response";
import { buildRss, FEED_SIZE } from "@/lib/feeds/rss";
import { newestChange } from "@/lib/feeds/story-dates";
import { site } from "@/lib/site";

/** /category/<key>/feed.xml (next.config.ts rewrites): one section's newest stories; proxy.ts sends other keys to the 404. */
export default function sectionFeed(request: NextApiRequest, response: NextApiResponse): void {
  const index = getContentIndex();
  const category = index.category(String(request.query.key));
  if (!category) {
    response.status(404).end();
    return;
  }
  const feed = memoByVersion(`category:${category.key}`, index.version(), () => {
    const stories = index.list({ of: "category", key: category.key }, { limit: FEED_SIZE }).stories;
    const body = buildRss({
      title: `${site.name}: ${category.name}`,
      path: category.path,
      feedPath: categoryFeedPath(category.key),
      description: `${category.name}: ${site.tagline}`,
      stories,
    });
    return { body, lastModified: newestChange(stories) };
  });
  sendDocument(request, response, feed.body, "application/rss+xml", feed.lastModified);
}
