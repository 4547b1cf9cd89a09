/** The publish endpoint's key: PUBLISH_TOKEN from the server's environment, sent as `Authorization: Bearer <token>`. */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * True only for the configured token in the Authorization header. Both
 * sides are hashed first, so the comparison takes the same time whatever
 * the length or the first wrong character of what was sent.
 */
export function isPublishToken(authorization: string | undefined, token: string): boolean {
  const sent = /^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(sent), digest(token)) && sent.length > 0;
}
