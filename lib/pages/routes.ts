/**
 * What the page routes under pages/ export to Next: their paths to
 * prerender and their props, each one line in the route file. Every page is
 * static and regenerated in the background once it is a minute old, so
 * scheduled stories, the breaking strip and lists keep within a minute of
 * the clock while a rush is served from the cache.
 */
import type { GetStaticPathsResult, GetStaticPropsResult } from "next";
import { getContentIndex, type StoryKind } from "@/lib/content";
import type { ListingKind } from "@/lib/lists/listings";
import { toWire, type Wire } from "./wire";
import { correctionsPage } from "./corrections";
import type { ErrorPageData } from "./errors";
import { errorPage, notFoundPage } from "./errors";
import { homePage } from "./home";
import { listingPage, listingPaths, type Found } from "./listing";
import { searchPage, type SearchPageData } from "./search";
import { storyPage, storySlugs } from "./story";
import { queryOfKey } from "@/lib/search/route-key";

export const REVALIDATE_SECONDS = 60;
/**
 * A live page while it is live: regenerated once 15 s old, and so kept
 * 15 s by shared caches (Next says s-maxage=15), so a reader's reload or
 * the site's script finds a new update within about half a minute.
 */
export const LIVE_REVALIDATE_SECONDS = 15;

/** A page's props: its data as JSON text (lib/pages/wire.ts). */
export interface PageProps<T> {
  data: Wire<T>;
}

type Props<T> = GetStaticPropsResult<PageProps<T>>;

function propsOf<T>(found: Found<T>, revalidate = REVALIDATE_SECONDS): Props<T> {
  // A 404 is cached a minute too, so a story published later is found within a minute.
  if ("notFound" in found) return { notFound: true, revalidate: REVALIDATE_SECONDS };
  if ("redirect" in found)
    return { redirect: { destination: found.redirect, permanent: true }, revalidate: REVALIDATE_SECONDS };
  return { props: { data: toWire(found.data) }, revalidate };
}

const found = <T>(data: T | undefined): Found<T> => (data === undefined ? { notFound: true } : { data });

export const homeProps = () => propsOf(found(homePage(getContentIndex())));

export function storyPaths(kind: StoryKind): GetStaticPathsResult<{ slug: string }> {
  return { paths: storySlugs(getContentIndex(), kind).map((slug) => ({ params: { slug } })), fallback: "blocking" };
}

export function storyProps(kind: StoryKind, slug = "") {
  const page = storyPage(getContentIndex(), kind, slug);
  return propsOf(found(page), page?.live?.on ? LIVE_REVALIDATE_SECONDS : REVALIDATE_SECONDS);
}

/** `/<list>` (first pages) or `/<list>/page/[n]` (later ones), with the list's own segment under `param`. */
export function listPaths<P extends string>(
  kind: ListingKind,
  param: P | null,
  laterPages: boolean,
): GetStaticPathsResult {
  const paths = listingPaths(getContentIndex(), kind, laterPages).map(({ segment, page }) => ({
    params: { ...(param ? { [param]: segment } : {}), ...(page ? { n: page } : {}) },
  }));
  return { paths, fallback: "blocking" };
}

export const listProps = (kind: ListingKind, segment = "", page?: string) =>
  propsOf(listingPage(getContentIndex(), kind, segment, page));

export const correctionsProps = () => propsOf({ data: correctionsPage(getContentIndex()) });

export const searchPromptProps = () => propsOf(searchPage(getContentIndex(), ""));

/** A search's page from its path (lib/search/route-key.ts); a key that is no search's is the 404. */
export function searchResultsProps(key = "", page = "") {
  const query = queryOfKey(key);
  const number = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : null;
  if (!query || number === null) return propsOf<SearchPageData>({ notFound: true });
  return propsOf(searchPage(getContentIndex(), query, number));
}

export const notFoundProps = (): { props: PageProps<ErrorPageData> } => ({
  props: { data: toWire(notFoundPage(getContentIndex())) },
});
export const errorProps = (): { props: PageProps<ErrorPageData> } => ({
  props: { data: toWire(errorPage(getContentIndex())) },
});
