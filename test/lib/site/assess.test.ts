import { describe, expect, it } from "vitest";
import type { ClimateStation, SoilSite } from "../../../src/lib/data/records.js";
import { coverRequirement } from "../../../src/lib/site/amendment-formulas.js";
import { assessSite, soilIndex } from "../../../src/lib/site/assess.js";
import { waterRetention } from "../../../src/lib/site/soil.js";
import { assessSoil } from "../../../src/lib/site/soil-assessment.js";
import { parseSoilUpload } from "../../../src/lib/site/soil-upload.js";

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
    // Acid-forming (pH < 4.5) and Cu-rich spoil is covered; very low organic carbon alone is amended with
    // compost, not covered (docs/site-assessment.md, "Growth medium and cover").
    expect(soil.amendments.coverReasons.map((r) => r.split(":")[0])).toEqual(["Acidity", "Cu (total)"]);
    expect(soil.amendments.cover).toMatchObject({ kind: "cover", purpose: "isolation", climate: "humid" });
    // The stations give Af (140 mm every month): humid, so the 1.2 m minimum, not the water-storage depth.
    expect(soil.amendments.cover!.depthM).toBe(1.2);
    expect(soil.amendments.coverNote).toMatch(/Köppen Af: humid climate/);
  });

  it("sizes a full cover by the water it stores where the climate is not known (or dry)", () => {
    // Without a climate (assessSoil alone) the dry-climate rule: 150 mm over the regional topsoil's
    // available water (sand 50, clay 30, SOC 10 g/kg → OM 1.724 %: 0.11343 m³/m³) = 1.3224 m.
    const expected = coverRequirement(waterRetention(50, 30, 1.724).available);
    expect(expected.depthM).toBeCloseTo(1.32237, 4);
    const soil = assessSoil({ lat: 0, lon: 0, spoil: { ph: 4.2, socGkg: 3, Cu: 900 } }, data);
    expect(soil.amendments.cover!.depthM).toBeCloseTo(expected.depthM, 12);
    expect(soil.amendments.cover!.climate).toBe("unknown");
    // A seasonal Köppen class (Aw) gives the same depth.
    const seasonal = assessSoil({ lat: 0, lon: 0, spoil: { ph: 4.2 }, amendments: { koppen: "Aw" } }, data);
    expect(seasonal.amendments.cover!.depthM).toBeCloseTo(expected.depthM, 12);
  });

  it("respreads topsoil when nothing calls for a full cover, and says what was not measured", () => {
    // The regional soil (pH 5.4: moderate acidity) is plantable after liming: a 0.2 m respread, 2000 m³/ha.
    const { soil } = assessSite({ lat: 0, lon: 0 }, data);
    expect(soil.amendments.coverReasons).toEqual([]);
    expect(soil.amendments.cover).toMatchObject({ kind: "respread", purpose: "growth medium", depthM: 0.2, volumeM3PerHa: 2000 });
    expect(soil.amendments.cover!.depthRangeM.lower).toBeCloseTo(0.1, 12);
    expect(soil.amendments.cover!.depthRangeM.upper).toBeCloseTo(0.3, 12);
    expect(soil.amendments.coverNote).toMatch(/Not measured: EC, metals/);
    expect(soil.amendments.limeStatus).toBe("required");
    expect(soil.amendments.compostStatus).toBe("not needed");
    // The user's respread depth.
    const deeper = assessSite({ lat: 0, lon: 0, amendments: { respreadDepthM: 0.3 } }, data).soil.amendments.cover!;
    expect(deeper.volumeM3PerHa).toBeCloseTo(3000, 9);
  });

  it("covers a substrate that holds no water with a root zone", () => {
    // Spoil sand 95 %, clay 2 %, SOC 10 g/kg (region): 0.0387 m³/m³ < 0.05 → severe. Cover of regional topsoil
    // (0.11343 m³/m³): 1.3224 m where the climate is not known; 0.6 m (root-zone minimum) in the humid test climate.
    const spoil = { sandPct: 95, clayPct: 2 };
    const unknown = assessSoil({ lat: 0, lon: 0, spoil }, data).amendments;
    expect(unknown.coverReasons.map((r) => r.split(":")[0])).toEqual(["Low water-holding capacity"]);
    expect(unknown.cover).toMatchObject({ kind: "cover", purpose: "root zone" });
    expect(unknown.cover!.depthM).toBeCloseTo(1.32237, 4);
    expect(assessSite({ lat: 0, lon: 0, spoil }, data).soil.amendments.cover!.depthM).toBe(0.6);
  });

  it("does not cover for a metal that is within the regional background", () => {
    // Ten AfSIS sites with Cu 100, 200, …, 1000 mg/kg: P95 (type 7) = 900 + 0.55 × 100 = 955 mg/kg.
    const metalSites = Array.from({ length: 10 }, (_, i) =>
      soilSite(`m${i}`, 0.01 * (i + 1), { source: "AfSIS", depthTop: 0, depthBottom: 20, metals: { Cu: 100 * (i + 1) } })
    );
    const withBackground = { stations: [], soilSites: soilIndex([...sites, ...metalSites]) };
    const within = assessSoil({ lat: 0, lon: 0, spoil: { Cu: 900 } }, withBackground).amendments;
    expect(within.coverReasons).toEqual([]);
    expect(within.cover!.kind).toBe("respread");
    expect(within.coverNote).toMatch(
      /Cu \(total\) 900 mg\/kg is above its screening value but within the regional background \(P95 955\.0 mg\/kg\)/
    );
    const above = assessSoil({ lat: 0, lon: 0, spoil: { Cu: 1000 } }, withBackground).amendments;
    expect(above.coverReasons.map((r) => r.split(":")[0])).toEqual(["Cu (total)"]);
  });

  it("uses uploaded samples before the region, and reports land health when they name plots", () => {
    const upload = parseSoilUpload(
      "sample_id,plot,cluster,depth_top_cm,depth_bottom_cm,ph\nA,1,c1,0,20,6.5\nB,2,c2,0,20,7.0\nC,2,c2,20,50,4.0\n"
    );
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
    expect([soil.amendments.limeStatus, soil.amendments.compostStatus]).toEqual(["unknown", "unknown"]);
    // Still a (respread) growth-medium layer, with what to measure first.
    expect(soil.amendments.cover!.kind).toBe("respread");
    expect(soil.amendments.coverNote).toMatch(/Not measured: pH, EC, metals/);
  });

  it("throws on an invalid coordinate", () => {
    expect(() => assessSite({ lat: 0, lon: 200 }, data)).toThrow(RangeError);
  });
});
