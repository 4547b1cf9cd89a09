import localFont from "next/font/local";

/**
 * Noto Nastaliq Urdu, self-hosted from @fontsource (the build runs offline).
 * Only the Arabic-script files: Latin inside Urdu falls back to the system
 * font, which reads better than Nastaliq's Latin and costs nothing.
 */
export const nastaliq = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-nastaliq",
  display: "swap",
  fallback: ["Noto Naskh Arabic", "Tahoma", "serif"],
});
