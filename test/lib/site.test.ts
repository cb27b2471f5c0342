import { describe, expect, it } from "vitest";
import type { ClimateStation, SoilSite } from "../../src/lib/records.js";
import { assessSite, soilIndex } from "../../src/lib/site.js";
import { coverRequirement, waterRetention } from "../../src/lib/soil.js";
import { parseSoilUpload } from "../../src/lib/soil-upload.js";

const station = (id: string, lon: number, t: number, p: number, elevation: number): ClimateStation => ({
  id,
  name: id,
  iso3: null,
  lat: 0,
  lon,
  elevation,
  tMean: t,
  precAnnual: 12 * p,
  tMonthly: [t, t, t, t, t, null, null, t, t, t, t, t],
  precMonthly: Array(12).fill(p),
  tMinColdest: t - 8,
  tMaxWarmest: t + 8,
  tSeasonality: 0,
  precSeasonality: 0
});

const soilSite = (id: string, lon: number, values: Partial<SoilSite>): SoilSite => ({
  id,
  source: "AfSP",
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
  ...values
});

// Three soil sites 11, 22 and 33 km east of the site (within 50 km) and one 556 km away.
const sites = [
  soilSite("s1", 0.1, { ph: 5.0, soc: 8, sand: 60, clay: 25, silt: 15, bulkDensity: 1.4 }),
  soilSite("s2", 0.2, { ph: 5.4, soc: 12, sand: 50, clay: 30, silt: 20 }),
  soilSite("s3", 0.3, { ph: 6.0, soc: 10, sand: 40, clay: 35, silt: 25 }),
  soilSite("far", 5, { ph: 8.0, soc: 30, sand: 10, clay: 60, silt: 30 })
];
const data = { stations: [station("A", 0.1, 24, 150, 500), station("B", 0.2, 22, 100, 600)], soilSites: soilIndex(sites) };

describe("assessSite(input, data)", () => {
  it("returns present and scenario climate figures", () => {
    // IDW weights 0.8 / 0.2 (11.1 and 22.2 km): 0.8 × 24 + 0.2 × 22 = 23.6 °C (lapse corrections cancel at the
    // weighted elevation 520 m); rain 0.8 × 150 + 0.2 × 100 = 140 mm every month → no dry month, year-round wet.
    const a = assessSite({ lat: 0, lon: 0, warmingC: 2, rainfallPct: -50 }, data);
    expect(a.climate.present!.tMean).toBeCloseTo(23.6, 9);
    expect(a.climate.present!.precAnnual).toBeCloseTo(1680, 9);
    expect(a.climate.present!.dryMonths).toBe(0);
    expect(a.climate.present!.plantingMonths).toHaveLength(12);
    expect(a.climate.present!.koppen).toBe("Af"); // no grid loaded: computed from the station climate
    expect(a.climate.present!.elevation).toBeCloseTo(520, 9);
    // Scenario: +2 °C and half the rain: 25.6 °C, 70 mm a month → still no dry month (70 ≥ 60), Af.
    expect(a.climate.scenario!.tMean).toBeCloseTo(25.6, 9);
    expect(a.climate.scenario!.precAnnual).toBeCloseTo(840, 9);
    expect(a.climate.scenario!.koppen).toBe("Af");
    expect(a.climate.presets).toEqual([]); // no climate-change data loaded
  });

  it("summarises the soil sites within the radius", () => {
    const { regional } = assessSite({ lat: 0, lon: 0 }, data).soil;
    expect(regional!.sites.map((s) => s.item.id)).toEqual(["s1", "s2", "s3"]);
    expect(regional!.ph).toEqual({ n: 3, median: 5.4, p25: 5.2, p75: 5.7 });
    expect(regional!.texture).toBe("sandy clay loam"); // median sand 50, clay 30
    expect(regional!.bySource).toEqual({ AfSP: 3 });
  });

  it("judges the regional soil when nothing is measured, and limes it by the buffer-capacity method", () => {
    // Median pH 5.4 < 5.5: moderate acidity. Lime to 5.5 with SOC 10 g/kg, clay 30 %, BD 1.4 (s1 only), 20 cm:
    // pHBC = 0.9548 × 1.0 + 0.0111 × 30 = 1.2878; acidity 0.12878 cmolc/kg; soil 2800 t/ha;
    // CaCO₃ = 0.12878 × 0.5004 × 2800 / 1000 = 0.18044 t/ha.
    const { soil } = assessSite({ lat: 0, lon: 0 }, data);
    expect(soil.sources.ph).toBe("region");
    expect(soil.constraints.find((c) => c.id === "acidity")!.severity).toBe("moderate");
    expect(soil.amendments.lime!.caco3TPerHa).toBeCloseTo(0.18044, 5);
    expect(soil.amendments.compost).toBeNull(); // SOC 10 is at the target
  });

  it("lets measured spoil values take precedence", () => {
    // Spoil pH 4.2, SOC 3 g/kg; clay and BD from the region. pHBC = 0.9548 × 0.3 + 0.0111 × 30 = 0.61944;
    // acidity 0.61944 × 1.3 = 0.805272; CaCO₃ = 0.805272 × 0.5004 × 2800 / 1000 = 1.12828 t/ha.
    // Compost: (10 − 3) × 2800 / 1000 = 19.6 t C/ha → 78.4 t/ha at 25 % C.
    const { soil } = assessSite({ lat: 0, lon: 0, spoil: { ph: 4.2, socGkg: 3, Cu: 900 } }, data);
    expect(soil.sources).toMatchObject({ ph: "spoil", soc: "spoil", clay: "region", Cu: "spoil" });
    expect(soil.constraints.find((c) => c.id === "acidity")!.severity).toBe("severe");
    expect(soil.amendments.lime!.caco3TPerHa).toBeCloseTo(1.12828, 5);
    expect(soil.amendments.compost!.compostTPerHa).toBeCloseTo(78.4, 9);
    // A hostile spoil is a reason for cover; the cover depth uses the regional topsoil's available water.
    expect(soil.amendments.coverReasons.map((r) => r.split(":")[0])).toEqual(["Acidity", "Cu (total)", "Low organic carbon"]);
    const expected = coverRequirement(waterRetention(50, 30, 1.724).available);
    expect(soil.amendments.cover!.depthM).toBeCloseTo(expected.depthM, 12);
  });

  it("uses uploaded samples before the region, and reports land health when they name plots", () => {
    const upload = parseSoilUpload("sample_id,plot,cluster,depth_top_cm,depth_bottom_cm,ph\nA,1,c1,0,20,6.5\nB,2,c2,0,20,7.0\nC,2,c2,20,50,4.0\n");
    const { soil } = assessSite({ lat: 0, lon: 0, samples: upload.samples }, data);
    expect(soil.properties.ph).toBe(6.75); // median of the topsoil samples; the 20–50 cm sample is not the surface
    expect(soil.sources.ph).toBe("samples");
    expect(soil.samples.count).toBe(3);
    expect(soil.samples.landHealth!.units).toBe(2);
  });

  it("reports missing data instead of inventing it", () => {
    const { soil, climate } = assessSite({ lat: 45, lon: 100 }, { stations: [], soilSites: null });
    expect(climate.estimate.status).toBe("no-station");
    expect(soil.regional).toBeNull();
    expect(soil.constraints.every((c) => c.severity === "unknown")).toBe(true);
    expect(soil.amendments.limeNote).toMatch(/pH not known/);
  });

  it("throws on an invalid coordinate", () => {
    expect(() => assessSite({ lat: 0, lon: 200 }, data)).toThrow(RangeError);
  });
});
