/** One place for what the site says about itself. */

const DEFAULT_SITE_URL = "http://localhost:3000";

function siteUrlFromEnv(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  return raw.replace(/\/+$/, "");
}

export const site = {
  name: "خبرنامہ",
  /** Latin form of the name, for feeds and places that need it. */
  latinName: "Khabarnama",
  tagline: "تازہ خبریں، سچی خبریں",
  url: siteUrlFromEnv(),
  locale: "ur_PK",
  language: "ur",
  timeZone: "Asia/Karachi",
  whatsappChannel: "https://whatsapp.com/channel/0029VaKhabarnamaUrdu01",
  defaultImage: { src: "/images/site-default.jpg", width: 1200, height: 630, alt: "خبرنامہ" },
  logo: { src: "/images/logo.png", width: 512, height: 512 },
} as const;

/** An absolute URL on this site for a path such as `/news/x`. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
}
