/**
 * The security headers every response carries, and the Content-Security-
 * Policy, in one place; next.config.ts serves them. Pages send no
 * framework script and no data in inline scripts, so one strict policy
 * fits every page: scripts from this origin, and the one inline snippet
 * that picks the theme before first paint, by its hash.
 */
import { createHash } from "node:crypto";
// Relative, as next.config.ts loads this file and its loader knows no @/ alias.
import { THEME_SCRIPT } from "../pages/theme-script";

export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

const YOUTUBE_EMBED = "https://www.youtube-nocookie.com";

/** The theme snippet's hash, the one inline script the policy allows. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`;

export interface CspOptions {
  /** SITE_URL is https: insecure subresource URLs are upgraded. */
  https: boolean;
  /** Under next dev, whose fast refresh hydrates pages with inline data and eval'd modules. */
  dev?: boolean;
}

export function contentSecurityPolicy({ https, dev = false }: CspOptions): string {
  // script-src-attr 'none' refuses inline event handlers (onerror=...), the
  // usual shape of an injected payload, even where a script is allowed.
  const scripts = dev ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", THEME_SCRIPT_HASH];
  const directives: string[][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    ["script-src-attr", "'none'"],
    // React writes style attributes (a picture's frame, an avatar's size).
    ["style-src", "'self'", "'unsafe-inline'"],
    // A story's picture may be any https:// URL (the content contract).
    ["img-src", "'self'", "data:", "https:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["media-src", "'self'"],
    ["frame-src", YOUTUBE_EMBED],
    ["worker-src", "'none'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

// Features no page uses are switched off; those the YouTube player asks for
// are delegated to its frame alone.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "browsing-topics=()",
  ...["autoplay", "encrypted-media", "fullscreen", "picture-in-picture"].map(
    (feature) => `${feature}=(self "${YOUTUBE_EMBED}")`,
  ),
].join(", ");

/** The rules for next.config.ts `headers()`, for a site served at `siteUrl`. */
export function securityHeaderRules(siteUrl: string, { dev = false } = {}): HeaderRule[] {
  const https = siteUrl.startsWith("https://");
  const everywhere = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ https, dev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    // Sent only over https, or a plain-http site would lock itself out.
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
  // Pictures and share cards are public and may be shown by other sites that link a story;
  // a later rule overrides the same header of an earlier one.
  const embeddable = [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }];
  return [
    { source: "/:path*", headers: everywhere },
    { source: "/images/:path*", headers: embeddable },
    { source: "/_next/image", headers: embeddable },
    { source: "/cards/:file", headers: embeddable },
  ];
}
