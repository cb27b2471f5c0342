/**
 * Nursery planner quantities, each pinned to a worked example written out here (hand arithmetic; the
 * formulas are those of docs/nursery-planning.md). Tolerances: counts are exact (whole units, rounded
 * up); masses, areas and costs to 1e-6 relative unless stated.
 */
import { describe, expect, it } from "vitest";
import { cropWeeks, leadWeeks } from "../../../src/lib/nursery/calendar.js";
import type { SpeciesForNursery } from "../../../src/lib/nursery/defaults.js";
import { nurseryCostEstimates } from "../../../src/lib/nursery/estimates.js";
import {
  densityFromSpacing,
  effectiveSurvival,
  type NurseryPlanInput,
  normaliseShares,
  planNursery,
  replacementFromSurvival
} from "../../../src/lib/nursery/plan.js";
import {
  bedAreaM2,
  ceilCount,
  containerFillProbability,
  seedlingsToDispatch,
  seedlingsToPlant,
  seedlingsToRaise,
  seedMassKg,
  seedsToSow
} from "../../../src/lib/nursery/production.js";
import { DEFAULT_RATES } from "../../../src/lib/nursery/rates.js";
import { inoculationFor, TECHNOLOGIES } from "../../../src/lib/nursery/technologies.js";

const mangium: SpeciesForNursery = { id: 1, name: "Acacia mangium", growthForm: "tree", nFixer: true };
const gliricidia: SpeciesForNursery = { id: 2, name: "Gliricidia sepium", growthForm: "tree", nFixer: true };
const teak: SpeciesForNursery = { id: 3, name: "Tectona grandis", growthForm: "tree", nFixer: false };

/** The issue's example: 100 ha at 1,100 stems/ha, three species, polybags, no inoculation. */
function example(overrides: Partial<NurseryPlanInput> = {}): NurseryPlanInput {
  return {
    areaHa: 100,
    densityPerHa: 1100,
    fieldSurvival: 0.8,
    replacementRate: null,
    technology: "polybag",
    inoculation: false,
    species: [
      { species: mangium, share: 0.4 },
      { species: gliricidia, share: 0.3 },
      { species: teak, share: 0.3 }
    ],
    ...overrides
  };
}

describe("ceilCount(x)", () => {
  it("rounds up to whole units", () => expect(ceilCount(72757.34)).toBe(72758));
  it("ignores floating-point noise above a whole number", () => expect(ceilCount(110000 * 0.2)).toBe(22000));
});

describe("densityFromSpacing(rowM, withinRowM)", () => {
  it("turns 3 m × 3 m into 10,000 / 9 = 1,111.1 stems/ha", () => expect(densityFromSpacing(3, 3)).toBeCloseTo(1111.111, 3));
  it("turns 2.5 m × 4 m into 10,000 / 10 = 1,000 stems/ha", () => expect(densityFromSpacing(2.5, 4)).toBe(1000));
  it("rejects a zero spacing", () => expect(() => densityFromSpacing(0, 3)).toThrow(/row spacing/));
});

describe("replacementFromSurvival(s)", () => {
  it("replaces every expected dead seedling once: 1 − 0.8 = 0.2", () => expect(replacementFromSurvival(0.8)).toBeCloseTo(0.2, 12));
  it("rejects survival above 1", () => expect(() => replacementFromSurvival(1.2)).toThrow(/field survival/));
});

describe("effectiveSurvival(s, technology, inoculation)", () => {
  it("adds the technology and inoculation effects: 0.8 + 0.07 (air-pruning) + 0.03 (rhizobia) = 0.90", () =>
    expect(effectiveSurvival(0.8, TECHNOLOGIES["air-pruning"], inoculationFor(mangium))).toBeCloseTo(0.9, 12));
  it("lowers survival for bare-root stock: 0.8 − 0.1 = 0.7", () =>
    expect(effectiveSurvival(0.8, TECHNOLOGIES["bare-root"], null)).toBeCloseTo(0.7, 12));
  it("never exceeds 1", () => expect(effectiveSurvival(0.98, TECHNOLOGIES["air-pruning"], inoculationFor(teak))).toBe(1));
});

