import type { NextApiRequest, NextApiResponse } from "next";
import { getContentIndex } from "@/lib/content";
import { memoByVersion } from "@/lib/feeds/memo";
import { sendDocument } from "@/lib/feeds/response";
import { buildSitemapPart, sitemapFileNames } from "@/lib/feeds/sitemap";

/** /sitemaps/<file> (next.config.ts rewrites): one file of the sitemap index; proxy.ts sends names it does not list to the 404. */
export default function sitemapFile(request: NextApiRequest, response: NextApiResponse): void {
  const file = String(request.query.file);
  const index = getContentIndex();
  if (!sitemapFileNames(index).includes(file)) {
    response.status(404).end();
    return;
  }
  const body = memoByVersion(`sitemap:${file}`, index.version(), () => buildSitemapPart(index, file) ?? "");
  sendDocument(request, response, body, "application/xml");
}
