import { describe, expect, it } from "vitest";
import { ACTIVITY_IDS } from "../../../src/lib/closure/activities.js";
import { closureEstimate, closureEstimateCsv, QUEENSLAND_PERCENTAGES, toEngineEstimate } from "../../../src/lib/closure/estimate.js";
import { CLOSURE_OUTPUTS, closureModel, costOutput } from "../../../src/lib/closure/model.js";
import { countryFactor, RATES, usPriceFactor } from "../../../src/lib/closure/rates.js";
import { regulatorTotals, WA_LEVY_THRESHOLD_AUD, waLevy } from "../../../src/lib/closure/totals.js";
import { parseEstimateCsv, validateEstimate } from "../../../src/lib/decision/index.js";
import type { NurseryEstimateRow } from "../../../src/lib/nursery/estimates.js";
import { inputFor, PRICE_FACTOR, US_CPI } from "./fixture.js";

describe("RATES", () => {
  it("gives every rate a positive 90 % range, a labour share and a source", () => {
    for (const r of Object.values(RATES)) {
      expect(r.lower, r.id).toBeGreaterThan(0);
      expect(r.upper, r.id).toBeGreaterThan(r.lower);
      expect(r.labourShare, r.id).toBeGreaterThanOrEqual(0);
      expect(r.labourShare, r.id).toBeLessThanOrEqual(1);
      expect(r.source.length, r.id).toBeGreaterThan(30);
      expect(r.labourSource.length, r.id).toBeGreaterThan(5);
    }
    expect(RATES.fencing.assumption).toBe(true);
    expect(RATES.dozerPush.assumption).toBe(false);
  });
});

describe("countryFactor(labourShare, wage, referenceWage)", () => {
  it("scales only the labour share by the wage ratio", () => {
    expect(countryFactor(0.28, 5.4, 325)).toBeCloseTo(0.72 + (0.28 * 5.4) / 325, 12);
    expect(countryFactor(0, 5.4, 325)).toBe(1);
    expect(countryFactor(1, 650, 325)).toBe(2);
    expect(() => countryFactor(0.5, 5, 0)).toThrow(RangeError);
  });
});

describe("usPriceFactor(inflation, baseYear)", () => {
  it("compounds US CPI inflation after the base year", () => {
    expect(usPriceFactor(US_CPI, 2020)).toEqual({ factor: PRICE_FACTOR, toYear: 2023 });
    expect(
      usPriceFactor(
        US_CPI.filter((d) => d.year !== 2022),
        2020
      )
    ).toBeNull();
    expect(usPriceFactor(null)).toBeNull();
  });
});

describe("closureEstimate(input)", () => {
  it("prices re-profiling the dumps as quantity × rate × country factor (worked example)", () => {
    // Copperbelt-like defaults: 40 ha of dumps 30 m high re-profiled from 37° to 3H:1V = 476,131.39 m³
    // (quantities.test.ts). Dozer push 0.4–1.2 USD/m³ of 2020 → median √(0.4 × 1.2) = 0.692820 × the fixture's
    // US CPI 2021–23 (1.047 × 1.080 × 1.041 = 1.177121) = 0.815537 USD/m³; Zambia's wage 1,350 / 250 = 5.4 USD/day against the US 81,250 / 250
    // = 325: factor 0.72 + 0.28 × 5.4 / 325 = 0.724652. Cost 476,131.39 × 0.815537 × 0.724652 = 281,383 USD.
    const e = closureEstimate(inputFor());
    const regrade = e.activities.find((a) => a.id === "regrade")!;
    expect(regrade.quantity).toBeCloseTo(476131.39, 1);
    expect(regrade.rateId).toBe("dozerPush");
    expect(e.wage.median).toBeCloseTo(5.4, 12);
    expect(e.referenceWage.value).toBeCloseTo(325, 12);
    expect(regrade.medianCost).toBeCloseTo(281383.27, 1);
    // The model gives the same at the median inputs.
    const x = Object.fromEntries(
      e.rows.map((r) => [r.variable, r.distribution === "lnorm" ? Math.sqrt(r.lower * r.upper) : (r.median ?? r.lower)])
    );
    x.wage_usd_day = 5.4;
    expect(closureModel(x)[costOutput("regrade")]).toBeCloseTo(281383.27, 1);
  });

  it("writes a valid decisionSupport table that the engine reads back unchanged", () => {
    const e = closureEstimate(inputFor());
    const csv = closureEstimateCsv(e.rows);
    const { estimate, issues } = parseEstimateCsv(csv);
    expect(issues).toEqual([]);
    expect(estimate.rows.map((r) => [r.variable, r.distribution, r.lower, r.upper])).toEqual(
      e.rows.map((r) => [r.variable, r.distribution, r.lower, r.upper])
    );
    expect(validateEstimate(toEngineEstimate(e.rows).rows).issues).toEqual([]);
    for (const id of ACTIVITY_IDS)
      for (const p of ["qty", "rate", "labour"]) expect(e.rows.some((r) => r.variable === `${p}_${id}`)).toBe(true);
    expect(e.rows.find((r) => r.variable === "wage_usd_day")!.distribution).toBe("posnorm");
    expect(e.rows.find((r) => r.variable === "pct_contingency")!.lower).toBe(10);
  });

  it("escalates default rates by US CPI, keeps the user's range as typed, and uses the nursery's seedling cost", () => {
    const input = inputFor();
    input.scenario.closure.rates.seeding = { lower: 500, upper: 900 };
    const nursery: NurseryEstimateRow[] = [
      {
        variable: "nursery_cost_per_seedling",
        distribution: "lnorm",
        lower: 0.08,
        median: 0.12,
        upper: 0.2,
        unit: "USD/seedling",
        label: "",
        source: "Nursery planner (/nursery)"
      },
      {
        variable: "seedlings_per_ha",
        distribution: "const",
        lower: 1400,
        median: 1400,
        upper: 1400,
        unit: "seedlings/ha",
        label: "",
        source: "Nursery planner"
      }
    ];
    const e = closureEstimate({ ...input, nursery });
    const rate = (id: string) => e.rates.find((r) => r.id === id)!;
    expect(rate("dozerPush").lower).toBeCloseTo(0.4 * PRICE_FACTOR, 12);
    expect(rate("seeding")).toMatchObject({ lower: 500, upper: 900, edited: true, defaultLower: 1000 * PRICE_FACTOR });
    expect(rate("plantingStock")).toMatchObject({ lower: 0.08, upper: 0.2, labourShare: 0, assumption: false });
    expect(e.quantities.values.seedlingsPerHa).toBe(1400);
    expect(rate("plantingLabour").factor).toBeCloseTo(5.4 / 325, 12);
  });

  it("takes the Queensland percentages unless the user sets them", () => {
    const input = inputFor();
    input.scenario.closure.percentages = { contingencyPct: 30 };
    const e = closureEstimate(input);
    expect(e.percentages).toEqual({ ...QUEENSLAND_PERCENTAGES, contingencyPct: 30 });
    expect(e.rows.find((r) => r.variable === "pct_contingency")!.source).toBe("Set by the user");
  });
});

