/** RSS 2.0 of stories, newest first, with every URL absolute. */
import type { StoryTeaser } from "@/lib/content";
import { lastChange } from "@/lib/content/changes";
import { absoluteUrl, site } from "@/lib/site";
import { isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";
import { newestChange } from "./story-dates";
import { el, renderXml, type XmlElement } from "./xml";

export const FEED_SIZE = 50;

export interface RssChannel {
  title: string;
  /** Site path of the page the feed mirrors, e.g. `/` or `/category/sports`. */
  path: string;
  /** Site path of the feed itself. */
  feedPath: string;
  description: string;
  /** Newest first; the first FEED_SIZE are used. */
  stories: readonly StoryTeaser[];
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
};

/** The picture's MIME type from its file name, when the name tells. */
export function imageType(src: string): string | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(src)?.[1]?.toLowerCase();
  return extension ? IMAGE_TYPES[extension] : undefined;
}

function item(story: StoryTeaser): XmlElement {
  const url = absoluteUrl(story.path);
  const image = story.image && {
    url: absoluteUrl(story.image.src),
    type: imageType(story.image.src),
    bytes: story.image.bytes,
  };
  return el(
    "item",
    {},
    el("title", {}, story.title),
    el("link", {}, url),
    el("guid", { isPermaLink: "true" }, url),
    el("pubDate", {}, story.date.toUTCString()), // RFC 822 with the GMT zone
    // A story changed since (updated, corrected, a live page's newest update): Atom's element, as RSS has none.
    lastChange(story).getTime() !== story.date.getTime() && el("atom:updated", {}, isoInKarachi(lastChange(story))),
    el("description", {}, story.summary),
    // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
    el("dc:creator", {}, story.author.name),
    el("category", {}, story.category?.name ?? t.kind[story.kind]),
    story.tags.map((tag) => el("category", {}, tag)),
    // An enclosure must give its length in bytes, known for our own pictures; an https one is left to media:content.
    image?.type &&
      image.bytes !== undefined &&
      el("enclosure", { url: image.url, length: String(image.bytes), type: image.type }),
    image &&
      el(
        "media:content",
        { url: image.url, medium: "image", type: image.type },
        el("media:description", {}, story.image?.alt ?? ""),
      ),
  );
}

export function buildRss(channel: RssChannel): string {
  const stories = channel.stories.slice(0, FEED_SIZE);
  const built = newestChange(stories);
  return renderXml(
    el(
      "rss",
      {
        version: "2.0",
        "xmlns:atom": "http://www.w3.org/2005/Atom",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        "xmlns:media": "http://search.yahoo.com/mrss/",
      },
      el(
        "channel",
        {},
        el("title", {}, channel.title),
        el("link", {}, absoluteUrl(channel.path)),
        el("description", {}, channel.description),
        el("language", {}, site.language),
        built && el("lastBuildDate", {}, built.toUTCString()),
        el("atom:link", { href: absoluteUrl(channel.feedPath), rel: "self", type: "application/rss+xml" }),
        el(
          "image",
          {},
          el("url", {}, absoluteUrl(site.logo.src)),
          el("title", {}, channel.title),
          el("link", {}, absoluteUrl(channel.path)),
        ),
        stories.map(item),
      ),
    ),
  );
}
