/**
 * Runs once as the production server starts, before it takes requests. It
 * reads content/ here, so the index it serves is the content as it stood at
 * start: a story file deleted or broken while it runs changes nothing until
 * the next build and restart. It builds the search index here too: at
 * 10,000 stories that takes some 9 s of CPU (normalising every story's
 * words), which would otherwise stall the whole process, every reader with
 * it, on the first search after a deploy.
 * And it answers TRACE, which Next itself cannot (trace-guard.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ refuseTrace }, { site }, { getContentIndex }, { getSearchIndex }] = await Promise.all([
    import("@/lib/http/trace-guard"),
    import("@/lib/site"),
    import("@/lib/content"),
    import("@/lib/search"),
  ]);
  refuseTrace(site.url);
  getContentIndex();
  getSearchIndex();
}
