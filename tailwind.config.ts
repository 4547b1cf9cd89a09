import type { Config } from "tailwindcss";

// Loaded by `@config` in styles/globals.css. Colours are CSS variables set in
// globals.css, so the dark theme swaps values, not class names; each pair
// is chosen for AA contrast in both themes.
const config: Config = {
  content: ["./pages/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.ts", "./public/site.js"],
  theme: {
    extend: {
      colors: {
        brand: {
          DEFAULT: "var(--brand)",
          dark: "var(--brand-dark)",
          light: "var(--brand-light)",
          contrast: "var(--brand-contrast)",
        },
        ink: { DEFAULT: "var(--ink)", muted: "var(--ink-muted)" },
        surface: { DEFAULT: "var(--surface)", raised: "var(--surface-raised)" },
        line: "var(--line)",
        alert: { DEFAULT: "var(--alert)", contrast: "var(--alert-contrast)" },
      },
      fontFamily: {
        urdu: ["var(--font-nastaliq)", "serif"],
      },
      // Tailwind's sizes carry Latin line heights (1.25-1.5) that clip
      // Nastaliq; every size here keeps at least 1.9, body sizes 2.
      fontSize: {
        xs: ["0.8125rem", { lineHeight: "2" }],
        sm: ["0.875rem", { lineHeight: "2" }],
        base: ["1rem", { lineHeight: "2" }],
        lg: ["1.125rem", { lineHeight: "2" }],
        xl: ["1.25rem", { lineHeight: "2" }],
        "2xl": ["1.5rem", { lineHeight: "1.9" }],
        "3xl": ["1.875rem", { lineHeight: "1.9" }],
        "4xl": ["2.25rem", { lineHeight: "1.9" }],
        "5xl": ["3rem", { lineHeight: "1.9" }],
        "6xl": ["3.75rem", { lineHeight: "1.9" }],
      },
      maxWidth: {
        page: "76rem",
        prose: "42rem",
      },
    },
  },
};

export default config;
