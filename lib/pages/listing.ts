/**
 * One page of a story list, from its URL: an unknown list, a page past the
 * end or a page segment that is not a number is the 404; `/page/1` moves to
 * the list's own URL.
 */
import type { ContentIndex, StoryTeaser } from "@/lib/content";
import { findListing, listingSegments, type Listing, type ListingKind } from "@/lib/lists/listings";
import { laterPageNumbers, PAGE_SIZE, pageRange, parsePageNumber } from "@/lib/lists/pagination";
import { listingHead } from "@/lib/seo/listing";
import { chrome, type PageData } from "./chrome";
import { prerenderListPages } from "./prerender";

export type ListingPageData = PageData<{
  listing: Listing;
  stories: StoryTeaser[];
  /** 1-based. */
  number: number;
  count: number;
}>;

export type Found<T> = { data: T } | { notFound: true } | { redirect: string };

/** `pageSegment` is the N of `/page/N`; none means page 1 at the list's own URL. */
export function listingPage(
  index: ContentIndex,
  kind: ListingKind,
  segment: string,
  pageSegment?: string,
): Found<ListingPageData> {
  const listing = findListing(index, kind, segment);
  if (!listing) return { notFound: true };
  const number = pageSegment === undefined ? 1 : parsePageNumber(pageSegment);
  if (number === null) return { notFound: true };
  if (pageSegment !== undefined && number === 1) return { redirect: listing.path };
  const { stories, total } = index.list(listing.list, { offset: (number - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const range = pageRange(number, total);
  if (!range) return { notFound: true };
  const head = listingHead(listing, range);
  const active = listing.menuHref ? { href: listing.menuHref, current: "page" as const } : undefined;
  return { data: { listing, stories, number, count: range.count, head, chrome: chrome(index, active) } };
}

/** The lists of a kind and their first pages, as the build prerenders them (PRERENDER_LIST_PAGES). */
export function listingPaths(
  index: ContentIndex,
  kind: ListingKind,
  laterPages: boolean,
): { segment: string; page?: string }[] {
  const upTo = prerenderListPages();
  return listingSegments(index, kind).flatMap((segment) => {
    if (!laterPages) return [{ segment }];
    const listing = findListing(index, kind, segment);
    if (!listing) return [];
    return laterPageNumbers(index.list(listing.list, { limit: 0 }).total, upTo).map((page) => ({ segment, page }));
  });
}
