/** What a list page tells crawlers and share previews: its own title, description and canonical URL per page. */
import { siteFeedLink } from "@/lib/feeds/alternate";
import type { Listing } from "@/lib/lists/listings";
import { pagePath } from "@/lib/lists/pagination";
import { absoluteUrl, site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";
import { defaultShareImage, pageTitle, twitterCardFor, type HeadData, type ShareImage } from "./head";

export function listingHead(listing: Listing, page: { number: number; count: number }): HeadData {
  const url = absoluteUrl(pagePath(listing.path, page.number));
  const pageNote = page.number > 1 ? ` (${t.page} ${page.number} ${t.pageOf} ${page.count})` : "";
  const title = `${listing.title}${pageNote}`;
  const picture = listing.author?.image;
  const image: ShareImage = picture
    ? { url: absoluteUrl(picture.src), width: picture.width, height: picture.height, alt: listing.author?.name ?? "" }
    : defaultShareImage();
  return {
    title: pageTitle(title),
    description: `${listing.description}${pageNote}`,
    canonical: url,
    feeds: listing.feedPath
      ? [siteFeedLink, { href: listing.feedPath, title: `${site.name}: ${listing.title}` }]
      : [siteFeedLink],
    og: { type: listing.author ? "profile" : "website", title, url, image },
    twitterCard: twitterCardFor(image),
    jsonLd: [],
  };
}
