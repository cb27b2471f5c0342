import { describe, expect, it } from "vitest";
import { detectFillValue } from "../../../src/lib/data/censoring.js";

const repeat = (value: number, n: number) => Array.from({ length: n }, () => value);

describe("detectFillValue(values, options)", () => {
  it("finds a constant that fills most rows at the bottom of the distribution (AfSIS As 0.3 in 95 %)", () => {
    const values = [...repeat(0.3, 95), 0.6, 0.8, 1.2, 2.5, 4.1];
    expect(detectFillValue(values)).toEqual({ value: 0.3, count: 95, share: 0.95, shareBelow: 0 });
  });
  it("finds a rarer fill that sits at the minimum (AfSIS Pb 0.4 in 1.5 %)", () => {
    const values = [...repeat(0.4, 15), ...Array.from({ length: 985 }, (_, i) => 1 + i * 0.05)];
    expect(detectFillValue(values)?.value).toBe(0.4);
  });
  it("ignores a repeated value inside the distribution (AfSIS Cu 3.1: 13 % of rows below it)", () => {
    const values = [
      ...Array.from({ length: 130 }, (_, i) => 0.5 + i * 0.01),
      ...repeat(3.1, 13),
      ...Array.from({ length: 857 }, (_, i) => 3.2 + i * 0.1)
    ];
    expect(detectFillValue(values)).toBeNull();
  });
  it("returns null for distinct values, too few rows, or no values", () => {
    expect(detectFillValue([1, 2, 3, 4])).toBeNull();
    expect(detectFillValue(repeat(1, 5))).toBeNull();
    expect(detectFillValue([null, NaN])).toBeNull();
  });
});
