import { describe, expect, it } from "vitest";
import { compostRequirement, coverRequirement, limeRequirement, phBufferCapacity } from "../../../src/lib/site/amendment-formulas.js";
import { metalBackground, type SoilProperties, soilConstraints } from "../../../src/lib/site/constraints.js";
import { coverClimate, coverDesign } from "../../../src/lib/site/cover.js";
import { textureClass, textureGroup, toECe, waterRetention } from "../../../src/lib/site/soil.js";
import { bulkDensityLimits } from "../../../src/lib/site/thresholds.js";

describe("textureClass(sand, clay, silt)", () => {
  // Points well inside each class of the USDA triangle (sand, clay; silt = rest), incl. the example
  // compositions of Saxton & Rawls (2006), Table 3.
  const cases: [number, number, string][] = [
    [88, 5, "sand"],
    [80, 5, "loamy sand"],
    [65, 10, "sandy loam"],
    [40, 20, "loam"],
    [20, 15, "silt loam"],
    [5, 5, "silt"],
    [60, 25, "sandy clay loam"],
    [30, 35, "clay loam"],
    [10, 35, "silty clay loam"],
    [50, 40, "sandy clay"],
    [10, 45, "silty clay"],
    [20, 50, "clay"]
  ];
  it.each(cases)("sand %d %%, clay %d %% is %s", (sand, clay, expected) => {
    expect(textureClass(sand, clay)).toBe(expected);
  });

  it("follows the class boundaries of the triangle", () => {
    // silt + 1.5 clay = 15 is loamy sand, just below is sand; sand 52/53 splits loam from sandy loam at 15 % clay.
    expect(textureClass(85, 6, 9)).toBe("loamy sand"); // 9 + 9 = 18 ≥ 15; 9 + 12 = 21 < 30
    expect(textureClass(90, 4, 6)).toBe("sand"); // 6 + 6 = 12 < 15
    expect(textureClass(52, 15, 33)).toBe("loam");
    expect(textureClass(53, 15, 32)).toBe("sandy loam");
    expect(textureClass(48, 25, 27)).toBe("sandy clay loam"); // silt < 28, sand > 45
    expect(textureClass(30, 40, 30)).toBe("clay"); // clay ≥ 40, silt < 40, sand ≤ 45
  });

  it("rescales fractions that sum to a little off 100 %, and rejects nonsense", () => {
    expect(textureClass(42, 21, 42)).toBe("loam"); // sum 105 → 40, 20, 40
    expect(() => textureClass(60, 60, 30)).toThrow(/too far from 100/);
    expect(() => textureClass(-5, 20)).toThrow(RangeError);
  });
});

describe("textureGroup(texture)", () => {
  it("groups classes as coarse, medium and fine", () => {
    expect(textureGroup("loamy sand")).toBe("coarse");
    expect(textureGroup("silt loam")).toBe("medium");
    expect(textureGroup("clay loam")).toBe("fine");
  });
});

describe("waterRetention(sand, clay, organicMatter)", () => {
  // Saxton & Rawls (2006), Table 3 (OM 2.5 %): wilting point, field capacity (% vol) and available water
  // (m/m), rounded as published. Tolerance: half a unit of the last published digit.
  const table: [string, number, number, number, number, number][] = [
    ["sand", 88, 5, 5, 10, 0.05],
    ["loamy sand", 80, 5, 5, 12, 0.07],
    ["sandy loam", 65, 10, 8, 18, 0.1],
    ["loam", 40, 20, 14, 28, 0.14],
    ["silt loam", 20, 15, 11, 31, 0.2],
    ["silt", 10, 5, 6, 30, 0.25],
    ["sandy clay loam", 60, 25, 17, 27, 0.1],
    ["clay loam", 30, 35, 22, 36, 0.14],
    ["silty clay loam", 10, 35, 22, 38, 0.17],
    ["silty clay", 10, 45, 27, 41, 0.14],
    ["clay", 20, 50, 30, 42, 0.12],
    ["sandy clay", 50, 40, 25, 36, 0.11]
  ];
  it.each(table)("reproduces Table 3 for %s", (_, sand, clay, wp, fc, aw) => {
    const r = waterRetention(sand, clay, 2.5);
    expect(Math.abs(r.wiltingPoint * 100 - wp)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(r.fieldCapacity * 100 - fc)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(r.available - aw)).toBeLessThanOrEqual(0.005);
  });
});

