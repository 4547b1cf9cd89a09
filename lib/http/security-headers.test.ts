import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaderRules } from "./security-headers";

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((d) => {
      const [name = "", ...sources] = d.split(" ");
      return [name, sources];
    }),
  );
}

const headersFor = (siteUrl: string, source = "/:path*") =>
  new Map(
    securityHeaderRules(siteUrl)
      .find((rule) => rule.source === source)
      ?.headers.map((h) => [h.key, h.value]),
  );

// sha256 of lib/pages/theme-script.ts's snippet, worked out apart from the code (`printf %s "$snippet" | openssl dgst -sha256 -binary | base64`).
const THEME_SNIPPET_HASH = "'sha256-YuRQ4nuJ0uF0ixaggZuwo3yVDxI5myY9Vvw+RHwMG8k='";

describe("content security policy", () => {
  const prerendered = directives(contentSecurityPolicy({ https: false }));

  it("allows scripts from the site and the theme snippet by its hash, nothing inline besides", () => {
    expect(prerendered.get("default-src")).toEqual(["'self'"]);
    expect(prerendered.get("script-src")).toEqual(["'self'", THEME_SNIPPET_HASH]);
    expect(prerendered.get("script-src-attr")).toEqual(["'none'"]);
    expect(prerendered.get("object-src")).toEqual(["'none'"]);
    expect(prerendered.get("base-uri")).toEqual(["'none'"]);
    expect(prerendered.get("form-action")).toEqual(["'self'"]);
    expect(prerendered.get("frame-ancestors")).toEqual(["'none'"]);
    expect(prerendered.get("frame-src")).toEqual(["https://www.youtube-nocookie.com"]);
    expect(prerendered.get("img-src")).toEqual(["'self'", "data:", "https:"]);
    expect(prerendered.get("font-src")).toEqual(["'self'"]);
  });

  it("never allows eval or inline scripts outside next dev, whose fast refresh needs both", () => {
    for (const https of [true, false]) {
      expect(contentSecurityPolicy({ https })).not.toContain("unsafe-eval");
      expect(directives(contentSecurityPolicy({ https })).get("script-src")).not.toContain("'unsafe-inline'");
    }
    expect(directives(contentSecurityPolicy({ https: false, dev: true })).get("script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'unsafe-eval'",
    ]);
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
    expect(headersFor("https://khabarnama.pk").get("Strict-Transport-Security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });

  it("lets other sites show the pictures", () => {
    for (const source of ["/images/:path*", "/_next/image"]) {
      expect(headersFor("http://localhost:3000", source).get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
    }
  });
});
