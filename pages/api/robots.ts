import type { NextApiRequest, NextApiResponse } from "next";
import { sendDocument } from "@/lib/feeds/response";
import { absoluteUrl } from "@/lib/site";

// Search result pages are endless and say noindex themselves; keep crawlers off them.
const ROBOTS = [
  "User-Agent: *",
  "Allow: /",
  "Disallow: /search",
  "",
  `Sitemap: ${absoluteUrl("/sitemap.xml")}`,
  `Sitemap: ${absoluteUrl("/news-sitemap.xml")}`,
  "",
].join("\n");

/** /robots.txt (next.config.ts rewrites), naming the sitemaps at the build's address. */
export default function robots(request: NextApiRequest, response: NextApiResponse): void {
  sendDocument(request, response, ROBOTS, "text/plain");
}
