/**
 * Fits a headline into the card: the largest of the design's sizes at
 * which its wrapped lines' ink fits the box, measured by setting it (a
 * Nastaliq line's height depends on its letters, so no estimate is safe).
 */
import sharp from "sharp";
import { body, colors } from "./design";
import { renderText, type TextLayer } from "./text";

const ELLIPSIS = "\u2026";

const fits = (layer: TextLayer) => layer.width <= body.headlineWidth && layer.height <= body.headlineHeight;

const set = (text: string, size: number) =>
  renderText(text, { size, color: colors.ink, width: body.headlineWidth, lineHeight: body.lineHeight });

export async function fitHeadline(headline: string): Promise<TextLayer> {
  for (const size of body.headlineSizes) {
    const layer = await set(headline, size);
    if (fits(layer)) return layer;
  }
  return shortened(headline.split(" "), Math.min(...body.headlineSizes));
}

/**
 * Too long even at the smallest size: as many whole words as fit, then an
 * ellipsis. Bisection over the word count: a few settings, not one a word.
 */
async function shortened(words: string[], size: number): Promise<TextLayer> {
  let best: TextLayer | undefined;
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const count = Math.ceil((low + high) / 2);
    const layer = await set(`${words.slice(0, count).join(" ")}${ELLIPSIS}`, size);
    if (fits(layer)) {
      best = layer;
      low = count;
    } else {
      high = count - 1;
    }
  }
  return best ?? cropped(await set(`${words[0] ?? ""}${ELLIPSIS}`, size));
}

/**
 * Only one word too long for the whole box (hundreds of letters without a
 * space, no real headline) gets here. Lines wrap inside a word that is wider
 * than the box, so only the height can be over: keep the first lines.
 */
async function cropped(layer: TextLayer): Promise<TextLayer> {
  const height = Math.min(layer.height, body.headlineHeight);
  const data = await sharp(layer.data, { raw: { width: layer.width, height: layer.height, channels: 4 } })
    .extract({ left: 0, top: 0, width: layer.width, height })
    .raw()
    .toBuffer();
  return { data, width: layer.width, height };
}
