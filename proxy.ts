import { NextResponse, type NextRequest } from "next/server";

/**
 * A path whose percent-encoding does not decode (`/news/%FF`) would be a
 * bare 500 from Next itself before any page runs; send it to the Urdu 404.
 */
export function proxy(request: NextRequest) {
  const { pathname } = new URL(request.url);
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/not-found-malformed-url", request.url), { status: 404 });
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|images/|favicon.ico|icon.svg).*)"],
};
