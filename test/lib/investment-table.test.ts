import { describe, expect, it } from "vitest";
import { investmentTable } from "../../src/lib/investment-table.js";
import { defaultScenario } from "../../src/lib/scenario.js";

const economics = {
  countryEconomics: [{ iso3: "ZMB", country: "Zambia", gdpPerCapitaUsd: 1358.94, gdpYear: 2023 }],
  series: { countries: {}, usInflationPct: [] },
  removalFactors: [{ iso3: "ZMB", name: "Wood fiber or timber", sciName: "Unknown", plantationType: "Planted forest", removalFactor: 5.8781, removalFactorSd: 0.9259 }],
  restorationCosts: { ranges: [] }
};

describe("investmentTable(scenario, data)", () => {
  it("applies the readiness checklist to the defaults and the user's edits on top", () => {
    const s = defaultScenario();
    s.site = { lat: -12.8, lon: 28.21, name: "Copperbelt" };
    s.institutions.missingFactors = ["policy-tenure"];
    s.investment.estimates = { carbon_price_usd_t: { lower: 20, upper: 40 }, p_tenure_conflict: { lower: 0.02, upper: 0.05 }, nope: { lower: 1 } };
    const t = investmentTable(s, { economics, country: { iso3: "ZMB", name: "Zambia" }, soilSites: null, species: null });
    const base = (v: string) => t.base.find((r) => r.variable === v)!;
    const row = (v: string) => t.rows.find((r) => r.variable === v)!;
    expect(base("p_tenure_conflict").upper).toBeCloseTo(0.18, 12); // 0.06 × 3
    expect(row("p_tenure_conflict").upper).toBe(0.05); // the user's edit wins
    expect(row("carbon_price_usd_t").lower).toBe(20);
    expect(t.unknownOverrides).toEqual(["nope"]);
    expect(t.notes[0]).toBe("Country: Zambia (ZMB).");
    expect(t.notes.join(" ")).toMatch(/readiness checklist/);
    expect(base("wage_usd_day").source).toMatch(/Zambia GDP per capita 1359/);
  });
  it("costs the nursery for a mix and reports species without nursery data", () => {
    const s = defaultScenario();
    s.species.mix = [{ id: 2658, share: 0.5 }, { id: 1146, share: 0.5 }];
    const t = investmentTable(s, { economics, country: null, soilSites: null, species: [{ id: 2658, name: "Acacia mangium", uses: { timber: true, fuelwood: true } }, { id: 1146, name: "Gliricidia sepium", uses: { fodder: true } }] });
    expect(t.base.find((r) => r.variable === "planting_stock_usd_ha")!.source).toMatch(/Nursery planner/);
    expect(t.base.find((r) => r.variable === "share_plantation_timber")!.lower).toBeCloseTo(0.25, 12); // acacia 0.5 split timber/fuelwood
  });
});
