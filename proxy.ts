import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { site } from "@/lib/site";

/** A nonce per request: 16 random bytes, base64. */
function makeNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * /search is the one page rendered per request and the one that echoes
 * what a stranger typed, so it gets a nonce policy instead of
 * 'unsafe-inline'. Next reads the nonce from the request's CSP header and
 * puts it on its own scripts.
 */
function withNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ https: site.url.startsWith("https://"), nonce: makeNonce() });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * The site only reads: with no forms that post and no server actions, any
 * other method is refused up front instead of rendering a page for it.
 * A path whose percent-encoding does not decode (`/news/%FF`) would be a
 * bare 500 from Next itself before any page runs; send it to the Urdu 404.
 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse(null, { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  const { pathname } = new URL(request.url);
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL("/not-found-malformed-url", request.url), { status: 404 });
  }
  return pathname === "/search" ? withNonce(request) : NextResponse.next();
}

export const config = {
  // Pictures under /images too: Next answers 500 to other methods on public files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
