import { describe, expect, it } from "vitest";
import { formatDateLine, formatTime, isoInKarachi, parseContentDate } from "./date";

describe("parseContentDate", () => {
  it.each([
    ["2026-01-28T14:05:00+05:00", "2026-01-28T09:05:00.000Z"],
    ["2026-01-28T09:05:00Z", "2026-01-28T09:05:00.000Z"],
    ["2026-01-28T14:05+05:00", "2026-01-28T09:05:00.000Z"],
    ["2026-01-28T04:05:00.250-05:00", "2026-01-28T09:05:00.250Z"],
    // A bare date is midnight in Karachi, which is 19:00 UTC the day before.
    ["2026-01-28", "2026-01-27T19:00:00.000Z"],
    // A time without an offset is Karachi time.
    ["2026-01-28T14:05:00", "2026-01-28T09:05:00.000Z"],
    ["2024-02-29", "2024-02-28T19:00:00.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseContentDate(input)?.toISOString()).toBe(expected);
  });

  it.each([
    "کل",
    "2026-13-45",
    "2026-02-30",
    "2025-02-29",
    "2026-1-5",
    "28-01-2026",
    "2026-01-28 14:05",
    "2026-01-28T24:00:00+05:00",
    "2026-01-28T10:60:00Z",
    "2026-01-28T10:00:00+25:00",
    "yesterday",
    "",
  ])("refuses %j", (input) => {
    expect(parseContentDate(input)).toBeNull();
  });
});

describe("formatDateLine", () => {
  it("reads the contract's example in Urdu", () => {
    expect(formatDateLine(new Date("2026-01-28T09:15:00+05:00"))).toBe("بدھ 28 جنوری 2026");
  });

  it("uses Karachi's day on both sides of Karachi midnight", () => {
    // 18:59 UTC is 23:59 in Karachi on the 27th; 19:00 UTC is the 28th there.
    expect(formatDateLine(new Date("2026-01-27T18:59:00Z"))).toBe("منگل 27 جنوری 2026");
    expect(formatDateLine(new Date("2026-01-27T19:00:00Z"))).toBe("بدھ 28 جنوری 2026");
  });

  it("a bare date shows that day whatever the server's zone", () => {
    const date = parseContentDate("2026-11-01");
    expect(date && formatDateLine(date)).toBe("اتوار 1 نومبر 2026");
  });

  it("has no commas and Western digits", () => {
    const line = formatDateLine(new Date("2026-12-31T12:00:00Z"));
    expect(line).toBe("جمعرات 31 دسمبر 2026");
    expect(line).not.toMatch(/[،,٠-٩۰-۹]/);
  });
});

describe("formatTime and isoInKarachi", () => {
  it("show Karachi's wall clock", () => {
    const date = new Date("2026-01-27T19:30:00Z");
    expect(formatTime(date)).toBe("00:30");
    expect(isoInKarachi(date)).toBe("2026-01-28T00:30:00+05:00");
    expect(new Date(isoInKarachi(date)).getTime()).toBe(date.getTime());
  });
});

describe("the test rig", () => {
  it("really runs under the time zone it names", () => {
    const expected: Record<string, number> = { UTC: 0, "America/New_York": 300 };
    const zone = process.env.TZ ?? "";
    expect(zone in expected).toBe(true);
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(expected[zone]);
  });
});
