import type { NextApiRequest, NextApiResponse } from "next";
import { getContentIndex } from "@/lib/content";
import { memoByVersion } from "@/lib/feeds/memo";
import { sendDocument } from "@/lib/feeds/response";
import { buildRootSitemap } from "@/lib/feeds/sitemap";

/** /sitemap.xml (next.config.ts rewrites): every URL, or past 50,000 the index of the files that hold them (lib/feeds/sitemap.ts). */
export default function rootSitemap(request: NextApiRequest, response: NextApiResponse): void {
  const index = getContentIndex();
  const sitemap = memoByVersion("sitemap", index.version(), () => ({
    body: buildRootSitemap(index),
    lastModified: index.newestChange({ of: "all" }),
  }));
  sendDocument(request, response, sitemap.body, "application/xml", sitemap.lastModified);
}
