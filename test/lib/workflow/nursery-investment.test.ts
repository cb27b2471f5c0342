/**
 * /investment costs the nursery with the same input as /nursery (nurseryInputFor, src/lib/chain.ts): a
 * species from the dataset gets the defaults of its growth form on both pages.
 *
 * Worked example, one shrub (Cajanus cajan, Ecocrop 576, growth form "shrub" in species.json) on 100 ha at
 * 1,100 stems/ha, field survival 0.8, polybags, inoculated (docs/nursery-planning.md §1, §3, §4):
 *   planted 110,000; survival 0.8 + 0.03 (inoculation) = 0.83 → replacements 0.17 × 110,000 = 18,700;
 *   dispatch 128,700; to raise 128,700 / 0.75 = 171,600; 2 seeds per container at germination 0.7 fill
 *   1 − 0.3² = 0.91 of them → 171,600 / 0.91 = 188,571.4 → 188,572 containers, 377,144 seeds;
 *   17,000 seeds/kg (published, Tropical Forages: 16,000–18,000) → 377,144 / 17,000 × 1.2 (purchase margin)
 *   = 26.621929 kg × USD 40 (shrub default seed price) = USD 1,064.88.
 * Costed as a tree (the old fallback), the same seed would be priced at the tree default USD 60/kg: USD 1,597.32.
 */
import { describe, expect, it } from "vitest";
import { nurseryCostEstimates } from "../../../src/lib/nursery/estimates.js";
import { defaultScenario } from "../../../src/lib/scenario/index.js";
import { nurseryInputFor } from "../../../src/lib/workflow/chain.js";
import { nurseryRowsFor } from "../../../src/lib/workflow/investment-table.js";

const cajanus = { id: 576, name: "Cajanus cajan", uses: { fodder: true }, growthForm: "shrub" as const, nFixer: true };

function shrubScenario() {
  const s = defaultScenario();
  s.species.mix = [{ id: 576, share: 1 }];
  return s;
}

describe("nurseryRowsFor(scenario, species, notes)", () => {
  it("costs a dataset species with its growth form's defaults (shrub seed price: USD 1,064.88, not the tree's 1,597.32)", () => {
    const notes: string[] = [];
    const rows = nurseryRowsFor(shrubScenario(), [cajanus], notes)!;
    expect(notes).toEqual([]);
    expect(rows.find((r) => r.variable === "nursery_seed_cost")!.median).toBeCloseTo((377_144 / 17_000) * 1.2 * 40, 6);
    expect(rows.find((r) => r.variable === "nursery_seed_cost")!.median).toBeCloseTo(1064.88, 2);
  });
  it("gives the rows /nursery computes from nurseryInputFor for the same scenario", () => {
    const s = shrubScenario();
    s.species.mix = [
      { id: 2658, share: 0.4 },
      { id: 576, share: 0.6 }
    ];
    s.nursery.params = { "576": { germination: 0.6 } };
    const records = new Map([[576, cajanus]]);
    expect(nurseryRowsFor(s, [cajanus], [])).toEqual(nurseryCostEstimates(nurseryInputFor(s, records)));
  });
  it("costs a record without growth form as a tree of unknown N fixation (seed USD 1,597.32)", () => {
    const rows = nurseryRowsFor(shrubScenario(), [{ id: 576, name: "Cajanus cajan", uses: {} }], [])!;
    expect(rows.find((r) => r.variable === "nursery_seed_cost")!.median).toBeCloseTo((377_144 / 17_000) * 1.2 * 60, 6);
  });
  it("reports a plan that cannot be costed and returns null", () => {
    const s = shrubScenario();
    s.planting.areaHa = -1;
    const notes: string[] = [];
    expect(nurseryRowsFor(s, [cajanus], notes)).toBeNull();
    expect(notes[0]).toMatch(/could not be costed.*area/);
  });
});
