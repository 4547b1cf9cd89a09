import { getContentIndex } from "@/lib/content";
import { SITE_FEED_PATH } from "@/lib/feeds/alternate";
import { xmlResponse } from "@/lib/feeds/response";
import { buildRss } from "@/lib/feeds/rss";
import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

/** RSS 2.0 of the newest stories of every kind. */
export function GET(): Response {
  const body = buildRss({
    title: `${site.name}: ${t.latest}`,
    path: "/",
    feedPath: SITE_FEED_PATH,
    description: site.tagline,
    stories: getContentIndex().stories,
  });
  return xmlResponse(body, "application/rss+xml");
}
