import { getContentIndex } from "@/lib/content";
import { buildNewsSitemap } from "@/lib/feeds/news-sitemap";
import { xmlResponse } from "@/lib/feeds/response";

// The 48-hour window is measured from each request, so this is never prerendered.
export const dynamic = "force-dynamic";

/** Google News sitemap of the stories of the last 48 hours. */
export function GET(): Response {
  return xmlResponse(buildNewsSitemap(getContentIndex().stories, new Date()), "application/xml");
}