describe("toECe(ec, method, group)", () => {
  it("multiplies EC 1:5 by 6.4 (Talsma 1968)", () => {
    expect(toECe(0.5, "1:5")).toBeCloseTo(3.2, 12);
  });

  it("applies the Hogg & Henry texture regressions to 1:1 and 1:2 extracts", () => {
    expect(toECe(2, "1:2", "medium")).toBeCloseTo(2.35 * 2 - 0.36, 12); // 4.34
    expect(toECe(2, "1:2", "coarse")).toBeCloseTo(2.79 * 2 + 0.71, 12); // 6.29
    expect(toECe(1, "1:1", "fine")).toBeCloseTo(2.66 - 0.97, 12); // 1.69
  });

  it("never returns less than the measured EC (the paste is the most concentrated extract)", () => {
    expect(toECe(0.1, "1:1", "medium")).toBe(0.1); // 0.301 − 0.77 < 0.1
    expect(toECe(0.04, "1:2", "medium")).toBe(0.04); // 0.094 − 0.36 < 0.04
  });

  it("passes ECe through and rejects bad input", () => {
    expect(toECe(3.3, "ECe")).toBe(3.3);
    expect(() => toECe(-1, "ECe")).toThrow(RangeError);
    expect(() => toECe(1, "1:10" as never)).toThrow(/Unknown EC method/);
  });
});

describe("bulkDensityLimits(texture, clay)", () => {
  it("picks the NRCS row by texture, and by clay content for clayey classes", () => {
    expect(bulkDensityLimits("loamy sand", 5).restricts).toBe(1.8);
    expect(bulkDensityLimits("clay loam", 30).restricts).toBe(1.75);
    expect(bulkDensityLimits("clay loam", 38).restricts).toBe(1.58);
    expect(bulkDensityLimits("clay", 50).restricts).toBe(1.47);
    expect(bulkDensityLimits("silty clay loam", 30).mayAffect).toBe(1.55);
  });
});

describe("soilConstraints(soil, background)", () => {
  const spoil: SoilProperties = {
    ph: 4.2,
    ece: 5,
    soc: 4,
    sand: 85,
    clay: 5,
    silt: 10,
    bulkDensity: 1.75,
    cec: null,
    metals: { Cu: 450, Zn: 150, Cd: 0.5, As: 20 },
    belowDetection: ["Cd", "As"]
  };
  const byId = (list: ReturnType<typeof soilConstraints>) => Object.fromEntries(list.map((c) => [c.id, c]));

  it("grades a hostile copper spoil constraint by constraint", () => {
    const c = byId(soilConstraints(spoil, { Cu: { n: 40, p50: 40, p90: 150, p95: 200 } }));
    expect(c.acidity.severity).toBe("severe"); // 4.2 < 4.5
    expect(c.alkalinity.severity).toBe("none");
    expect(c.salinity.severity).toBe("moderate"); // 4 ≤ 5 < 8 dS/m
    expect(c["metal-Cu"].severity).toBe("moderate"); // 450 > 63 (CCME)
    expect(c["metal-Cu"].message).toMatch(/above the regional background/); // 450 > P95 200
    expect(c["metal-Zn"].severity).toBe("none"); // 150 < 200
    expect(c["metal-Cd"].severity).toBe("none"); // below a 0.5 detection limit < 1.4
    expect(c["metal-As"].severity).toBe("unknown"); // below a 20 detection limit, which is above 12
    expect(c["metal-Pb"].severity).toBe("unknown"); // not measured, still listed
    expect(c["low-soc"].severity).toBe("severe"); // 4 < 5 g/kg
    expect(c["coarse-texture"].severity).toBe("moderate"); // loamy sand
    expect(c.compaction.severity).toBe("moderate"); // 1.69 < 1.75 ≤ 1.80 for loamy sand
    expect(c["low-water"].severity).toBe("moderate"); // Saxton–Rawls ≈ 0.07 < 0.10
    expect(c.acidity.threshold).toBe("pH < 5.5 moderate, < 4.5 severe");
    expect(c.acidity.source).toMatch(/Soil Survey Manual/);
  });

  it("says 'unknown' for every property that was not measured", () => {
    const none: SoilProperties = {
      ph: null,
      ece: null,
      soc: null,
      sand: null,
      clay: null,
      silt: null,
      bulkDensity: null,
      cec: null,
      metals: {}
    };
    const list = soilConstraints(none);
    expect(list.every((c) => c.severity === "unknown")).toBe(true);
    expect(list.map((c) => c.id)).toContain("metal-Cr");
    expect(list.map((c) => c.id)).not.toContain("metal-Hg"); // non-core metals only when measured
  });

  it("finds nothing limiting in a good loam", () => {
    const loam: SoilProperties = {
      ph: 6.2,
      ece: 0.4,
      soc: 18,
      sand: 40,
      clay: 20,
      silt: 40,
      bulkDensity: 1.3,
      cec: 15,
      metals: { Cu: 20, Zn: 50, Pb: 10, Cd: 0.2, As: 3, Ni: 15, Cr: 30 }
    };
    expect(soilConstraints(loam).filter((c) => c.severity !== "none")).toEqual([]);
  });
});

