/** One place for what the site says about itself. */

const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * The site's address, without a trailing slash. In the server's bundles
 * KHABARNAMA_SITE_URL is the SITE_URL the build was made with, written in
 * at compile time (next.config.ts), so every render names the same address
 * whatever the server's own environment; scripts and tests read SITE_URL.
 */
function siteUrl(): string {
  return normalSiteUrl(process.env.KHABARNAMA_SITE_URL || process.env.SITE_URL?.trim() || DEFAULT_SITE_URL);
}

export const site = {
  name: "خبرنامہ",
  tagline: "تازہ خبریں، سچی خبریں",
  url: siteUrl(),
  locale: "ur_PK",
  language: "ur",
  whatsappChannel: "https://whatsapp.com/channel/0029VaKhabarnamaUrdu01",
  defaultImage: { src: "/images/site-default.jpg", width: 1200, height: 630, alt: "خبرنامہ" },
  logo: { src: "/images/logo.png", width: 512, height: 512 },
} as const;

/** An absolute URL on this site for a path such as `/news/x`. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
}

/** An address as site.url holds it: trimmed, no trailing slash. */
export function normalSiteUrl(raw: string): string {
  return raw.trim().replace(/\/+$/, "");
}
