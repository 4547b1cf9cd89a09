import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { THEME_SCRIPT } from "@/lib/theme-script";
import { contentSecurityPolicy, securityHeaderRules, THEME_SCRIPT_HASH } from "./security-headers";

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split("; ").map((d) => {
    const [name = "", ...sources] = d.split(" ");
    return [name, sources];
  }));
}

const headersFor = (siteUrl: string, source = "/:path*") =>
  new Map(securityHeaderRules(siteUrl).find((rule) => rule.source === source)?.headers.map((h) => [h.key, h.value]));

describe("content security policy", () => {
  const prerendered = directives(contentSecurityPolicy({ https: false }));

  it("is as strict as prerendered pages allow", () => {
    expect(prerendered.get("default-src")).toEqual(["'self'"]);
    expect(prerendered.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(prerendered.get("script-src-attr")).toEqual(["'none'"]);
    expect(prerendered.get("object-src")).toEqual(["'none'"]);
    expect(prerendered.get("base-uri")).toEqual(["'none'"]);
    expect(prerendered.get("form-action")).toEqual(["'self'"]);
    expect(prerendered.get("frame-ancestors")).toEqual(["'none'"]);
    expect(prerendered.get("frame-src")).toEqual(["https://www.youtube-nocookie.com"]);
    expect(prerendered.get("img-src")).toEqual(["'self'", "data:", "https:"]);
    expect(prerendered.get("font-src")).toEqual(["'self'"]);
  });

  it("never allows eval", () => {
    for (const https of [true, false]) {
      expect(contentSecurityPolicy({ https })).not.toContain("unsafe-eval");
      expect(contentSecurityPolicy({ https, nonce: "abc" })).not.toContain("unsafe-eval");
    }
  });

  it("trades 'unsafe-inline' for the nonce and the theme script's hash on a per-request page", () => {
    const scripts = directives(contentSecurityPolicy({ https: false, nonce: "bm9uY2U=" })).get("script-src");
    expect(scripts).toContain("'nonce-bm9uY2U='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(THEME_SCRIPT_HASH).toBe(`'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`);
    expect(scripts).toContain(THEME_SCRIPT_HASH);
  });

  it("upgrades insecure requests only on an https site", () => {
    expect(prerendered.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("security header rules", () => {
  it("sends the fixed headers on every path", () => {
    const headers = headersFor("http://localhost:3000");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
    expect(headers.get("Permissions-Policy")).toContain("camera=()");
    expect(headers.get("Permissions-Policy")).toContain('fullscreen=(self "https://www.youtube-nocookie.com")');
  });

  it("sends HSTS only when the site is https", () => {
    expect(headersFor("http://localhost:3000").has("Strict-Transport-Security")).toBe(false);
    expect(headersFor("https://khabarnama.pk").get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("lets other sites show the pictures", () => {
    for (const source of ["/images/:path*", "/_next/image"]) {
      expect(headersFor("http://localhost:3000", source).get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
    }
  });
});