describe("normaliseShares(mix)", () => {
  it("keeps shares that sum to 1, without a notice", () => {
    const { shares, notice } = normaliseShares([
      { id: 1, share: 0.4 },
      { id: 2, share: 0.6 }
    ]);
    expect(shares.map((s) => s.share)).toEqual([0.4, 0.6]);
    expect(notice).toBeNull();
  });
  it("scales shares of 1, 1, 2 to 0.25, 0.25, 0.5 and says so", () => {
    const { shares, notice } = normaliseShares([
      { id: 1, share: 1 },
      { id: 2, share: 1 },
      { id: 3, share: 2 }
    ]);
    expect(shares.map((s) => s.share)).toEqual([0.25, 0.25, 0.5]);
    expect(notice).toMatch(/400\.0 %/);
  });
  it("drops species with a zero share", () =>
    expect(
      normaliseShares([
        { id: 1, share: 0 },
        { id: 2, share: 1 }
      ]).shares
    ).toEqual([{ id: 2, share: 1 }]));
  it("rejects a negative share", () => expect(() => normaliseShares([{ id: 1, share: -0.1 }])).toThrow(/share of species 1/));
  it("rejects an all-zero mix", () => expect(() => normaliseShares([{ id: 1, share: 0 }])).toThrow(/all are zero/));
});

describe("seedlingsToPlant(areaHa, densityPerHa, share)", () => {
  it("plants 100 ha × 1,100 stems/ha × 0.4 = 44,000 seedlings", () => expect(seedlingsToPlant(100, 1100, 0.4)).toBe(44000));
  it("rounds up: 1.5 ha × 1,111.1 × 1/3 = 555.6 → 556", () => expect(seedlingsToPlant(1.5, 10000 / 9, 1 / 3)).toBe(556));
  it("rejects a negative area", () => expect(() => seedlingsToPlant(-1, 1100, 1)).toThrow(/area/));
});

describe("seedlingsToDispatch(planted, replacementRate)", () => {
  it("adds 44,000 × 0.2 = 8,800 replacements: 52,800 to dispatch", () =>
    expect(seedlingsToDispatch(44000, 0.2)).toEqual({ replacements: 8800, dispatch: 52800 }));
  it("dispatches only the planting when nothing is replaced", () => expect(seedlingsToDispatch(1000, 0).dispatch).toBe(1000));
  it("rejects a replacement rate above 2", () => expect(() => seedlingsToDispatch(1000, 3)).toThrow(/replacement rate/));
});

describe("seedlingsToRaise(dispatch, nurseryLoss)", () => {
  it("raises 52,800 / (1 − 0.25) = 70,400 to dispatch 52,800 after 25 % losses", () => expect(seedlingsToRaise(52800, 0.25)).toBe(70400));
  it("raises exactly what is dispatched with no losses", () => expect(seedlingsToRaise(500, 0)).toBe(500));
  it("rejects losses of 100 %", () => expect(() => seedlingsToRaise(500, 1)).toThrow(/losses/));
});

describe("containerFillProbability(g, n)", () => {
  it("fills 1 − (1 − 0.82)² = 1 − 0.0324 = 0.9676 of containers sown with 2 seeds at 82 %", () =>
    expect(containerFillProbability(0.82, 2)).toBeCloseTo(0.9676, 12));
  it("fills 1 − 0.5³ = 0.875 with 3 seeds at 50 %", () => expect(containerFillProbability(0.5, 3)).toBeCloseTo(0.875, 12));
  it("rejects zero seeds per container", () => expect(() => containerFillProbability(0.5, 0)).toThrow(/seeds per container/));
});

