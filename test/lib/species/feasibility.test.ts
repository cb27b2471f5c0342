import { describe, expect, it } from "vitest";
import type { ClimateFigures } from "../../../src/lib/site/assess.js";
import { plantingFeasibility, YIELD_WEIGHT } from "../../../src/lib/species/feasibility.js";
import type { ScoredSpecies, SuitabilityClass } from "../../../src/lib/species/index.js";

const scored = (id: number, now: SuitabilityClass, later: SuitabilityClass) =>
  ({ species: { record: { id, name: `Species ${id}` } }, present: { cls: now }, scenario: { cls: later } }) as unknown as ScoredSpecies;
const climate = (plantingMonths: number[], kind = "single") =>
  ({
    seasons: { kind, plantingMonths, description: plantingMonths.length ? "One wet season." : "No wet season: irrigation." }
  }) as unknown as ClimateFigures;

describe("plantingFeasibility({present, scored, mix, k})", () => {
  const species = [
    scored(1, "suitable", "suitable"),
    scored(2, "marginal", "suitable"),
    scored(3, "suitable", "unsuitable"),
    scored(4, "unsuitable", "unsuitable")
  ];
  it("counts viable species (at least marginal now and under the scenario) and weights the mix by the worse class", () => {
    const f = plantingFeasibility({
      present: climate([10, 11]),
      scored: species,
      mix: [
        { id: 1, share: 0.5 },
        { id: 2, share: 0.3 },
        { id: 3, share: 0.2 }
      ],
      k: 3
    });
    expect(f).toMatchObject({ rainFed: true, window: "rain", viableCount: 2, suitableCount: 1 });
    expect(f.mix.map((m) => m.yieldWeight)).toEqual([YIELD_WEIGHT.suitable, YIELD_WEIGHT.marginal, YIELD_WEIGHT.unsuitable]);
    expect(f.messages.join(" ")).toMatch(/Only 2 species are viable.*fewer than the 3/);
    expect(f.messages.join(" ")).toMatch(/Species 3\): it yields nothing/);
  });
  it("says there is no rain-fed window and nothing viable at a desert site", () => {
    const f = plantingFeasibility({ present: climate([], "none"), scored: [scored(4, "unsuitable", "unsuitable")], mix: [], k: 6 });
    expect(f).toMatchObject({ rainFed: false, window: "none", viableCount: 0 });
    expect(f.messages[0]).toMatch(/No rain-fed planting window here/);
    expect(f.messages[1]).toMatch(/No species .* is viable/);
  });
  it("knows a growing-season window and an unknown climate", () => {
    expect(plantingFeasibility({ present: climate([4, 5], "growing-season"), scored: [], mix: [], k: 1 }).window).toBe("growing-season");
    expect(plantingFeasibility({ present: null, scored: [], mix: [], k: 1 })).toMatchObject({ window: "unknown", rainFed: false });
  });
});
