/**
 * Text as an image layer, shaped by libvips' Pango and HarfBuzz: the engine
 * Chromium shapes with, so Nastaliq joins, stacks and kerns as on the page.
 */
import sharp from "sharp";
import { CARD_FONT_FAMILY, cardFontPaths } from "./fonts";

/** RGBA pixels cropped to the ink, so a layer's edges are its letters' edges. */
export interface TextLayer {
  data: Buffer;
  width: number;
  height: number;
}

export interface TextStyle {
  /** Pixels (libvips' 72 dpi makes a point one pixel). */
  size: number;
  color: string;
  /** Wrap at this many pixels; one line when absent. */
  width?: number;
  /** Line pitch as a multiple of the size. */
  lineHeight?: number;
}

/** Noto Nastaliq's own line (ascent + descent) is 2.5 em; Pango's line_height scales that. */
const FONT_LINE_EM = 2.5;

/** Pango markup is XML: a headline's & < > must not become tags. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

let registered: Promise<void> | undefined;

/**
 * libvips takes one `fontfile` a call but adds each to the process's
 * fontconfig for good. Setting a character once with the Latin file
 * registers it, so later calls naming the Urdu file can fall back to it for
 * digits and Latin instead of to whatever system font the server has.
 */
function registerFonts(): Promise<void> {
  registered ??= sharp({ text: { text: "0", font: `${CARD_FONT_FAMILY} 8`, fontfile: cardFontPaths().latin } })
    .raw()
    .toBuffer()
    .then(() => undefined);
  return registered;
}

/**
 * Sets `text` (plain, escaped here) right to left: the leading RLM makes
 * every paragraph RTL, even one that opens with "PSX", and Pango reads
 * "left" alignment as the paragraph's start, the right edge, for RTL.
 */
export async function renderText(text: string, style: TextStyle): Promise<TextLayer> {
  await registerFonts();
  const lineHeight = style.lineHeight ? ` line_height="${(style.lineHeight / FONT_LINE_EM).toFixed(3)}"` : "";
  const markup = `<span foreground="${style.color}"${lineHeight}>\u200f${escapeMarkup(text)}</span>`;
  const { data, info } = await sharp({
    text: {
      text: markup,
      font: `${CARD_FONT_FAMILY} ${style.size}`,
      fontfile: cardFontPaths().urdu,
      rgba: true,
      align: "left",
      // Between words; inside one only if it is wider than the line on its own.
      wrap: "word-char",
      ...(style.width ? { width: style.width } : {}),
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