describe("seedsToSow(toRaise, params)", () => {
  it("direct-sows 70,400 / 0.9676 = 72,757.3 → 72,758 containers × 2 = 145,516 seeds at 82 %", () => {
    const s = seedsToSow(70400, { germination: 0.82, seedsPerContainer: 2, sowingFactor: 1.2 });
    expect(s).toMatchObject({ method: "direct", containers: 72758, seeds: 145516 });
    // Sowing factor n·g / fill = 2 × 0.82 / 0.9676 = 1.69491…
    expect(s.sowingFactor).toBeCloseTo(1.64 / 0.9676, 12);
  });
  it("has a sowing factor of 1 with one seed per container: seeds = 1,000 / 0.8 = 1,250", () => {
    const s = seedsToSow(1000, { germination: 0.8, seedsPerContainer: 1, sowingFactor: 1.5 });
    expect(s).toMatchObject({ seeds: 1250, containers: 1250 });
    expect(s.sowingFactor).toBeCloseTo(1, 12);
  });
  it("sows a seedbed with 1,000 × 1.2 / 0.6 = 2,000 seeds and pricks out into 1,000 containers", () => {
    const s = seedsToSow(1000, { germination: 0.6, seedsPerContainer: 0, sowingFactor: 1.2 });
    expect(s).toMatchObject({ method: "seedbed", seeds: 2000, containers: 1000, germinants: 1200 });
  });
  it("sows bare-root stock in seedbeds even when seeds per container is set", () => {
    expect(seedsToSow(1000, { germination: 0.5, seedsPerContainer: 2, sowingFactor: 1 }, false)).toMatchObject({
      method: "seedbed",
      seeds: 2000,
      containers: 0
    });
  });
  it("needs fewer seeds at higher germination", () => {
    const p = { seedsPerContainer: 2, sowingFactor: 1.2 };
    expect(seedsToSow(10000, { ...p, germination: 0.9 }).seeds).toBeLessThan(seedsToSow(10000, { ...p, germination: 0.6 }).seeds);
  });
  it("rejects a germination of 0", () =>
    expect(() => seedsToSow(100, { germination: 0, seedsPerContainer: 1, sowingFactor: 1 })).toThrow(/germination/));
});

describe("seedMassKg(seeds, seedsPerKg, margin)", () => {
  it("buys 145,516 / 93,000 × 1.2 = 1.87763 kg", () => expect(seedMassKg(145516, 93000, 0.2)).toBeCloseTo((145516 / 93000) * 1.2, 12));
  it("needs less seed mass for smaller seeds (more seeds per kg)", () =>
    expect(seedMassKg(1000, 50000, 0)).toBeLessThan(seedMassKg(1000, 5000, 0)));
  it("rejects zero seeds per kg", () => expect(() => seedMassKg(1, 0, 0)).toThrow(/seeds per kg/));
});

describe("bedAreaM2(count, perM2)", () => {
  it("needs 72,758 / 200 = 363.79 m² of beds for polybags", () => expect(bedAreaM2(72758, 200)).toBeCloseTo(363.79, 10));
  it("rejects zero per m²", () => expect(() => bedAreaM2(1, 0)).toThrow(/per m²/));
});

