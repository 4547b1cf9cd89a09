/** /corrections: every correction of a published story, newest first, each linked to its story. */
import type { ContentIndex, StoryTeaser } from "@/lib/content";
import { siteFeedLink } from "@/lib/feeds/alternate";
import { defaultShareImage, pageTitle, twitterCardFor } from "@/lib/seo/head";
import { absoluteUrl } from "@/lib/site";
import { t } from "@/lib/urdu/strings";
import { chrome, type PageData } from "./chrome";

export const CORRECTIONS_PATH = "/corrections";

export type CorrectionsPageData = PageData<{
  corrections: { story: StoryTeaser; date: Date; text: string }[];
}>;

export function correctionsPage(index: ContentIndex): CorrectionsPageData {
  const image = defaultShareImage();
  return {
    corrections: index.corrections(),
    head: {
      title: pageTitle(t.corrections),
      description: t.correctionsDescription,
      canonical: absoluteUrl(CORRECTIONS_PATH),
      feeds: [siteFeedLink],
      og: { type: "website", title: t.corrections, url: absoluteUrl(CORRECTIONS_PATH), image },
      twitterCard: twitterCardFor(image),
      jsonLd: [],
    },
    chrome: chrome(index),
  };
}
