/** The temperature the Ecocrop range is compared with: the growing season's mean where winters are cold (worked by hand). */
import { describe, expect, it } from "vitest";
import { growingSeason, scoredTemperature } from "../../../src/lib/species/site.js";

// Sudbury-like monthly means, °C, January first (annual mean 5.0 °C).
const SUDBURY = [-13, -11, -5, 4, 11, 16, 19, 18, 13, 6, -1, -9];

describe("growingSeason(monthly temperature)", () => {
  it("is the mean of the months ≥ 5 °C where a month is colder: Sudbury May–Oct, 13.83 °C", () => {
    const g = growingSeason(SUDBURY)!;
    expect(g.months).toEqual([4, 5, 6, 7, 8, 9]); // May … Oct
    expect(g.tMean).toBeCloseTo((11 + 16 + 19 + 18 + 13 + 6) / 6, 12); // 83 / 6 = 13.83
  });

  it("orders a southern growing season across the new year (Oct–Mar)", () => {
    const south = [12, 11, 8, 4, 1, -2, -3, -1, 2, 6, 9, 11];
    expect(growingSeason(south)!.months).toEqual([9, 10, 11, 0, 1, 2]);
  });

  it("is null where every month grows (the annual mean is scored), where none does, or with a missing month", () => {
    expect(growingSeason([20, 21, 22, 23, 24, 25, 25, 24, 23, 22, 21, 20])).toBeNull();
    expect(growingSeason(new Array(12).fill(-3))).toBeNull();
    expect(growingSeason([...SUDBURY.slice(0, 11), null])).toBeNull();
    expect(growingSeason(null)).toBeNull();
  });
});

describe("scoredTemperature(climate)", () => {
  it("takes the growing-season mean when there is one, else the annual mean", () => {
    const base = { tMean: 5, precAnnual: 900, dryMonths: 0, tMinColdest: -18, koppen: "Dfb" };
    expect(scoredTemperature({ ...base, growing: growingSeason(SUDBURY) })).toBeCloseTo(13.83, 2);
    expect(scoredTemperature(base)).toBe(5);
  });
});
