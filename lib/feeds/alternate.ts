/** Where the feeds live, and the <link rel="alternate"> every page's head carries for the site feed. */
import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

export const SITE_FEED_PATH = "/feed.xml";

export function categoryFeedPath(key: string): string {
  return `/category/${key}/feed.xml`;
}

const siteFeedLink = { url: SITE_FEED_PATH, title: `${site.name}: ${t.latest}` };

/**
 * For `alternates.types`. Next merges metadata shallowly: a page that sets
 * its own `alternates` (a canonical link) must spread this in too, or the
 * layout's feed link is dropped from that page.
 */
export const feedAlternateTypes: { "application/rss+xml": { url: string; title: string }[] } = {
  "application/rss+xml": [siteFeedLink],
};
