import { describe, expect, it } from "vitest";
import { parseLiveBody, updateAnchor } from "./live";

// Every unit test runs with the server in UTC and in New York: times are Karachi's whatever the zone.
const storyDate = new Date("2026-11-29T22:00:00+05:00");
const iso = (date: Date) => date.toISOString();

describe("a live page's updates", () => {
  const body = [
    "سیلاب کی صورت حال پر لمحہ بہ لمحہ خبریں۔",
    "",
    "## 22:10 دریائے سندھ میں پانی کی سطح بلند",
    "گڈو بیراج پر پانی کی آمد بڑھ گئی۔",
    "",
    "### ضلعی انتظامیہ",
    "نشیبی علاقے خالی کرانے کا حکم۔",
    "## ۲۳:۴۵",
    "رات گئے مزید بارش۔",
    "## 2026-11-30 06:30 صبح کی صورت حال",
    "پانی اتر رہا ہے۔",
    "## 09:15 — امدادی کیمپ",
    "```",
    "## 08:00 this is code, not an update",
    "```",
    "## 2026-11-30T11:00:00Z ایک بین الاقوامی وقت",
    "آخری خبر۔",
  ].join("\n");
  const live = parseLiveBody(body, storyDate);

  it("reads each heading's time in Karachi time, on the day of the update before it, and its headline", () => {
    expect(live.problems).toEqual([]);
    expect(live.updates.map((u) => [iso(u.at), u.headline, u.line])).toEqual([
      ["2026-11-29T17:10:00.000Z", "دریائے سندھ میں پانی کی سطح بلند", 3],
      ["2026-11-29T18:45:00.000Z", null, 8],
      ["2026-11-30T01:30:00.000Z", "صبح کی صورت حال", 10],
      ["2026-11-30T04:15:00.000Z", "امدادی کیمپ", 12],
      ["2026-11-30T11:00:00.000Z", "ایک بین الاقوامی وقت", 16],
    ]);
  });

  it("keeps the introduction, each update's text with its subheadings, and code as it is", () => {
    expect(live.intro).toBe("سیلاب کی صورت حال پر لمحہ بہ لمحہ خبریں۔");
    expect(live.updates[0]?.body).toBe("گڈو بیراج پر پانی کی آمد بڑھ گئی۔\n\n### ضلعی انتظامیہ\nنشیبی علاقے خالی کرانے کا حکم۔");
    expect(live.updates[3]?.body).toBe("```\n## 08:00 this is code, not an update\n```");
  });

  it("names the line of a heading with no time, and of one before the update above it or the story", () => {
    const bad = parseLiveBody(["## 22:30 پہلی", "متن", "## پس منظر", "متن", "## 21:00 پیچھے گئی", "متن"].join("\n"), storyDate);
    expect(bad.problems).toEqual([
      {
        line: 3,
        message: '"## پس منظر" does not begin with an update\'s time; expected "## 14:05 سرخی" (Karachi time, on the day of the update before it) or "## 2026-11-30 14:05 سرخی"',
      },
      { line: 5, message: "2026-11-29T21:00:00+05:00 is before the update above it (2026-11-29T22:30:00+05:00); updates are written oldest first, each at or after the one before" },
    ]);
    expect(parseLiveBody("## 21:59 پہلے", storyDate).problems).toEqual([
      { line: 1, message: "2026-11-29T21:59:00+05:00 is before the story's date 2026-11-29T22:00:00+05:00; updates are written oldest first, each at or after the one before" },
    ]);
    expect(parseLiveBody("## 25:10 غلط", storyDate).problems.map((p) => p.line)).toEqual([1]);
  });

  it("gives each update an anchor by its Karachi date and time", () => {
    expect(updateAnchor(new Date("2026-11-29T17:10:00Z"))).toBe("update-20261129-2210");
    expect(updateAnchor(new Date("2026-11-29T19:05:00Z"))).toBe("update-20261130-0005");
  });
});
