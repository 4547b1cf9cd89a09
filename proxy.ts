import { NextResponse, type NextRequest } from "next/server";
import { knownPath } from "@/lib/http/known-paths";
import { PAGED_LIST } from "@/lib/lists/pagination";
import { cleanQuery, pageNumber } from "@/lib/search/params";
import { searchResultsPath } from "@/lib/search/route-key";

// What a `?page=` value may be to stand in a path: anything else would land in the Location header and fail it.
const PATH_SAFE = /^[A-Za-z0-9._~-]{1,20}$/;

const PUBLISH_PATH = "/api/publish";

const notFound = (request: NextRequest) =>
  NextResponse.rewrite(new URL("/not-found-malformed-url", request.url), { status: 404 });

/**
 * Before any page runs:
 * - The site only reads: with no forms that post, any method but GET and
 *   HEAD is refused up front instead of rendering a page for it; only
 *   /api/publish, which holds its own key, takes a POST.
 * - A path whose percent-encoding does not decode (`/news/%FF`) would be a
 *   bare 500 from Next itself; it gets the Urdu 404.
 * - `?page=N` on a list moves for good to `/page/N`, the query dropped, so
 *   each page of a list has one address (and one cached copy).
 * - A search is served by the page of its own path, so the same search
 *   asked by a thousand readers is rendered once (lib/search/route-key.ts).
 * - Feeds, sitemaps and share cards are API routes under their public
 *   names (next.config.ts); /api/ itself is not the site's, and a name
 *   that none of them has is the Urdu 404 (lib/http/known-paths.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = new URL(request.url);
  // The one thing that posts: editors' publishing, which checks its own token (pages/api/publish.ts).
  // On a server started without a token it is not there: a POST is refused as anywhere else, a GET is the 404.
  if (pathname === PUBLISH_PATH && process.env.PUBLISH_TOKEN) return NextResponse.next();
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse(null, { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return notFound(request);
  }
  const page = searchParams.get("page");
  if (page !== null && PAGED_LIST.test(pathname)) {
    if (!PATH_SAFE.test(page)) return notFound(request);
    return NextResponse.redirect(new URL(page === "1" ? pathname : `${pathname}/page/${page}`, request.url), 308);
  }
  if (pathname.startsWith("/api/") || !knownPath(pathname)) return notFound(request);
  if (pathname === "/search") {
    const query = cleanQuery(searchParams.getAll("q"));
    if (query)
      return NextResponse.rewrite(new URL(searchResultsPath(query, pageNumber(page ?? undefined)), request.url));
  }
  return NextResponse.next();
}

export const config = {
  // Pictures under /images too: Next answers 500 to other methods on public files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
