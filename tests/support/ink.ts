/**
 * Compares two renderings of one line of text by the shape of their ink,
 * whatever their size, position or anti-aliasing: each is cropped to its
 * ink, stretched to one size, blurred and thresholded, and the score is the
 * overlap of the two (intersection over union: 1 is the same shape).
 */
import sharp, { type Region } from "sharp";
import type { TextLayer } from "@/lib/cards/text";

/** One byte a pixel, 0 for paper and 255 for full ink. */
export interface Ink {
  data: Buffer;
  width: number;
  height: number;
}

const COMMON = { width: 600, height: 120 };
/** The blur forgives a pixel's rounding; it is far finer than a letter's form. */
const BLUR_SIGMA = 2;
const INKED = 128;

/** Dark text on a light screenshot, as ink. */
export async function inkOfScreenshot(png: Buffer): Promise<Ink> {
  const { data, info } = await sharp(png)
    .flatten({ background: "#ffffff" })
    .greyscale()
    .negate()
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** An RGBA layer's coverage (its alpha), as ink. */
export async function inkOfLayer(layer: TextLayer): Promise<Ink> {
  const data = await sharp(layer.data, { raw: { width: layer.width, height: layer.height, channels: 4 } })
    .extractChannel(3)
    .raw()
    .toBuffer();
  return { data, width: layer.width, height: layer.height };
}

/** The smallest rectangle holding every pixel darker than faint anti-aliasing. */
function inkBox(ink: Ink): Region {
  let left = ink.width;
  let top = ink.height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x++) {
      if ((ink.data[y * ink.width + x] ?? 0) < 32) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) throw new Error("no ink");
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

async function normalised(ink: Ink): Promise<Buffer> {
  return sharp(ink.data, { raw: { width: ink.width, height: ink.height, channels: 1 } })
    .extract(inkBox(ink))
    .resize(COMMON.width, COMMON.height, { fit: "fill" })
    .blur(BLUR_SIGMA)
    .extractChannel(0)
    .raw()
    .toBuffer();
}

export async function inkOverlap(a: Ink, b: Ink): Promise<number> {
  const [x, y] = await Promise.all([normalised(a), normalised(b)]);
  let both = 0;
  let either = 0;
  for (let i = 0; i < x.length; i++) {
    const inA = (x[i] ?? 0) >= INKED;
    const inB = (y[i] ?? 0) >= INKED;
    if (inA && inB) both++;
    if (inA || inB) either++;
  }
  return either ? both / either : 0;
}
