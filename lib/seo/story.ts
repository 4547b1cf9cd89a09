/** What a story tells crawlers and share previews: <head> metadata and NewsArticle JSON-LD. */
import type { Metadata } from "next";
import type { Story } from "@/lib/content";
import { feedAlternateTypes } from "@/lib/feeds/alternate";
import { absoluteUrl, site } from "@/lib/site";
import { isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";

export interface ShareImage {
  url: string;
  width?: number;
  height?: number;
  alt: string;
}

/** The picture a share preview shows: the story's own, else the site's. */
export function shareImage(story: Story): ShareImage {
  if (story.image) {
    return { url: absoluteUrl(story.image.src), width: story.image.width, height: story.image.height, alt: story.image.alt };
  }
  const fallback = site.defaultImage;
  return { url: absoluteUrl(fallback.src), width: fallback.width, height: fallback.height, alt: fallback.alt };
}

export function storyMetadata(story: Story): Metadata {
  const url = absoluteUrl(story.path);
  const image = shareImage(story);
  return {
    title: story.title,
    description: story.summary,
    // Next merges metadata shallowly: restate the layout's feed link beside the canonical.
    alternates: { canonical: url, types: feedAlternateTypes },
    authors: [{ name: story.author.name, url: absoluteUrl(`/authors/${story.author.key}`) }],
    keywords: story.tags.length > 0 ? story.tags : undefined,
    openGraph: {
      type: "article",
      url,
      title: story.title,
      description: story.summary,
      siteName: site.name,
      locale: site.locale,
      images: [image],
      publishedTime: isoInKarachi(story.date),
      modifiedTime: isoInKarachi(story.updated ?? story.date),
      authors: [absoluteUrl(`/authors/${story.author.key}`)],
      section: story.category?.name ?? t.kind[story.kind],
      tags: story.tags,
    },
    twitter: {
      card: "summary_large_image",
      title: story.title,
      description: story.summary,
      images: [image.url],
    },
  };
}

/** NewsArticle for every kind (the contract's type), with the video described where there is one. */
export function storyJsonLd(story: Story): object {
  const url = absoluteUrl(story.path);
  const image = shareImage(story);
  // A desk is an organisation, not a person; its file gives its role as ڈیسک.
  const isDesk = story.author.role === "ڈیسک";
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
    articleSection: story.category?.name ?? t.kind[story.kind],
    keywords: story.tags.length > 0 ? story.tags.join(", ") : undefined,
    image: [{ "@type": "ImageObject", url: image.url, width: image.width, height: image.height }],
    author: [{ "@type": isDesk ? "Organization" : "Person", name: story.author.name, url: absoluteUrl(`/authors/${story.author.key}`) }],
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.name,
      url: site.url,
      logo: { "@type": "ImageObject", url: absoluteUrl(site.logo.src), width: site.logo.width, height: site.logo.height },
    },
    video: story.videoId
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
