import type { NextApiRequest, NextApiResponse } from "next";
import { getContentIndex } from "@/lib/content";
import { buildNewsSitemap } from "@/lib/feeds/news-sitemap";
import { sendDocument } from "@/lib/feeds/response";

/** /news-sitemap.xml (next.config.ts rewrites): the Google News sitemap; its 48-hour window is measured from each request. */
export default function newsSitemap(request: NextApiRequest, response: NextApiResponse): void {
  const index = getContentIndex();
  sendDocument(
    request,
    response,
    buildNewsSitemap(index, new Date()),
    "application/xml",
    index.newestChange({ of: "all" }),
  );
}
