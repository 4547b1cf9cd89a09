/** Tag pages carry the tag in Urdu, percent-encoded, under its usual spelling (the index knows it). */

export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

/**
 * The tag a URL segment names. Next.js hands some segments over still
 * percent-encoded and some decoded, so decode once; a segment that does not
 * decode is taken as it is (a literal `%` in an already decoded tag).
 */
export function tagFromSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
