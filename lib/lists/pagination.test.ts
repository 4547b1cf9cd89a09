import { describe, expect, it } from "vitest";
import {
  laterPageNumbers,
  PAGED_LIST,
  pageCount,
  pagePath,
  pageRange,
  pageWindow,
  parsePageNumber,
} from "./pagination";

describe("pagination", () => {
  it("cuts a list into fixed pages and refuses pages past the end", () => {
    expect(pageCount(30, 12)).toBe(3);
    expect(pageCount(0, 12)).toBe(1);
    expect(pageRange(1, 30, 12)).toEqual({ number: 1, count: 3, offset: 0, limit: 12 });
    expect(pageRange(3, 30, 12)).toEqual({ number: 3, count: 3, offset: 24, limit: 12 });
    expect(pageRange(4, 30, 12)).toBeNull();
    expect(pageRange(0, 30, 12)).toBeNull();
    expect(pageRange(1, 0, 12)).toEqual({ number: 1, count: 1, offset: 0, limit: 12 });
  });

  it("reads only canonical page numbers", () => {
    expect(parsePageNumber("2")).toBe(2);
    for (const raw of ["0", "02", "-1", "1.5", "abc", "", "2 ", "٢", "99999999"])
      expect(parsePageNumber(raw), raw).toBeNull();
  });

  it("puts page 1 at the list's URL and later pages under /page/N", () => {
    expect(pagePath("/category/pakistan", 1)).toBe("/category/pakistan");
    expect(pagePath("/category/pakistan", 3)).toBe("/category/pakistan/page/3");
    expect(laterPageNumbers(30, Infinity, 12)).toEqual(["2", "3"]);
    expect(laterPageNumbers(30, 2, 12)).toEqual(["2"]);
    expect(laterPageNumbers(5, Infinity, 12)).toEqual([]);
  });

  it("links the first, last and neighbouring pages, eliding long runs", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
  });

  it("knows every paginated list's URL, so ?page=N can move to /page/N", () => {
    for (const path of [
      "/latest",
      "/videos",
      "/columns",
      "/category/pakistan",
      `/tags/${encodeURIComponent("کراچی")}`,
      "/authors/news-desk",
    ]) {
      expect(PAGED_LIST.test(path), path).toBe(true);
    }
    for (const path of ["/", "/search", "/news/x", "/latest/page/2", "/category/pakistan/feed.xml"])
      expect(PAGED_LIST.test(path), path).toBe(false);
  });
});
