import type { NextConfig } from "next";
import { cacheHeaderRules } from "./lib/http/cache-headers";
import { securityHeaderRules } from "./lib/http/security-headers";
import { pageQueryRedirects } from "./lib/pagination";
import { site } from "./lib/site";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets several builds live side by side (a developer's and a test run's).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  redirects: async () => pageQueryRedirects(),
  // One list per concern; a later rule wins where two set the same header.
  headers: async () => [...securityHeaderRules(site.url), ...cacheHeaderRules()],
  experimental: {
    // Regenerated pages and the 404s of unknown slugs stay in the server's
    // bounded memory cache instead of files: otherwise every made-up URL under
    // /news/, /tags/... writes ~24 kB to disk, a disk-filling attack.
    isrFlushToDisk: false,
  },
};

export default nextConfig;
