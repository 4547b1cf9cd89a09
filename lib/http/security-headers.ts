/**
 * The security headers every response carries, and the Content-Security-
 * Policy, in one place: next.config.ts serves them, proxy.ts swaps in a
 * nonce policy for the one page rendered per request (/search).
 */
import { createHash } from "node:crypto";
import { THEME_SCRIPT } from "../theme-script";

export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

const YOUTUBE_EMBED = "https://www.youtube-nocookie.com";

/** The theme script's hash: a nonce policy cannot use 'unsafe-inline', and the shared layout carries no nonce. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`;

export interface CspOptions {
  /** SITE_URL is https: insecure subresource URLs are upgraded. */
  https: boolean;
  /** A fresh per-request nonce, for pages rendered per request. */
  nonce?: string;
}

export function contentSecurityPolicy({ https, nonce }: CspOptions): string {
  // Prerendered pages are built once, so they cannot carry a per-request nonce,
  // and Next writes the page's data into inline <script> tags that differ per
  // page (self.__next_f.push) beside the theme script: 'unsafe-inline' is what
  // lets them run. script-src-attr 'none' still refuses inline event handlers
  // (onerror=...), the usual shape of an injected payload.
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'", THEME_SCRIPT_HASH, "'self'"] : ["'self'", "'unsafe-inline'"];
  const directives: string[][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    ["script-src-attr", "'none'"],
    // Next inlines the font-face CSS and React writes style attributes.
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
  ...["autoplay", "encrypted-media", "fullscreen", "picture-in-picture"].map((feature) => `${feature}=(self "${YOUTUBE_EMBED}")`),
].join(", ");

/** The rules for next.config.ts `headers()`, for a site served at `siteUrl`. */
export function securityHeaderRules(siteUrl: string): HeaderRule[] {
  const https = siteUrl.startsWith("https://");
  const everywhere = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ https }) },
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
  // Pictures are public and may be shown by other sites that link a story;
  // a later rule overrides the same header of an earlier one.
  const embeddable = [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }];
  return [
    { source: "/:path*", headers: everywhere },
    { source: "/images/:path*", headers: embeddable },
    { source: "/_next/image", headers: embeddable },
  ];
}
