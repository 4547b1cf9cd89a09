/** What a story tells crawlers and share previews: <head> data and NewsArticle JSON-LD. */
import { CARD_SIZE, storyCardPath } from "@/lib/cards/story-card";
import type { Story, StoryTeaser } from "@/lib/content";
import { lastChange } from "@/lib/content/changes";
import type { LivePage } from "@/lib/pages/live";
import { siteFeedLink } from "@/lib/feeds/alternate";
import { absoluteUrl, site } from "@/lib/site";
import { isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";
import { pageTitle, twitterCardFor, type HeadData, type ShareImage } from "./head";

/** The picture a share preview shows: the story's own, else its own share card, its headline on the site's design. */
export function shareImage(story: StoryTeaser): ShareImage {
  if (!story.image) return { url: absoluteUrl(storyCardPath(story)), ...CARD_SIZE, alt: story.title };
  const { src, width, height, alt } = story.image;
  return { url: absoluteUrl(src), width, height, alt };
}

/** What the story is filed under: its section, or its kind where it has none. */
const filedUnder = (story: StoryTeaser): string => story.category?.name ?? t.kind[story.kind];

export function storyHead(story: Story, live?: LivePage): HeadData {
  const url = absoluteUrl(story.path);
  const image = shareImage(story);
  return {
    title: pageTitle(story.title),
    description: story.summary,
    canonical: url,
    feeds: [siteFeedLink],
    og: {
      type: "article",
      title: story.title,
      url,
      image,
      article: {
        publishedTime: isoInKarachi(story.date),
        modifiedTime: isoInKarachi(lastChange(story)),
        authorUrl: absoluteUrl(story.author.path),
        section: filedUnder(story),
        tags: story.tags,
      },
    },
    twitterCard: twitterCardFor(image),
    ...(story.tags.length > 0 ? { keywords: story.tags } : {}),
    author: { name: story.author.name, url: absoluteUrl(story.author.path) },
    jsonLd: [storyJsonLd(story, image, live)],
  };
}

// A headline for an update its editor gave none: its first words.
const HEADLINE_WORDS = 12;
const firstWords = (text: string) => text.split(/\s+/).slice(0, HEADLINE_WORDS).join(" ");

/** What a live page adds: its coverage's times and each update as a BlogPosting (schema.org LiveBlogPosting). */
function liveJsonLd(story: Story, live: LivePage, url: string): object {
  const start = story.live?.updates[0] ?? story.date;
  return {
    "@type": "LiveBlogPosting",
    coverageStartTime: isoInKarachi(start),
    coverageEndTime: story.live?.until ? isoInKarachi(story.live.until) : undefined,
    liveBlogUpdate: live.updates.map((update) => ({
      "@type": "BlogPosting",
      headline: update.headline ?? firstWords(update.text),
      datePublished: isoInKarachi(update.at),
      articleBody: update.text,
      url: `${url}#${update.anchor}`,
    })),
  };
}

/** NewsArticle for every kind (the contract's type), with the video described where there is one; a live page is a LiveBlogPosting. */
function storyJsonLd(story: Story, image: ShareImage, live: LivePage | undefined): object {
  const url = absoluteUrl(story.path);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    ...(live ? liveJsonLd(story, live, url) : {}),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: story.title,
    description: story.summary,
    datePublished: isoInKarachi(story.date),
    dateModified: isoInKarachi(lastChange(story)),
    inLanguage: site.language,
    articleSection: filedUnder(story),
    keywords: story.tags.length > 0 ? story.tags.join(", ") : undefined,
    image: [{ "@type": "ImageObject", url: image.url, width: image.width, height: image.height }],
    author: [
      {
        "@type": story.author.organization ? "Organization" : "Person",
        name: story.author.name,
        url: absoluteUrl(story.author.path),
      },
    ],
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.name,
      url: site.url,
      logo: {
        "@type": "ImageObject",
        url: absoluteUrl(site.logo.src),
        width: site.logo.width,
        height: site.logo.height,
      },
    },
    video:
      story.kind === "video"
        ? {
            "@type": "VideoObject",
            name: story.title,
            description: story.summary,
            thumbnailUrl: image.url,
            uploadDate: isoInKarachi(story.date),
            embedUrl: `https://www.youtube-nocookie.com/embed/${story.videoId}`,
            contentUrl: `https://www.youtube.com/watch?v=${story.videoId}`,
          }
        : undefined,
  };
}
