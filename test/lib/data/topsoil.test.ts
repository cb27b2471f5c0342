import { describe, expect, it } from "vitest";
import { depthWeightedMean } from "../../../src/lib/data/topsoil.js";

describe("depthWeightedMean(horizons, from, to)", () => {
  it("weights each horizon by its overlap with 0–30 cm (hand-worked: (5·10 + 6·20) / 30 = 5.667)", () => {
    const result = depthWeightedMean([
      { top: 0, bottom: 10, value: 5 },
      { top: 10, bottom: 40, value: 6 },
      { top: 40, bottom: 80, value: 7 }
    ]);
    expect(result!.value).toBeCloseTo(170 / 30, 12);
    expect(result).toMatchObject({ coveredCm: 30, top: 0, bottom: 30 });
  });
  it("describes only the covered part when a horizon has no value", () => {
    const result = depthWeightedMean([
      { top: 0, bottom: 20, value: null },
      { top: 20, bottom: 50, value: 12 }
    ]);
    expect(result).toEqual({ value: 12, coveredCm: 10, top: 20, bottom: 30 });
  });
  it("skips horizons with missing or inverted depths and returns null without overlap", () => {
    expect(
      depthWeightedMean([
        { top: 30, bottom: 20, value: 1 },
        { top: null, bottom: 10, value: 2 }
      ])
    ).toBeNull();
    expect(depthWeightedMean([{ top: 50, bottom: 100, value: 1 }])).toBeNull();
  });
  it("throws for an empty layer", () => {
    expect(() => depthWeightedMean([], 30, 30)).toThrow(/to > from/);
  });
});
