/** The 11-character id of a YouTube video, from the forms editors paste. */
const ID = /^[A-Za-z0-9_-]{11}$/;
const HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"]);

export function youtubeId(value: string): string | null {
  const text = value.trim();
  if (ID.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (!HOSTS.has(url.hostname)) return null;
  const segments = url.pathname.split("/").filter(Boolean);
  let candidate: string | null | undefined;
  if (url.hostname === "youtu.be") candidate = segments[0];
  else if (segments[0] === "watch") candidate = url.searchParams.get("v");
  else if (segments[0] === "shorts" || segments[0] === "embed" || segments[0] === "live") candidate = segments[1];
  return candidate && ID.test(candidate) ? candidate : null;
}