describe("metalBackground(sites)", () => {
  it("leaves censored values out and needs 10 measured values", () => {
    const sites = Array.from({ length: 20 }, (_, i) => ({ metals: { Cu: i + 1, As: 0.3 }, censored: i < 15 ? ["As"] : [] }));
    sites.push({ metals: { Cu: 999, As: 0.3 }, censored: ["Cu", "As"] });
    const bg = metalBackground(sites);
    expect(bg.Cu).toEqual({ n: 20, p50: 10.5, p90: expect.closeTo(18.1, 9), p95: expect.closeTo(19.05, 9) });
    expect(bg.As).toBeUndefined(); // 5 measured values only
  });
});

describe("limeRequirement({ph, targetPh, socGkg, clayPct, bulkDensity, depthM})", () => {
  it("works out lime by the buffer-capacity method", () => {
    // pHBC = 0.9548 × 1.2 % + 0.0111 × 30 % = 1.47876 cmolc/kg/pH. Acidity to pH 5.5 from 4.5: 1.47876 cmolc/kg.
    // Soil mass 1.3 t/m³ × 0.2 m × 10 000 m² = 2600 t/ha. CaCO₃ = 1.47876 × 0.5004 × 2600 / 1000 = 1.9239 t/ha.
    expect(phBufferCapacity(12, 30)).toBeCloseTo(1.47876, 9);
    const lime = limeRequirement({ ph: 4.5, targetPh: 5.5, socGkg: 12, clayPct: 30, bulkDensity: 1.3, depthM: 0.2 });
    expect(lime.soilMassTPerHa).toBeCloseTo(2600, 9);
    expect(lime.caco3TPerHa).toBeCloseTo(1.92392, 4);
  });

  it("needs no lime at or above the target, and rejects negative inputs", () => {
    expect(limeRequirement({ ph: 6, socGkg: 12, clayPct: 30 }).caco3TPerHa).toBe(0);
    expect(() => limeRequirement({ ph: 4, socGkg: -1, clayPct: 30 })).toThrow(RangeError);
  });
});

describe("compostRequirement({socGkg, targetSocGkg, bulkDensity, depthM, compostCarbonFraction})", () => {
  it("works out compost to raise SOC over a layer", () => {
    // (10 − 4) g/kg × 2600 t/ha / 1000 = 15.6 t C/ha; at 25 % C: 62.4 t dry compost/ha.
    const c = compostRequirement({ socGkg: 4, targetSocGkg: 10, bulkDensity: 1.3, depthM: 0.2, compostCarbonFraction: 0.25 });
    expect(c.carbonTPerHa).toBeCloseTo(15.6, 9);
    expect(c.compostTPerHa).toBeCloseTo(62.4, 9);
  });

  it("rejects a compost without carbon", () => {
    expect(() => compostRequirement({ socGkg: 4, compostCarbonFraction: 0 })).toThrow(RangeError);
  });
});

describe("coverRequirement(availableWater, targetWaterMm)", () => {
  it("finds the depth that stores 150 mm of available water", () => {
    // 150 mm / (0.10 × 1000) = 1.5 m; 1.5 m × 10 000 m² = 15 000 m³/ha.
    expect(coverRequirement(0.1)).toEqual({ depthM: 1.5, volumeM3PerHa: 15000, availableWater: 0.1 });
    expect(coverRequirement(0.14, 100).depthM).toBeCloseTo(0.7142857, 6);
  });

  it("rejects impossible water contents", () => {
    expect(() => coverRequirement(0)).toThrow(RangeError);
    expect(() => coverRequirement(0.9)).toThrow(RangeError);
  });
});

describe("coverClimate(koppen)", () => {
  it("sorts Köppen–Geiger classes into arid, seasonal and humid climates for the cover rule", () => {
    // Kottek et al. (2006) letters: B dry; second letter f = no dry season, m = monsoon, s/w = dry summer/winter.
    const cases: [string | null, string][] = [
      ["BWh", "arid"],
      ["BSk", "arid"],
      ["Af", "humid"],
      ["Am", "humid"],
      ["Cfb", "humid"],
      ["Dfc", "humid"],
      ["ET", "humid"],
      ["Aw", "seasonal"],
      ["As", "seasonal"],
      ["Cwa", "seasonal"],
      ["Csb", "seasonal"],
      ["Dwa", "seasonal"],
      [null, "unknown"],
      ["", "unknown"],
      ["X", "unknown"],
      ["A", "unknown"]
    ];
    for (const [code, expected] of cases) expect(coverClimate(code), String(code)).toBe(expected);
  });
});

