import { describe, expect, it } from "vitest";
import { defaultScenario } from "../../../src/lib/scenario/index.js";
import { nurseryInputFor, nurserySpecies } from "../../../src/lib/workflow/chain.js";

const records = new Map([
  [2658, { id: 2658, name: "Acacia mangium (dataset)", growthForm: "tree/shrub" as const, nFixer: true }],
  [7, { id: 7, name: "Faidherbia albida", growthForm: "tree" as const, nFixer: true }],
  [8, { id: 8, name: "Dodonaea viscosa", growthForm: "shrub" as const, nFixer: false }]
]);

describe("nurserySpecies(id, records)", () => {
  it("prefers the nursery catalogue, which has published propagation values", () => {
    expect(nurserySpecies(2658, records).name).toBe("Acacia mangium");
  });
  it("takes name, growth form and N fixation from the species dataset otherwise", () => {
    expect(nurserySpecies(8, records)).toEqual({ id: 8, name: "Dodonaea viscosa", growthForm: "shrub", nFixer: false });
  });
  it("falls back to a tree of unknown N fixation named by its id", () => {
    expect(nurserySpecies(99, null)).toEqual({ id: 99, name: "Ecocrop species 99", growthForm: "tree", nFixer: null });
  });
});

describe("nurseryInputFor(scenario, records)", () => {
  it("carries the planting plan, technology, mix and per-species overrides", () => {
    const s = defaultScenario();
    s.species.mix = [
      { id: 7, share: 0.6 },
      { id: 8, share: 0.4 }
    ];
    s.nursery.params = { "8": { germination: 0.5 } };
    const input = nurseryInputFor(s, records);
    expect(input).toMatchObject({ areaHa: 100, densityPerHa: 1100, fieldSurvival: 0.8, technology: "polybag", inoculation: true });
    expect(input.replacementRate).toBeNull(); // replacement follows survival by default
    expect(input.species.map((x) => [x.species.name, x.share, x.overrides])).toEqual([
      ["Faidherbia albida", 0.6, undefined],
      ["Dodonaea viscosa", 0.4, { germination: 0.5 }]
    ]);
  });
  it("uses the scenario's replacement rate when replacement does not follow survival", () => {
    const s = defaultScenario();
    s.nursery.replacementFromSurvival = false;
    s.planting.replacementRate = 0.15;
    expect(nurseryInputFor(s, null).replacementRate).toBe(0.15);
  });
});

describe("nurserySpecies(id, records) for a native useful tree", () => {
  it("names a GlobUNT tree added as a must-have by its GlobUNT number, not as an Ecocrop species", () => {
    expect(nurserySpecies(900_004_235, null)).toEqual({
      id: 900_004_235,
      name: "GlobUNT useful tree no. 4235",
      growthForm: "tree",
      nFixer: null
    });
  });
});
