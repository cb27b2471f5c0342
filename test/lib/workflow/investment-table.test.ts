import { describe, expect, it } from "vitest";
import { defaultScenario } from "../../../src/lib/scenario/index.js";
import { investmentTable } from "../../../src/lib/workflow/investment-table.js";

const economics = {
  countryEconomics: [{ iso3: "ZMB", country: "Zambia", gdpPerCapitaUsd: 1358.94, gdpYear: 2023 }],
  series: { countries: {}, usInflationPct: [] },
  removalFactors: [
    {
      iso3: "ZMB",
      name: "Wood fiber or timber",
      sciName: "Unknown",
      plantationType: "Planted forest",
      removalFactor: 5.8781,
      removalFactorSd: 0.9259
    }
  ],
  restorationCosts: { ranges: [] }
};

describe("investmentTable(scenario, data)", () => {
  it("applies the readiness checklist to the defaults and the user's edits on top", () => {
    const s = defaultScenario();
    s.site = { lat: -12.8, lon: 28.21, name: "Copperbelt" };
    s.institutions.missingFactors = ["policy-tenure"];
    s.investment.estimates = {
      carbon_price_usd_t: { lower: 20, upper: 40 },
      p_tenure_conflict: { lower: 0.02, upper: 0.05 },
      nope: { lower: 1 }
    };
    const t = investmentTable(s, { economics, country: { iso3: "ZMB", name: "Zambia" }, soilSites: null, species: null });
    const base = (v: string) => t.base.find((r) => r.variable === v)!;
    const row = (v: string) => t.rows.find((r) => r.variable === v)!;
    expect(base("p_tenure_conflict").upper).toBeCloseTo(0.18, 12); // 0.06 × 3
    expect(row("p_tenure_conflict").upper).toBe(0.05); // the user's edit wins
    expect(row("carbon_price_usd_t").lower).toBe(20);
    expect(t.unknownOverrides).toEqual(["nope"]);
    expect(t.notes[0]).toBe("Country: Zambia (ZMB).");
    expect(t.notes.join(" ")).toMatch(/readiness checklist/);
    expect(base("wage_usd_day").source).toMatch(/Zambia GDP per capita 1,359/);
  });
  it("costs the nursery for a mix and reports species without nursery data", () => {
    const s = defaultScenario();
    s.species.mix = [
      { id: 2658, share: 0.5 },
      { id: 1146, share: 0.5 }
    ];
    const t = investmentTable(s, {
      economics,
      country: null,
      soilSites: null,
      species: [
        { id: 2658, name: "Acacia mangium", uses: { timber: true, fuelwood: true } },
        { id: 1146, name: "Gliricidia sepium", uses: { fodder: true } }
      ]
    });
    expect(t.base.find((r) => r.variable === "planting_stock_usd_ha")!.source).toMatch(/Nursery planner/);
    expect(t.base.find((r) => r.variable === "share_plantation_timber")!.lower).toBeCloseTo(0.25, 12); // acacia 0.5 split timber/fuelwood
  });
});

describe("siteCostsFor(scenario, soilSites, notes, koppen) through investmentTable", () => {
  // Three regional topsoil sites 11–33 km east of (0, 0): median sand 50 %, clay 30 %, SOC 10 g/kg, pH 5.4.
  const site = (id: string, lon: number, v: Record<string, number>) => ({
    id,
    source: "AfSP" as const,
    lat: 0,
    lon,
    depthTop: 0,
    depthBottom: 30,
    ph: null,
    soc: null,
    sand: null,
    silt: null,
    clay: null,
    cec: null,
    bulkDensity: null,
    totalN: null,
    ec: null,
    metals: null,
    mehlich3: null,
    censored: [],
    ...v
  });
  const soilSites = [
    site("s1", 0.1, { ph: 5.0, soc: 8, sand: 60, clay: 25, silt: 15, bulkDensity: 1.4 }),
    site("s2", 0.2, { ph: 5.4, soc: 12, sand: 50, clay: 30, silt: 20 }),
    site("s3", 0.3, { ph: 6.0, soc: 10, sand: 40, clay: 35, silt: 25 })
  ];
  const scenarioAt = (spoil: Record<string, number>) => {
    const s = defaultScenario();
    s.site = { lat: 0, lon: 0, name: "test" };
    s.soil.spoil = spoil;
    return s;
  };
  const row = (t: ReturnType<typeof investmentTable>, v: string) => t.rows.find((r) => r.variable === v)!;

  it("costs a topsoil respread, not a full cover, when nothing calls for one", () => {
    // Regional soil pH 5.4 (moderate): respread 0.1–0.3 m × 1–3 USD/m³ → 1380–6520 USD/ha (3 significant digits).
    const t = investmentTable(scenarioAt({}), { economics, country: null, soilSites, species: null });
    expect(row(t, "cover_usd_ha")).toMatchObject({ distribution: "lnorm", lower: 1380, upper: 6520 });
    expect(row(t, "cover_usd_ha").source).toMatch(/topsoil respread 0\.20 m \(0\.10–0\.30 m\)/);
    expect(row(t, "cover_usd_ha").description).toMatch(/^Respreading topsoil/);
  });

  it("costs a full cover over acid spoil, with the climate from the Köppen grid when given", () => {
    // Spoil pH 4.2 (severe). Without a climate: 150 mm / 0.113433 m³/m³ = 1.32237 m → 13 224 m³/ha × 2–6 USD.
    const t = investmentTable(scenarioAt({ ph: 4.2 }), { economics, country: null, soilSites, species: null });
    expect(row(t, "cover_usd_ha")).toMatchObject({ lower: 26400, upper: 79300 });
    expect(row(t, "cover_usd_ha").source).toMatch(/full cover 1\.32 m \(Acidity\)/);
    // A humid grid cell (Af everywhere): the 1.2 m minimum → 12 000 m³/ha × 2–6 USD.
    const koppen = { classes: ["Af"], index: "0".repeat(360 * 720) };
    const humid = investmentTable(scenarioAt({ ph: 4.2 }), { economics, country: null, soilSites, species: null, koppen });
    expect(row(humid, "cover_usd_ha")).toMatchObject({ lower: 24000, upper: 72000 });
  });
});
