/** Share links built on the server, so they work with no JavaScript. */
export interface ShareTargets {
  facebook: string;
  x: string;
  whatsapp: string;
}

export function shareTargets(url: string, title: string): ShareTargets {
  const u = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    x: `https://twitter.com/intent/tweet?url=${u}&text=${encodeURIComponent(title)}`,
    // WhatsApp takes one text: the headline, then the link on its own line so the preview unfurls.
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title}\n`)}${u}`,
  };
}
