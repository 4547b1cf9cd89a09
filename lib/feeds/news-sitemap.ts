/**
 * The Google News sitemap: the stories of the last 48 hours, in Google's
 * news: schema. With none that recent it still lists the newest story, as
 * a plain URL without news: data (Google's other way of retiring old
 * articles), since a <urlset> with no <url> breaks the sitemap schema.
 */
import type { ContentIndex, StoryTeaser } from "@/lib/content";
import { absoluteUrl, site } from "@/lib/site";
import { isoInKarachi } from "@/lib/urdu/date";
import { lastChange } from "@/lib/content/changes";
import { el, renderXml, type XmlElement } from "./xml";

export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
// Google reads at most 1,000 URLs from one news sitemap.
const MAX_URLS = 1000;

function newsEntry(story: StoryTeaser): XmlElement {
  return el(
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
  );
}

/** A URL with no news: data: the newest story, or the home page on a site with none. */
function plainEntry(story: StoryTeaser | undefined): XmlElement {
  if (!story) return el("url", {}, el("loc", {}, absoluteUrl("/")));
  return el("url", {}, el("loc", {}, absoluteUrl(story.path)), el("lastmod", {}, isoInKarachi(lastChange(story))));
}

export function buildNewsSitemap(index: ContentIndex, now: Date): string {
  const recent = index.recent(new Date(now.getTime() - NEWS_WINDOW_MS), MAX_URLS);
  const entries = recent.length > 0 ? recent.map(newsEntry) : [plainEntry(index.latest(1)[0])];
  return renderXml(
    el(
      "urlset",
      {
        xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9",
        "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
      },
      entries,
    ),
  );
}
