import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { colors } from "./design";

/** The light theme's custom properties, from the first :root block of styles/globals.css. */
function lightTheme(): Map<string, string> {
  const css = fs.readFileSync("styles/globals.css", "utf8");
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  return new Map([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

describe("share card colours", () => {
  it("are the site's light theme", () => {
    const theme = lightTheme();
    const cssName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const [key, value] of Object.entries(colors)) expect(theme.get(cssName(key)), key).toBe(value);
  });
});