describe("closureModel(x)", () => {
  it("adds the percentages to the direct costs and divides by the area", () => {
    const x: Record<string, number> = { wage_usd_day: 10, wage_ref_usd_day: 100, area_ha: 50 };
    for (const id of ACTIVITY_IDS) Object.assign(x, { [`qty_${id}`]: 0, [`rate_${id}`]: 1, [`labour_${id}`]: 0.5 });
    x.qty_regrade = 1000; // 1000 × 2 × (0.5 + 0.5 × 0.1) = 1,100
    x.rate_regrade = 2;
    x.qty_seeding = 10; // 10 × 300 × 0.55 = 1,650
    x.rate_seeding = 300;
    Object.assign(x, { pct_project_management: 10, pct_maintenance: 5, pct_contingency: 10 });
    const out = closureModel(x);
    expect(out[costOutput("regrade")]).toBeCloseTo(1100, 9);
    expect(out[CLOSURE_OUTPUTS.direct]).toBeCloseTo(2750, 9);
    expect(out[CLOSURE_OUTPUTS.total]).toBeCloseTo(2750 * 1.25, 9);
    expect(out[CLOSURE_OUTPUTS.perHa]).toBeCloseTo((2750 * 1.25) / 50, 9);
    delete x.rate_water;
    expect(() => closureModel(x)).toThrow(/rate_water/);
  });
});

describe("regulatorTotals(direct, percentages) / waLevy(areas, rates)", () => {
  it("adds 10 % project management, 5 % maintenance and 10 % contingency the Queensland way", () => {
    expect(regulatorTotals(1_000_000, QUEENSLAND_PERCENTAGES)).toEqual({
      direct: 1_000_000,
      projectManagement: 100_000,
      maintenance: 50_000,
      contingency: 100_000,
      total: 1_250_000
    });
  });

  it("levies 1 % of hectares × category rate, nothing up to 50,000 AUD, unknown without a rate", () => {
    const areas = { dumpsHa: 40, pitHa: 20, tailingsHa: 20, infrastructureHa: 8, roadsHa: 7, plantHa: 5 };
    expect(waLevy(areas, {})).toMatchObject({ rle: null, levy: null });
    const rates = { tailings: 50_000, wasteDump: 30_000, pit: 10_000, plantInfrastructure: 20_000, roadsCleared: 2_000 };
    const w = waLevy(areas, rates);
    const rle = 20 * 50_000 + 40 * 30_000 + 20 * 10_000 + 13 * 20_000 + 7 * 2_000;
    expect(w.rle).toBe(rle);
    expect(w.levy).toBeCloseTo(rle * 0.01, 9);
    expect(waLevy({ ...areas, dumpsHa: 0, pitHa: 0, tailingsHa: 0, infrastructureHa: 0, plantHa: 0, roadsHa: 20 }, rates)).toMatchObject({
      rle: 40_000,
      levy: 0
    });
    expect(WA_LEVY_THRESHOLD_AUD).toBe(50_000);
  });
});
