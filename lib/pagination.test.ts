import { describe, expect, it } from "vitest";
import { laterPageNumbers, pageCount, pageOf, pagePath, pageWindow, parsePageNumber } from "./pagination";

describe("pagination", () => {
  const items = Array.from({ length: 30 }, (_, i) => i);

  it("cuts a list into fixed pages and refuses pages past the end", () => {
    expect(pageCount(30, 12)).toBe(3);
    expect(pageCount(0, 12)).toBe(1);
    expect(pageOf(items, 1, 12)?.items).toEqual(items.slice(0, 12));
    expect(pageOf(items, 3, 12)).toEqual({ items: items.slice(24), number: 3, count: 3 });
    expect(pageOf(items, 4, 12)).toBeNull();
    expect(pageOf(items, 0, 12)).toBeNull();
    expect(pageOf([], 1, 12)).toEqual({ items: [], number: 1, count: 1 });
  });

  it("reads only canonical page numbers", () => {
    expect(parsePageNumber("2")).toBe(2);
    for (const raw of ["0", "02", "-1", "1.5", "abc", "", "2 ", "٢", "99999999"]) expect(parsePageNumber(raw), raw).toBeNull();
  });

  it("puts page 1 at the list's URL and later pages under /page/N", () => {
    expect(pagePath("/category/pakistan", 1)).toBe("/category/pakistan");
    expect(pagePath("/category/pakistan", 3)).toBe("/category/pakistan/page/3");
    expect(laterPageNumbers(30, 12)).toEqual(["2", "3"]);
    expect(laterPageNumbers(5, 12)).toEqual([]);
  });

  it("links the first, last and neighbouring pages, eliding long runs", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
  });

});
