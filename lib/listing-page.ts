/**
 * The one place a list route turns its URL into a page of stories, shared by
 * the page and its metadata so both agree: an unknown list, a page past the
 * end or a page segment that is not a number is the 404; `/page/1` goes to
 * the list's own URL.
 */
import { notFound, permanentRedirect } from "next/navigation";
import type { Story } from "@/lib/content";
import type { Listing } from "@/lib/listings";
import { pageOf, parsePageNumber, type PageSlice } from "@/lib/pagination";

export interface ListingPage {
  listing: Listing;
  page: PageSlice<Story>;
}

/** `segment` is the N of `/page/N`; none means page 1 at the list's own URL. */
export function resolveListingPage(listing: Listing | undefined, segment?: string): ListingPage {
  if (!listing) notFound();
  const number = segment === undefined ? 1 : parsePageNumber(segment);
  if (number === null) notFound();
  if (segment !== undefined && number === 1) permanentRedirect(listing.path);
  const page = pageOf(listing.stories, number);
  if (!page) notFound();
  return { listing, page };
}