describe("planNursery(input)", () => {
  const plan = planNursery(example());
  const [am, gs, tg] = plan.species;

  it("works through Acacia mangium by hand", () => {
    // planted 100 × 1,100 × 0.4 = 44,000; replacements × (1 − 0.8) = 8,800; dispatch 52,800;
    // raise 52,800 / 0.75 = 70,400; 2 seeds per polybag at g = 0.82 (Hegde 2013): 72,758 polybags,
    // 145,516 seeds; 145,516 / 93,000 seeds/kg (DFSC 2000) × 1.2 margin = 1.87763 kg; beds 72,758 / 200 = 363.79 m².
    expect(am).toMatchObject({ planted: 44000, replacements: 8800, dispatch: 52800, toRaise: 70400, containers: 72758 });
    expect(am.sowing.seeds).toBe(145516);
    expect(am.seedKg).toBeCloseTo(1.8776258, 6);
    expect(am.bedAreaM2).toBeCloseTo(363.79, 10);
    // Weeks in the nursery: 2 (germination) + 12 (growth) + 4 (hardening), all Hegde et al. 2013.
    expect(am.weeksInNursery).toBe(18);
  });

  it("works through the labour and cost of Acacia mangium by hand", () => {
    // filling 72.758 × 1.5 = 109.137; sowing 72.758 × 0.3 = 21.8274; care 72.758 × 18 wk × 0.3 = 392.8932;
    // dispatch 52.8 × 0.5 = 26.4 → 550.2576 person-days.
    expect(am.labourDays.total).toBeCloseTo(109.137 + 21.8274 + 392.8932 + 26.4, 6);
    // seed 1.8776258 kg × USD 60 = 112.6575; polybags 72,758 × 0.02 = 1,455.16; substrate 72,758 × 0.6 L
    // = 43.6548 m³ × USD 30 = 1,309.644; labour 550.2576 × USD 6 = 3,301.5456; direct 6,179.0071;
    // overhead × 0.3 = 1,853.7021; total 8,032.7093; per seedling / 52,800 = USD 0.15213.
    const direct = 1.8776258 * 60 + 1455.16 + 1309.644 + 550.2576 * 6;
    expect(am.costUsd.total).toBeCloseTo(direct * 1.3, 3);
    expect(am.costPerSeedlingUsd).toBeCloseTo((direct * 1.3) / 52800, 6);
  });

  it("uses the growth-form defaults for a species without published values", () => {
    // Tectona grandis: 0.3 share → 33,000 planted, 6,600 replacements, 39,600 dispatched, 52,800 raised;
    // g = 0.7, 2 seeds: fill 0.91 → 58,022 containers, 116,044 seeds; 116,044 / 20,000 × 1.2 = 6.96264 kg.
    expect(tg).toMatchObject({ planted: 33000, dispatch: 39600, toRaise: 52800, containers: 58022 });
    expect(tg.sowing.seeds).toBe(116044);
    expect(tg.seedKg).toBeCloseTo(6.96264, 8);
    expect(tg.sources.seedsPerKg).toMatchObject({ assumption: true });
  });

  it("adds up the totals", () => {
    expect(plan.totals.planted).toBe(110000);
    expect(plan.totals.dispatch).toBe(am.dispatch + gs.dispatch + tg.dispatch);
    expect(plan.totals.dispatch).toBe(132000);
    expect(plan.totals.costPerHaUsd).toBeCloseTo(plan.totals.costUsd.total / 100, 9);
  });

  it("breaks the nursery area down: beds, paths (× 0.5), hardening (× 0.3), service (× 0.15)", () => {
    const beds = (am.containers + gs.containers + tg.containers) / 200;
    expect(plan.area.bedsM2).toBeCloseTo(beds, 9);
    expect(plan.area.pathsM2).toBeCloseTo(beds * 0.5, 9);
    expect(plan.area.hardeningM2).toBeCloseTo(beds * 1.5 * 0.3, 9);
    expect(plan.area.totalM2).toBeCloseTo(beds * 1.5 * 1.3 * 1.15, 6);
  });

  it("expects 0.8 × 1,100 + 0.2 × 1,100 × 0.8 = 1,056 surviving stems/ha after replacement", () => {
    expect(plan.totals.establishedPerHa).toBeCloseTo(1056, 9);
  });

  describe("moves in the documented direction", () => {
    const seedsOf = (p: ReturnType<typeof planNursery>) => p.species[0].sowing.seeds;
    it("higher germination → fewer seeds to sow and less seed to buy", () => {
      const high = planNursery(example({ species: [{ species: mangium, share: 1, overrides: { germination: 0.95 } }] }));
      const low = planNursery(example({ species: [{ species: mangium, share: 1, overrides: { germination: 0.5 } }] }));
      expect(seedsOf(high)).toBeLessThan(seedsOf(low));
      expect(high.totals.seedKg).toBeLessThan(low.totals.seedKg);
    });
    it("higher field survival → fewer replacements and seedlings (replacement from survival)", () => {
      const high = planNursery(example({ fieldSurvival: 0.9 }));
      expect(high.totals.dispatch).toBeLessThan(plan.totals.dispatch);
      expect(high.totals.toRaise).toBeLessThan(plan.totals.toRaise);
      expect(high.totals.costUsd.total).toBeLessThan(plan.totals.costUsd.total);
    });
    it("higher nursery losses → more seedlings to raise", () => {
      const lossy = planNursery(example({ species: [{ species: mangium, share: 1, overrides: { nurseryLoss: 0.4 } }] }));
      const base = planNursery(example({ species: [{ species: mangium, share: 1 }] }));
      expect(lossy.totals.toRaise).toBeGreaterThan(base.totals.toRaise);
    });
    it("more seeds per kg → less seed mass", () => {
      const small = planNursery(example({ species: [{ species: teak, share: 1, overrides: { seedsPerKg: 40000 } }] }));
      const big = planNursery(example({ species: [{ species: teak, share: 1, overrides: { seedsPerKg: 2000 } }] }));
      expect(small.totals.seedKg).toBeLessThan(big.totals.seedKg);
    });
    it("denser trays → less bed area than polybags", () => {
      expect(planNursery(example({ technology: "root-trainer" })).area.bedsM2).toBeLessThan(plan.area.bedsM2);
    });
    it("a higher wage → a higher cost", () => {
      const rates = { ...DEFAULT_RATES, wageUsdPerDay: { ...DEFAULT_RATES.wageUsdPerDay, value: 12 } };
      expect(planNursery(example({ rates })).totals.costUsd.total).toBeGreaterThan(plan.totals.costUsd.total);
    });
    it("inoculation raises survival, so fewer replacements, at a small cost per seedling", () => {
      const inoculated = planNursery(example({ inoculation: true }));
      expect(inoculated.species[0].inoculation?.kind).toBe("rhizobial");
      expect(inoculated.species[2].inoculation?.kind).toBe("mycorrhizal");
      expect(inoculated.totals.replacements).toBeLessThan(plan.totals.replacements);
    });
  });

  it("uses a given replacement rate instead of the survival-based one", () => {
    expect(planNursery(example({ replacementRate: 0.45 })).species[0].replacements).toBe(19800);
  });

  it("reports a bad override and keeps the default", () => {
    const p = planNursery(example({ species: [{ species: mangium, share: 1, overrides: { germination: 7, bogus: 1 } }] }));
    expect(p.species[0].params.germination).toBe(0.82);
    expect(p.species[0].issues.map((i) => i.param)).toEqual(["germination", "bogus"]);
  });

  it("rejects invalid plan inputs with the field's name", () => {
    expect(() => planNursery(example({ areaHa: 0 }))).toThrow(/area/);
    expect(() => planNursery(example({ densityPerHa: Number.NaN }))).toThrow(/density/);
    expect(() => planNursery(example({ fieldSurvival: 0 }))).toThrow(/field survival/);
    expect(() => planNursery(example({ technology: "pots" as never }))).toThrow(/technology/);
    expect(() => planNursery(example({ species: [] }))).toThrow(/mix is empty/);
  });
});

