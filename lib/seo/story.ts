/** What a story tells crawlers and share previews: <head> data and NewsArticle JSON-LD. */
import { CARD_SIZE, storyCardPath } from "@/lib/cards/story-card";
import type { Story, StoryTeaser } from "@/lib/content";
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

export function storyHead(story: Story): HeadData {
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
        modifiedTime: isoInKarachi(story.updated ?? story.date),
        authorUrl: absoluteUrl(story.author.path),
        section: filedUnder(story),
        tags: story.tags,
      },
    },
    twitterCard: twitterCardFor(image),
    ...(story.tags.length > 0 ? { keywords: story.tags } : {}),
    author: { name: story.author.name, url: absoluteUrl(story.author.path) },
    jsonLd: [storyJsonLd(story, image)],
  };
}

/** NewsArticle for every kind (the contract's type), with the video described where there is one. */
function storyJsonLd(story: Story, image: ShareImage): object {
  const url = absoluteUrl(story.path);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: story.title,
    description: story.summary,
    datePublished: isoInKarachi(story.date),
    dateModified: isoInKarachi(story.updated ?? story.date),
    inLanguage: site.language,
    articleSection: filedUnder(story),
    keywords: story.tags.length > 0 ? story.tags.join(", ") : undefined,
    image: [{ "@type": "ImageObject", url: image.url, width: image.width, height: image.height }],
    author: [{ "@type": story.author.organization ? "Organization" : "Person", name: story.author.name, url: absoluteUrl(story.author.path) }],
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.name,
      url: site.url,
      logo: { "@type": "ImageObject", url: absoluteUrl(site.logo.src), width: site.logo.width, height: site.logo.height },
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
