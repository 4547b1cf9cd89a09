import localFont from "next/font/local";
import "./font-fallback.css";

/**
 * Noto Nastaliq Urdu, self-hosted (the build runs offline): the regular
 * weight only, cut to the characters Urdu uses with every shaping feature
 * kept (`npm run font:subset`; 131 KB where the whole font is 156 KB).
 *
 * One file, preloaded by every page, since every page is Urdu text. It
 * stands for weights 400 to 700, so headings and <strong> use it as it is:
 * a second, bold file would cost another 154 KB on a phone's first visit,
 * and a browser's faked bold smears Nastaliq. Latin inside Urdu falls back
 * to the system font, which reads better than Nastaliq's Latin.
 *
 * Until the file arrives, text is set in a Naskh font sized to Nastaliq's
 * metrics (app/font-fallback.css), so the swap moves nothing.
 */
export const nastaliq = localFont({
  src: [{ path: "./font-files/noto-nastaliq-urdu-400.woff2", weight: "400 700", style: "normal" }],
  variable: "--font-nastaliq",
  display: "swap",
  preload: true,
  // Next's own fallback is sized from Latin letters in Arial; ours is sized from Urdu.
  adjustFontFallback: false,
  fallback: ["Nastaliq Fallback Naskh", "Nastaliq Fallback Sans", "serif"],
});