describe("coverDesign(input)", () => {
  it("respreads 0.2 m of growth medium over plantable spoil, costed over 0.1–0.3 m", () => {
    // 0.2 m × 10 000 m² = 2000 m³/ha; stores 0.2 m × 0.083 × 1000 = 16.6 mm; range 0.5–1.5 × 0.2 m.
    const d = coverDesign({ purpose: "growth medium", availableWater: 0.083, climate: "seasonal" });
    expect(d.kind).toBe("respread");
    expect(d.depthM).toBe(0.2);
    expect(d.depthRangeM.lower).toBeCloseTo(0.1, 12);
    expect(d.depthRangeM.upper).toBeCloseTo(0.3, 12);
    expect(d.volumeM3PerHa).toBeCloseTo(2000, 9);
    expect(d.storedWaterMm).toBeCloseTo(16.6, 9);
    // The climate does not change a respread; a user depth of 0.3 m is costed over 0.15–0.45 m.
    expect(coverDesign({ purpose: "growth medium", availableWater: null, climate: "humid" }).depthM).toBe(0.2);
    const deeper = coverDesign({ purpose: "growth medium", availableWater: null, climate: "arid", respreadDepthM: 0.3 });
    expect(deeper.depthRangeM.lower).toBeCloseTo(0.15, 12);
    expect(deeper.depthRangeM.upper).toBeCloseTo(0.45, 12);
    expect(deeper.storedWaterMm).toBeNull();
  });

  it("sizes a full cover over hostile spoil by the water it stores in a seasonal climate", () => {
    // 150 mm / (0.083 × 1000) = 1.80723 m, between the 1.2 m minimum and the 2.0 m maximum.
    const d = coverDesign({ purpose: "isolation", availableWater: 0.083, climate: "seasonal" });
    expect(d.kind).toBe("cover");
    expect(d.depthM).toBeCloseTo(1.807229, 6);
    expect(d.volumeM3PerHa).toBeCloseTo(18072.29, 2);
    expect(d.depthRangeM).toEqual({ lower: d.depthM, upper: d.depthM });
    expect(d.storedWaterMm).toBeCloseTo(150, 9);
    // Unknown climate: the same (dry-climate) rule.
    expect(coverDesign({ purpose: "isolation", availableWater: 0.083, climate: "unknown" }).depthM).toBeCloseTo(1.807229, 6);
  });

  it("bounds the cover between its minimum and maximum", () => {
    // 150 / 60 = 2.5 m → capped at 2.0 m; 150 / 200 = 0.75 m → raised to the 1.2 m isolation minimum.
    const capped = coverDesign({ purpose: "isolation", availableWater: 0.06, climate: "arid" });
    expect(capped.depthM).toBe(2);
    expect(capped.basis).toMatch(/2\.50 m would store 150 mm; capped at 2\.00 m/);
    expect(coverDesign({ purpose: "isolation", availableWater: 0.2, climate: "arid" }).depthM).toBe(1.2);
    // A root zone over a non-toxic substrate has a 0.6 m minimum: 0.75 m stands.
    expect(coverDesign({ purpose: "root zone", availableWater: 0.2, climate: "seasonal" }).depthM).toBeCloseTo(0.75, 12);
    // User bounds.
    expect(coverDesign({ purpose: "isolation", availableWater: 0.06, climate: "arid", maxDepthM: 3 }).depthM).toBeCloseTo(2.5, 12);
    expect(
      coverDesign({ purpose: "isolation", availableWater: 0.2, climate: "arid", minDepthM: 0.5, targetWaterMm: 120 }).depthM
    ).toBeCloseTo(0.6, 12);
  });

  it("uses the minimum depth in a humid climate, where a soil store does not stop percolation", () => {
    const d = coverDesign({ purpose: "isolation", availableWater: 0.083, climate: "humid" });
    expect(d.depthM).toBe(1.2);
    expect(d.basis).toMatch(/Humid climate/);
    expect(d.storedWaterMm).toBeCloseTo(99.6, 9); // 1.2 × 0.083 × 1000
    expect(coverDesign({ purpose: "root zone", availableWater: 0.083, climate: "humid" }).depthM).toBe(0.6);
  });

  it("uses the minimum when the cover soil's texture is not known", () => {
    const d = coverDesign({ purpose: "isolation", availableWater: null, climate: "seasonal" });
    expect(d.depthM).toBe(1.2);
    expect(d.basis).toMatch(/texture is not known/);
  });

  it("rejects impossible settings", () => {
    expect(() => coverDesign({ purpose: "isolation", availableWater: 0, climate: "arid" })).toThrow(RangeError);
    expect(() => coverDesign({ purpose: "isolation", availableWater: 0.1, climate: "arid", minDepthM: 2, maxDepthM: 1 })).toThrow(
      RangeError
    );
    expect(() => coverDesign({ purpose: "isolation", availableWater: 0.1, climate: "arid", targetWaterMm: 0 })).toThrow(RangeError);
    expect(() => coverDesign({ purpose: "growth medium", availableWater: 0.1, climate: "arid", respreadDepthM: 0 })).toThrow(RangeError);
  });
});
