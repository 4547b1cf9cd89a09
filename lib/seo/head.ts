/**
 * What a page puts in its <head> for browsers, crawlers and share
 * previews, as plain data: lib/seo builds it per page kind and
 * components/PageHead writes the tags.
 */
import { siteFeedLink, type FeedLink } from "@/lib/feeds/alternate";
import { absoluteUrl, site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

export interface ShareImage {
  /** Absolute. */
  url: string;
  width?: number;
  height?: number;
  alt: string;
}

export interface ArticleFacts {
  publishedTime: string;
  modifiedTime: string;
  authorUrl: string;
  section: string;
  tags: readonly string[];
}

export interface HeadData {
  /** The whole <title>, site name included. */
  title: string;
  description: string;
  /** Absolute; none on pages that should not be indexed as themselves. */
  canonical?: string;
  robots?: string;
  feeds: readonly FeedLink[];
  og: {
    type: "website" | "article" | "profile";
    /** The title as shared, without the site's name. */
    title: string;
    url?: string;
    image: ShareImage;
    article?: ArticleFacts;
  };
  /** A square picture (an author's) reads as a small card; a wide one as a large one. */
  twitterCard: "summary" | "summary_large_image";
  keywords?: readonly string[];
  author?: { name: string; url: string };
  /** Structured data, one <script type="application/ld+json"> each. */
  jsonLd: readonly object[];
}

/** `عنوان | خبرنامہ`: every page's title names the site after its own. */
export const pageTitle = (title: string): string => `${title} | ${site.name}`;

/** The site's own card, for pages with no picture of their own. */
export function defaultShareImage(): ShareImage {
  const { src, width, height, alt } = site.defaultImage;
  return { url: absoluteUrl(src), width, height, alt };
}

/** The card a picture makes: the small square card for a square picture, the large one otherwise. */
export function twitterCardFor(image: ShareImage): HeadData["twitterCard"] {
  return image.width !== undefined && image.width === image.height ? "summary" : "summary_large_image";
}

/** A page that is nothing but its title (search, the error pages): not indexed, links still followed. */
export function plainHead(title: string, description: string = t.footerAbout): HeadData {
  const image = defaultShareImage();
  return {
    title: pageTitle(title),
    description,
    robots: "noindex, follow",
    feeds: [siteFeedLink],
    og: { type: "website", title, image },
    twitterCard: twitterCardFor(image),
    jsonLd: [],
  };
}
