/** The Google News sitemap: stories of the last 48 hours, in Google's news: schema. */
import type { Story } from "@/lib/content";
import { absoluteUrl, site } from "@/lib/site";
import { isoInKarachi } from "@/lib/urdu/date";
import { el, renderXml } from "./xml";

const WINDOW_MS = 48 * 60 * 60 * 1000;
// Google reads at most 1,000 URLs from one news sitemap.
const MAX_URLS = 1000;

/** Stories dated within the 48 hours before `now`, in the order given. */
export function recentStories(stories: readonly Story[], now: Date): Story[] {
  return stories.filter((story) => now.getTime() - story.date.getTime() <= WINDOW_MS).slice(0, MAX_URLS);
}

export function buildNewsSitemap(stories: readonly Story[], now: Date): string {
  return renderXml(
    el(
      "urlset",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9" },
      recentStories(stories, now).map((story) =>
        el(
          "url",
          {},
          el("loc", {}, absoluteUrl(story.path)),
          el(
            "news:news",
            {},
            el("news:publication", {}, el("news:name", {}, site.name), el("news:language", {}, site.language)),
            el("news:publication_date", {}, isoInKarachi(story.date)),
            el("news:title", {}, story.title),
          ),
        ),
      ),
    ),
  );
}