describe("nurseryCostEstimates(input)", () => {
  const rows = nurseryCostEstimates(example());
  const byName = Object.fromEntries(rows.map((r) => [r.variable, r]));

  it("exports the agreed variable names", () =>
    expect(rows.map((r) => r.variable)).toEqual([
      "nursery_cost_per_seedling",
      "seedlings_per_ha",
      "planting_stock_cost_per_ha",
      "nursery_seed_cost",
      "nursery_cost_total",
      "nursery_labour_days",
      "field_survival"
    ]));
  it("gives positive costs as lognormal 90 % intervals with lower < median < upper", () => {
    for (const name of [
      "nursery_cost_per_seedling",
      "planting_stock_cost_per_ha",
      "nursery_seed_cost",
      "nursery_cost_total",
      "nursery_labour_days"
    ]) {
      const r = byName[name];
      expect(r.distribution, name).toBe("lnorm");
      expect(r.lower, name).toBeGreaterThan(0);
      expect(r.lower, name).toBeLessThan(r.median);
      expect(r.median, name).toBeLessThan(r.upper);
    }
  });
  it("has the plan's own figures as medians", () => {
    const plan = planNursery(example());
    expect(byName.nursery_cost_per_seedling.median).toBeCloseTo(plan.totals.costPerSeedlingUsd, 12);
    expect(byName.seedlings_per_ha).toMatchObject({ distribution: "const", median: 1320 });
  });
  it("gives field survival a ±0.1 truncated-normal interval", () =>
    expect(byName.field_survival).toMatchObject({
      distribution: "tnorm_0_1",
      lower: expect.closeTo(0.7, 12),
      median: 0.8,
      upper: expect.closeTo(0.9, 12)
    }));
});

describe("planNursery and the sowing calendar agree on crop weeks", () => {
  it("counts the pricking-out week of seedbed-sown containerised stock in the plan's weeks (and care labour)", () => {
    // Teak sown in a seedbed (seedsPerContainer 0) and pricked out into polybags: a week longer in the
    // nursery than its stages without pricking out (the calendar always counted it; the plan now does too).
    const base = example();
    const plan = planNursery({
      ...base,
      species: base.species.map((m, i) => (i === 2 ? { ...m, overrides: { seedsPerContainer: 0 } } : m))
    });
    const teak = plan.species[2];
    expect(teak.weeksInNursery).toBe(teak.params.germinationWeeks + 1 + teak.params.growthWeeks + teak.params.hardeningWeeks);
    expect(plan.species.some((s) => s.sowing.method === "seedbed")).toBe(true);
    for (const s of plan.species) {
      const weeks = cropWeeks(s.params, s.sowing.method, plan.technology);
      expect(s.weeksInNursery).toBe(leadWeeks(weeks));
    }
  });
});
