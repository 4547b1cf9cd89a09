import { describe, expect, it } from "vitest";
import { cleanQuery, MAX_QUERY_LENGTH, pageNumber } from "./params";

describe("cleanQuery", () => {
  it.each<[string | string[] | undefined, string, string]>([
    [undefined, "", "no q"],
    ["   \t ", "", "whitespace only"],
    ["  کراچی   پانی ", "کراچی پانی", "trimmed and collapsed"],
    [["اول", "دوم"], "اول", "repeated q: the first"],
    [[], "", "empty array"],
    ["\u0000کراچی\u0000", "کراچی", "NUL (%00)"],
    ["\uD800کراچی", "کراچی", "lone high surrogate (%ED%A0%80)"],
    ["کراچی\uDC00", "کراچی", "lone low surrogate"],
    ["\uFFFD\uFFFD", "", "bytes that were not UTF-8"],
    ["😀 خبر", "😀 خبر", "a real surrogate pair survives"],
    ["<script>alert(1)</script>", "<script>alert(1)</script>", "markup is text: escaping is the renderer's"],
  ])("%j → %j (%s)", (raw, expected) => {
    expect(cleanQuery(raw)).toBe(expected);
  });

  it(`cuts a long query to ${MAX_QUERY_LENGTH} characters without splitting a pair`, () => {
    const long = "😀".repeat(1500);
    const clean = cleanQuery(long);
    expect(Array.from(clean)).toHaveLength(MAX_QUERY_LENGTH);
    expect(clean).toBe("😀".repeat(MAX_QUERY_LENGTH));
  });
});

describe("pageNumber", () => {
  it.each<[string | string[] | undefined, number]>([
    [undefined, 1],
    ["2", 2],
    [["3", "4"], 3],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["abc", 1],
    ["99999999999999999999", 1],
  ])("%j → %j", (raw, expected) => {
    expect(pageNumber(raw)).toBe(expected);
  });
});
