import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CARD_FONT_FILES, cardFontPaths } from "./fonts";

describe("the share cards' font files", () => {
  it("are the files font:subset writes, and are there", () => {
    const paths = cardFontPaths();
    expect(paths).toEqual({ urdu: path.resolve(CARD_FONT_FILES.urdu), latin: path.resolve(CARD_FONT_FILES.latin) });
    expect(fs.existsSync(paths.urdu) && fs.existsSync(paths.latin)).toBe(true);
  });
});
