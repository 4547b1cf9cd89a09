/** The 404 and 500 pages' data: built with the site, so they show however the request went wrong. */
import type { ContentIndex } from "@/lib/content";
import { plainHead } from "@/lib/seo/head";
import { t } from "@/lib/urdu/strings";
import { chrome, type PageData } from "./chrome";

export type ErrorPageData = PageData<object>;

export function notFoundPage(index: ContentIndex): ErrorPageData {
  // No breaking strip: the page is built once, and a strip would go stale in it.
  return { head: plainHead(t.notFoundTitle, t.notFoundBody), chrome: { ...chrome(index), breaking: [] } };
}

export function errorPage(index: ContentIndex): ErrorPageData {
  return { head: plainHead(t.errorTitle, t.errorBody), chrome: { ...chrome(index), breaking: [] } };
}
