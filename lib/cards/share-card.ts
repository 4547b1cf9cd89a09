/**
 * A story's own share card, for stories without a picture: the headline in
 * Nastaliq on the site's colours, with its section, date line and the
 * site's name, as a 1200×630 PNG well under WhatsApp's 300 KB preview limit.
 *
 * sharp (libvips, a prebuilt binary from npm) sets the text with Pango,
 * HarfBuzz and fribidi, so Urdu is shaped as Chromium, also HarfBuzz, shapes
 * it (tests/share-card.spec.ts compares the two). next/og's Satori has no
 * bidi (vercel/satori#74) and shapes with opentype.js, not HarfBuzz, which
 * cannot set Nastaliq's joined, sloping words.
 */
import sharp, { type OutputInfo, type OverlayOptions } from "sharp";
import { site } from "@/lib/site";
import { bar, body, CARD_HEIGHT, CARD_WIDTH, colors, footer, INLINE_MARGIN } from "./design";
import { fitHeadline } from "./headline";
import { renderText, type TextLayer } from "./text";
import { asShown, type ShareCard } from "./version";

export { cardVersion, type ShareCard } from "./version";

/** The flat shapes under the text; drawn once a process and kept as pixels. */
const BACKGROUND_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">
  <rect width="100%" height="100%" fill="${colors.surface}"/>
  <rect width="100%" height="${bar.height}" fill="${colors.brand}"/>
  <rect y="${footer.top}" width="100%" height="${CARD_HEIGHT - footer.top}" fill="${colors.brandLight}"/>
  <rect y="${CARD_HEIGHT - footer.edge}" width="100%" height="${footer.edge}" fill="${colors.brandDark}"/>
</svg>`;
let background: Promise<{ data: Buffer; info: OutputInfo }> | undefined;
const drawBackground = () =>
  (background ??= sharp(Buffer.from(BACKGROUND_SVG)).raw().toBuffer({ resolveWithObject: true }));

/** A layer placed with its ink's right edge on the margin: where an RTL line starts. */
function atStart(layer: TextLayer, top: number): OverlayOptions {
  return {
    input: layer.data,
    raw: { width: layer.width, height: layer.height, channels: 4 },
    left: CARD_WIDTH - INLINE_MARGIN - layer.width,
    top: Math.round(top),
  };
}

/** The top of something `height` tall, centred in the band from `from` to `to`. */
const centred = (height: number, from: number, to: number) => from + (to - from - height) / 2;

export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const [base, name, section, dateLine, headline] = await Promise.all([
    drawBackground(),
    renderText(site.name, { size: bar.nameSize, color: colors.brandContrast }),
    renderText(asShown(card.section), { size: body.sectionSize, color: colors.brand }),
    renderText(asShown(card.dateLine), { size: footer.dateSize, color: colors.brandDark }),
    fitHeadline(asShown(card.headline)),
  ]);
  // Section and headline are centred together between the bar and the footer.
  const groupTop = centred(section.height + body.gap + headline.height, bar.height, footer.top);
  return (
    sharp(base.data, { raw: base.info })
      .composite([
        atStart(name, centred(name.height, 0, bar.height)),
        atStart(section, groupTop),
        atStart(headline, groupTop + section.height + body.gap),
        atStart(dateLine, centred(dateLine.height, footer.top, CARD_HEIGHT - footer.edge)),
      ])
      // The card's few colours and their anti-aliasing fit a palette: 40% fewer bytes than truecolour.
      .png({ palette: true, colours: 64, dither: 0, compressionLevel: 9, effort: 3 })
      .toBuffer()
  );
}
