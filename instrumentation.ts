/**
 * Runs once as the production server starts, before it takes requests: it
 * opens the content database the build wrote (so a missing or mismatched
 * one fails the start, not the first reader), says so when the server's
 * SITE_URL is not the address the build was made for, and answers TRACE,
 * which Next itself cannot (trace-guard.ts).
 */
export async function register() {
  if (
    process.env.NEXT_RUNTIME !== "nodejs" ||
    process.env.NODE_ENV !== "production" ||
    process.env.NEXT_PHASE === "phase-production-build"
  )
    return;
  const [{ refuseTrace }, { normalSiteUrl, site }, { getContentIndex }] = await Promise.all([
    import("@/lib/http/trace-guard"),
    import("@/lib/site"),
    import("@/lib/content"),
  ]);
  refuseTrace(site.url);
  getContentIndex();
  // The build's address is what every page names, whatever this server was started with: a
  // different one is worth a line in the log, not an outage (docs/deploy.md).
  const started = process.env.SITE_URL?.trim();
  if (!started || normalSiteUrl(started) !== site.url) {
    console.warn(
      `site: SITE_URL is ${started ? `"${started}"` : "not set"} here; serving the build's address ${site.url} (rebuild with SITE_URL to change it)`,
    );
  }
}
