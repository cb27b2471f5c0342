/** The economics datasets built from data/: country-economics, removal-factors, restoration-costs. */
import { describe, expect, it } from "vitest";
import { loadCountryEconomics, loadRemovalFactors, loadRestorationCosts } from "../../src/data/_build/economics.js";
import { summariseRestorationCosts, WB_AGGREGATES } from "../../src/lib/data/economics.js";

describe("country-economics", () => {
  const rows = loadCountryEconomics();
  it("has one row per country and no World Bank aggregate", () => {
    expect(rows.length).toBe(217);
    expect(rows.filter((r) => WB_AGGREGATES.has(r.iso3) || r.iso3 === "WLD" || r.iso3 === "SSF")).toEqual([]);
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(rows.length);
  });
  it("divides GDP by the population of the same year (Zambia 2023: 28,162,630,954 US$ / 20,723,965 people = 1,358.94 US$)", () => {
    // data/economics/wb_gdp_current_usd.csv and wb_population.csv, rows Zambia,ZMB,2023.
    const zambia = rows.find((r) => r.iso3 === "ZMB")!;
    expect(zambia.gdpYear).toBe(2023);
    expect(zambia.gdpPerCapitaUsd).toBeCloseTo(ZAMBIA_GDP_2023 / ZAMBIA_POPULATION_2023, 1);
    expect(zambia.lendingYear).toBe(2016);
  });
  it("keeps values plausible and years with every value", () => {
    for (const r of rows) {
      if (r.gdpPerCapitaUsd !== null) {
        expect(r.gdpPerCapitaUsd).toBeGreaterThan(100);
        expect(r.gdpYear).not.toBeNull();
      }
      if (r.inflationPct !== null) expect(r.inflationYear).not.toBeNull();
      if (r.lendingRatePct !== null) expect(r.lendingYear).toBeLessThanOrEqual(2016);
    }
    expect(rows.filter((r) => r.gdpPerCapitaUsd !== null).length).toBeGreaterThan(200);
  });
});

describe("removal-factors", () => {
  const rows = loadRemovalFactors();
  it("keeps the 841 rows with a removal factor, in 117 countries", () => {
    expect(rows).toHaveLength(841);
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(117);
  });
  it("carries the Angola oil palm default (IPCC 2019: 2.4 t C/ha/yr AGB + 26 % BGB = 3.024 Mg C/ha/yr)", () => {
    expect(rows.find((r) => r.id === "AGO_1")).toMatchObject({
      name: "Oil palm",
      sciName: "Elaeis guineensis",
      plantationType: "Tree crops",
      removalFactor: 3.024
    });
  });
  it("has non-negative factors and SDs, and no 'NA' text", () => {
    expect(rows.filter((r) => r.removalFactor < 0 || (r.removalFactorSd !== null && r.removalFactorSd < 0))).toEqual([]);
    expect(rows.filter((r) => r.sciName === "NA" || r.source === "NA")).toEqual([]);
  });
});

describe("restoration-costs", () => {
  const records = loadRestorationCosts();
  const ranges = summariseRestorationCosts(records);
  const range = (solution: string, metric: string) => ranges.find((r) => r.solution === solution && r.metric === metric)!;
  it("respects Exclude Data? (data/SOURCES.md: 26 of 56 afforestation sequestration rows and 25 of 26 farmland-restoration profit rows are excluded)", () => {
    expect(range("afforestation", "sequestration").n).toBe(30);
    expect(range("farmlandrestoration", "netProfit").n).toBe(1);
    expect(
      records.filter((r) => r.solution === "afforestation" && r.metric === "sequestration" && r.value === 85.06666666666666)[0].excluded
    ).toBe(true);
  });
  it("harmonises units per metric and marks the non-commercial licence on every row", () => {
    const units = new Set(records.map((r) => `${r.metric}:${r.unit}`));
    expect([...units].sort()).toEqual([
      "firstCost:US$2014/ha",
      "netProfit:US$2014/ha/yr",
      "operatingCost:US$2014/ha/yr",
      "sequestration:t C/ha/yr"
    ]);
    expect(records.every((r) => r.licence === "CC BY-NC-SA 4.0")).toBe(true);
    expect(ranges.every((r) => r.licence === "CC BY-NC-SA 4.0" && r.min <= r.median && r.median <= r.max)).toBe(true);
  });
  it("covers six solutions with all four metrics (tropical forests has no usable row)", () => {
    expect(ranges).toHaveLength(24);
    expect(records.some((r) => r.solution === "tropicalforests")).toBe(false);
  });
});

const ZAMBIA_GDP_2023 = 28162630953.9285;
const ZAMBIA_POPULATION_2023 = 20723965;
