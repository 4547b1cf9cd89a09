/**
 * Runs once as the production server starts. It reads content/ here, so
 * the index it serves is the content as it stood at start: a story file
 * deleted or broken while it runs changes nothing until the next build and
 * restart. And it answers TRACE, which Next itself cannot (trace-guard.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ refuseTrace }, { site }, { getContentIndex }] = await Promise.all([import("@/lib/http/trace-guard"), import("@/lib/site"), import("@/lib/content")]);
  refuseTrace(site.url);
  getContentIndex();
}
