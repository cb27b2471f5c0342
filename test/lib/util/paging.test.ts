import { describe, expect, it } from "vitest";
import { pageLabel, pageOf } from "../../../src/lib/util/paging.js";

describe("pageOf(total, page, pageSize)", () => {
  // Hand-worked: 1,234 rows at 50 per page → 25 pages (24 full + 34 rows); page 24 holds rows 1200–1233.
  it("gives the row range of a page", () => {
    expect(pageOf(1234, 0, 50)).toEqual({ page: 0, pageCount: 25, start: 0, end: 50, total: 1234 });
    expect(pageOf(1234, 24, 50)).toEqual({ page: 24, pageCount: 25, start: 1200, end: 1234, total: 1234 });
  });
  it("clamps a page past either end", () => {
    expect(pageOf(1234, 99, 50).page).toBe(24);
    expect(pageOf(1234, -3, 50).page).toBe(0);
    expect(pageOf(10, Number.NaN, 50).page).toBe(0);
  });
  it("has one empty page for an empty result", () => {
    expect(pageOf(0, 0, 50)).toEqual({ page: 0, pageCount: 1, start: 0, end: 0, total: 0 });
  });
  it("rejects a page size that is not a positive whole number", () => {
    expect(() => pageOf(10, 0, 0)).toThrow(RangeError);
    expect(() => pageOf(10, 0, 2.5)).toThrow(/pageSize/);
    expect(() => pageOf(-1, 0, 10)).toThrow(/total/);
  });
});

describe("pageLabel(page)", () => {
  it("names the rows shown, 1-based and inclusive", () => {
    expect(pageLabel(pageOf(1234, 1, 50))).toBe("Rows 51–100 of 1,234");
    expect(pageLabel(pageOf(0, 0, 50))).toBe("No rows");
  });
});
