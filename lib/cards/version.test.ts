import { describe, expect, it } from "vitest";
import { cardVersion } from "./version";

const card = { headline: "کوئٹہ میں برف باری", section: "پاکستان", dateLine: "بدھ 28 جنوری 2026" };

describe("cardVersion", () => {
  it("is short, URL-safe and the same for the same card", () => {
    expect(cardVersion(card)).toMatch(/^[0-9a-f]{10}$/);
    expect(cardVersion({ ...card })).toBe(cardVersion(card));
  });

  it("changes with anything the card shows", () => {
    const versions = new Set([
      cardVersion(card),
      cardVersion({ ...card, headline: `${card.headline}،` }),
      cardVersion({ ...card, section: "دنیا" }),
      cardVersion({ ...card, dateLine: "جمعرات 29 جنوری 2026" }),
    ]);
    expect(versions.size).toBe(4);
  });

  it("ignores spacing the card does not show", () => {
    expect(cardVersion({ ...card, headline: ` ${card.headline.replace(" ", "\n ")} ` })).toBe(cardVersion(card));
  });
});
