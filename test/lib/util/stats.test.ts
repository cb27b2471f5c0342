import { describe, expect, it } from "vitest";
import { mean, median, quantile } from "../../../src/lib/util/stats.js";

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

describe("median(values)", () => {
  it("takes the middle value, or the mean of the middle two, skipping nulls", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, null, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("quantile(values, p) against R's quantile(1:20, c(.5, .9, .95))", () => {
  it("gives 10.5, 18.1, 19.05", () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(quantile(xs, 0.5)).toBeCloseTo(10.5, 12);
    expect(quantile(xs, 0.9)).toBeCloseTo(18.1, 12);
    expect(quantile(xs, 0.95)).toBeCloseTo(19.05, 12);
  });
});

describe("mean(values)", () => {
  it("averages finite values", () => {
    expect(mean([1, 2, null, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });
});
