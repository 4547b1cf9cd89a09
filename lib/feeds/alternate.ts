/** Where the feeds live, and the <link rel="alternate"> every page's head carries for the site feed. */
import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

export const SITE_FEED_PATH = "/feed.xml";

export function categoryFeedPath(key: string): string {
  return `/category/${key}/feed.xml`;
}

export interface FeedLink {
  /** A site path. */
  href: string;
  title: string;
}

/** The site feed, which every page names in its head. */
export const siteFeedLink: FeedLink = { href: SITE_FEED_PATH, title: `${site.name}: ${t.latest}` };
