/** An XML body as a response, with its charset named so readers never guess. */
export function xmlResponse(body: string, type: "application/rss+xml" | "application/xml"): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      // Content changes only with a deploy; a few minutes' caching spares the server.
      "Cache-Control": "public, max-age=300",
    },
  });
}
