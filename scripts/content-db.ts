/**
 * `npm run content:db [-- --out FILE]`: validates content/ and writes the
 * content database (default: where the server reads it, CONTENT_DB or
 * .next/content.db). `next build` runs it after compiling, before any page
 * is rendered (next.config.ts); run it alone to rebuild the database
 * without a whole build. Bad content is refused with every problem listed,
 * one line each, and nothing is written.
 */
import { ContentError } from "@/lib/content";
import { buildContentDatabase } from "@/lib/content/build";
import { contentDatabasePath } from "@/lib/content/database";

const at = process.argv.indexOf("--out");
const file = at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : contentDatabasePath();

async function main(): Promise<void> {
  try {
    const report = await buildContentDatabase(file);
    console.log(
      `content database: ${report.stories} stories, ${report.authors} authors written to ${file} in ${report.ms} ms`,
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const line of error.lines) console.error(line);
    console.error(
      `content check failed: ${error.lines.length} error(s); nothing was built (npm run content:check lists warnings too)`,
    );
    process.exit(1);
  }
}

void main();
