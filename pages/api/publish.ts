import type { NextApiRequest, NextApiResponse } from "next";
import { publishContent } from "@/lib/content/publish";
import { isPublishToken } from "@/lib/http/publish-token";

/**
 * POST /api/publish, with `Authorization: Bearer <PUBLISH_TOKEN>`: takes
 * what changed in content/ into this server's database (lib/content/
 * publish.ts) and regenerates the pages it touches, at once. `npm run
 * publish` pulls the editors' commits and calls it. With no PUBLISH_TOKEN
 * configured the endpoint is off: proxy.ts refuses a POST as anywhere on
 * the site, and this answers 404 should one reach it.
 */
export default async function publish(request: NextApiRequest, response: NextApiResponse): Promise<void> {
  response.setHeader("Cache-Control", "no-store");
  const token = process.env.PUBLISH_TOKEN;
  if (!token) {
    response.status(404).end();
    return;
  }
  if (request.method !== "POST") {
    response.setHeader("Allow", "POST");
    response.status(405).end();
    return;
  }
  if (!isPublishToken(request.headers.authorization, token)) {
    response.setHeader("WWW-Authenticate", 'Bearer realm="publish"');
    response.status(401).json({ error: "a publish needs Authorization: Bearer <PUBLISH_TOKEN>" });
    return;
  }
  const outcome = publishContent();
  if (!outcome.ok) {
    console.error(`publish: refused, the last good content keeps serving:\n${outcome.lines.join("\n")}`);
    response.status(422).json({ problems: outcome.lines });
    return;
  }
  const failed: string[] = [];
  for (const path of outcome.paths) {
    await response.revalidate(path).catch(() => failed.push(path));
  }
  console.log(
    `publish: ${outcome.files.length} file(s) taken in, ${outcome.paths.length - failed.length} page(s) regenerated${outcome.files.length ? `: ${outcome.files.join(", ")}` : ""}`,
  );
  response
    .status(200)
    .json({ files: outcome.files, regenerated: outcome.paths.filter((path) => !failed.includes(path)), failed });
}
