// The house style, enforced: type-aware TypeScript rules, the React hooks
// rules, and the project's own boundaries (see the README's layout table).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Only lib/content/ reads the disk and parses front matter; scripts,
// benchmarks and tests set up files of their own.
const DISK_AND_PARSERS = {
  paths: [
    { name: "fs", message: "Only lib/content/ reads the disk: ask it for typed data." },
    { name: "node:fs", message: "Only lib/content/ reads the disk: ask it for typed data." },
    { name: "fs/promises", message: "Only lib/content/ reads the disk: ask it for typed data." },
    { name: "node:fs/promises", message: "Only lib/content/ reads the disk: ask it for typed data." },
    { name: "gray-matter", message: "Front matter is parsed in lib/content/ alone." },
    { name: "yaml", message: "YAML is parsed in lib/content/ alone." },
    { name: "js-yaml", message: "YAML is parsed in lib/content/ alone." },
    { name: "better-sqlite3", message: "Only lib/content/ opens the content database." },
  ],
};

// Physical directions break right-to-left pages: ms-/me-/ps-/pe-/start-/end-/text-start.
const PHYSICAL_CLASS = String.raw`(^|\s)(-?(m|p|scroll-m|scroll-p)[lr]|border-[lr]|rounded-[lr]|rounded-(t|b)[lr]|-?(left|right)|text-(left|right)|float-(left|right)|clear-(left|right))(-|\s|$)`;

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "no-restricted-imports": ["error", DISK_AND_PARSERS],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-syntax": [
        "error",
        {
          selector: `JSXAttribute[name.name='className'] Literal[value=/${PHYSICAL_CLASS}/]`,
          message: "Use logical classes (ms-, pe-, start-, text-start): pages are right to left.",
        },
        {
          selector: `JSXAttribute[name.name='className'] TemplateElement[value.raw=/${PHYSICAL_CLASS}/]`,
          message: "Use logical classes (ms-, pe-, start-, text-start): pages are right to left.",
        },
      ],
    },
  },
  {
    // Components are named for what they show and imported by that name.
    files: ["components/**/*.tsx", "lib/**/*.ts"],
    rules: {
      "no-restricted-exports": [
        "error",
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
    },
  },
  {
    files: [
      "lib/content/**",
      "lib/testing/**",
      "scripts/**",
      "bench/**",
      "tests/**",
      "**/*.test.ts",
      "playwright.config.ts",
      "vitest.config.mts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Tests read parsed JSON-LD, XML and JSON loosely on purpose: a document
    // of the wrong shape fails the assertion that reads it.
    files: ["tests/**", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["public/site.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
