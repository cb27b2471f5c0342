import { describe, expect, it } from "vitest";
import { mean, quantile } from "../../../src/lib/util/stats.js";

describe("quantile(values, p)", () => {
  it("matches R's quantile(type = 7)", () => {
    // R: quantile(c(1, 2, 4, 10), c(0.1, 0.5, 0.9)) → 1.3, 3.0, 8.2
    expect(quantile([10, 1, 4, 2], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile([10, 1, 4, 2], 0.5)).toBeCloseTo(3, 12);
    expect(quantile([10, 1, 4, 2], 0.9)).toBeCloseTo(8.2, 12);
  });
  it("skips nulls, returns null for no values, and rejects p outside [0, 1]", () => {
    expect(quantile([null, 5], 0.5)).toBe(5);
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(/p must be in/);
  });
});

describe("mean(values)", () => {
  it("averages finite values", () => {
    expect(mean([1, 2, null, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });
});
