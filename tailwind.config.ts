import type { Config } from "tailwindcss";

// Loaded by `@config` in app/globals.css. Colours are CSS variables set in
// globals.css, so the dark theme swaps values, not class names; each pair
// is chosen for AA contrast in both themes.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.ts"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "var(--brand)", dark: "var(--brand-dark)", light: "var(--brand-light)", contrast: "var(--brand-contrast)" },
        ink: { DEFAULT: "var(--ink)", muted: "var(--ink-muted)" },
        surface: { DEFAULT: "var(--surface)", raised: "var(--surface-raised)" },
        line: "var(--line)",
        alert: { DEFAULT: "var(--alert)", contrast: "var(--alert-contrast)" },
      },
      fontFamily: {
        urdu: ["var(--font-nastaliq)", "serif"],
      },
      maxWidth: {
        page: "76rem",
        prose: "42rem",
      },
    },
  },
};

export default config;
