/** What a list page tells crawlers and share previews: its own title, description and canonical URL per page. */
import type { Metadata } from "next";
import { feedAlternateTypes } from "@/lib/feeds/alternate";
import type { ListingPage } from "@/lib/listing-page";
import { pagePath } from "@/lib/pagination";
import { absoluteUrl, site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

function feedLinks() {
  const links = feedAlternateTypes["application/rss+xml"];
  return Array.isArray(links) ? links : [];
}

export function listingMetadata({ listing, page }: ListingPage): Metadata {
  const url = absoluteUrl(pagePath(listing.path, page.number));
  const pageNote = page.number > 1 ? ` (${t.page} ${page.number} ${t.pageOf} ${page.count})` : "";
  const title = `${listing.title}${pageNote}`;
  const description = `${listing.description}${pageNote}`;
  const image = listing.author?.image
    ? { url: absoluteUrl(listing.author.image), alt: listing.author.name }
    : { url: absoluteUrl(site.defaultImage.src), width: site.defaultImage.width, height: site.defaultImage.height, alt: site.defaultImage.alt };
  return {
    title,
    description,
    alternates: {
      canonical: url,
      // Setting alternates here replaces the layout's, so the site feed is carried over.
      types: listing.feedPath
        ? { "application/rss+xml": [...feedLinks(), { url: listing.feedPath, title: `${site.name}: ${listing.title}` }] }
        : feedAlternateTypes,
    },
    openGraph: {
      type: listing.author ? "profile" : "website",
      url,
      title,
      description,
      siteName: site.name,
      locale: site.locale,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}
