import type { NextApiRequest, NextApiResponse } from "next";
import { getContentIndex } from "@/lib/content";
import { SITE_FEED_PATH } from "@/lib/feeds/alternate";
import { memoByVersion } from "@/lib/feeds/memo";
import { sendDocument } from "@/lib/feeds/response";
import { buildRss, FEED_SIZE } from "@/lib/feeds/rss";
import { newestChange } from "@/lib/feeds/story-dates";
import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

/** /feed.xml (next.config.ts rewrites): RSS 2.0 of the newest stories of every kind. */
export default function siteFeed(request: NextApiRequest, response: NextApiResponse): void {
  const index = getContentIndex();
  const feed = memoByVersion("feed", index.version(), () => {
    const stories = index.latest(FEED_SIZE);
    const body = buildRss({
      title: `${site.name}: ${t.latest}`,
      path: "/",
      feedPath: SITE_FEED_PATH,
      description: site.tagline,
      stories,
    });
    return { body, lastModified: newestChange(stories) };
  });
  sendDocument(request, response, feed.body, "application/rss+xml", feed.lastModified);
}
