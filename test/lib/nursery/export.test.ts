/** CSV downloads of the nursery page: columns, one row per species / stage, and safe text. */
import { describe, expect, it } from "vitest";
import { planCalendar } from "../../../src/lib/nursery/calendar.js";
import { NURSERY_SPECIES_CATALOG } from "../../../src/lib/nursery/defaults.js";
import { nurseryCostEstimates } from "../../../src/lib/nursery/estimates.js";
import { estimatesCsv, productionScheduleCsv, seedOrderCsv } from "../../../src/lib/nursery/export.js";
import { type NurseryPlanInput, planNursery } from "../../../src/lib/nursery/plan.js";
import { parseCsvRows } from "../../../src/lib/util/csv.js";

const [mangium, , gliricidia] = NURSERY_SPECIES_CATALOG;
const input: NurseryPlanInput = {
  areaHa: 100,
  densityPerHa: 1100,
  fieldSurvival: 0.8,
  replacementRate: null,
  technology: "polybag",
  inoculation: false,
  species: [
    { species: mangium, share: 0.5 },
    { species: { ...gliricidia, name: '=HYPERLINK("x")' }, share: 0.5, overrides: { seedsPerContainer: 0 } }
  ]
};
const plan = planNursery(input);
const schedules = planCalendar(
  plan.species.map((s) => ({
    id: s.id,
    name: s.name,
    weeks: {
      germinationWeeks: s.params.germinationWeeks,
      prickingOutWeeks: s.sowing.method === "seedbed" ? 1 : 0,
      growthWeeks: s.params.growthWeeks,
      hardeningWeeks: s.params.hardeningWeeks
    }
  })),
  { startMonth: 11, months: 3 },
  "2025-03-01"
);

describe("seedOrderCsv(plan, schedules)", () => {
  const table = parseCsvRows(seedOrderCsv(plan, schedules)).filter((r) => r.length > 1);
  it("has a header and one row per species", () => {
    expect(table[0]).toEqual([
      "species",
      "ecocrop_id",
      "seeds_to_sow",
      "germination",
      "seeds_per_kg",
      "seed_kg_to_buy",
      "price_usd_per_kg",
      "seed_cost_usd",
      "sow_by",
      "seeds_per_kg_source"
    ]);
    expect(table).toHaveLength(3);
  });
  it("lists Acacia mangium's seeds, kg and sowing date", () => {
    const row = table[1];
    expect(row[0]).toBe("Acacia mangium");
    expect(Number(row[2])).toBe(plan.species[0].sowing.seeds);
    expect(Number(row[5])).toBeCloseTo(plan.species[0].seedKg, 3);
    expect(row[8]).toBe("2025-06-28");
    expect(row[9]).toMatch(/66,000–120,000/);
  });
  it("guards a formula-like name once (the CSV writer's guard), and reads back as written", () => {
    expect(seedOrderCsv(plan, schedules)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(table[2][0]).toBe('=HYPERLINK("x")');
  });
});

describe("productionScheduleCsv(plan, schedules)", () => {
  const table = parseCsvRows(productionScheduleCsv(plan, schedules)).filter((r) => r.length > 1);
  it("has a row per stage plus a dispatch row per species", () => {
    // Acacia mangium: germination, growth, hardening, dispatch; the seedbed species adds pricking out.
    expect(table.slice(1).map((r) => r[2])).toEqual([
      "germination",
      "growth",
      "hardening",
      "dispatch",
      "germination",
      "pricking out",
      "growth",
      "hardening",
      "dispatch"
    ]);
  });
  it("dispatches on the first day of the planting window", () => expect(table[4].slice(2, 4)).toEqual(["dispatch", "2025-11-01"]));
});

describe("estimatesCsv(rows)", () => {
  it("writes decisionSupport's columns with the variable names", () => {
    const table = parseCsvRows(estimatesCsv(nurseryCostEstimates(input))).filter((r) => r.length > 1);
    expect(table[0].slice(0, 5)).toEqual(["variable", "distribution", "lower", "median", "upper"]);
    expect(table[1][0]).toBe("nursery_cost_per_seedling");
    expect(Number(table[1][2])).toBeLessThan(Number(table[1][4]));
  });
});
