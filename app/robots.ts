import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    // Search result pages are endless and say noindex themselves; keep crawlers off them.
    rules: { userAgent: "*", allow: "/", disallow: "/search" },
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/news-sitemap.xml")],
  };
}
