import { describe, expect, it } from "vitest";
import { mayFormAcid, mineAt, mineKind } from "../../../src/lib/closure/mine.js";
import {
  canRevegetate,
  closureQuantities,
  DEFAULT_WATER_YEARS,
  NET_PERCOLATION,
  pitPerimeterM,
  regradeVolume
} from "../../../src/lib/closure/quantities.js";
import type { Mine } from "../../../src/lib/data/records.js";
import { coverDesign } from "../../../src/lib/site/cover.js";
import { assessmentFor, COPPER_PIT, IRON_UNDERGROUND, scenarioAt } from "./fixture.js";

describe("regradeVolume(dumpsHa, heightM, slopeDeg, targetDeg)", () => {
  it("moves H²/8 (cot β − cot α) per metre of a square dump's faces (worked by hand)", () => {
    // 40 ha, 30 m high, 37° → 3H:1V (cot β = 3): cot 37° = 1.32704482; 900/8 × 1.67295518 = 188.207458 m³/m;
    // faces 4 × √400,000 = 2,529.82213 m; volume 476,131.39 m³; push √(43.2704² + 20²) = 47.669 m.
    const r = regradeVolume(40, 30, 37, (Math.atan(1 / 3) * 180) / Math.PI);
    expect(r.perMetreM3).toBeCloseTo(188.207458, 5);
    expect(r.faceLengthM).toBeCloseTo(2529.82213, 4);
    expect(r.volumeM3).toBeCloseTo(476131.39, 1);
    expect(r.pushM).toBeCloseTo(47.669, 3);
  });

  it("moves nothing when the face is already at the target slope or flatter, and rejects impossible input", () => {
    expect(regradeVolume(40, 30, 18, 20).volumeM3).toBe(0);
    expect(() => regradeVolume(-1, 30, 37, 18)).toThrow(RangeError);
    expect(() => regradeVolume(10, 30, 95, 18)).toThrow(RangeError);
  });
});

describe("pitPerimeterM(pitHa)", () => {
  it("is the circumference of a round pit of that area", () => {
    expect(pitPerimeterM(20)).toBeCloseTo(1585.331, 3);
    expect(pitPerimeterM(0)).toBe(0);
  });
});

describe("canRevegetate(koppen)", () => {
  it("rules out deserts and ice caps only", () => {
    expect(canRevegetate("BWh")).toBe(false);
    expect(canRevegetate("BWk")).toBe(false);
    expect(canRevegetate("EF")).toBe(false);
    for (const k of ["BSk", "Af", "Aw", "Cwa", "Dfc", "ET"]) expect(canRevegetate(k)).toBe(true);
    expect(canRevegetate(null)).toBeNull();
  });
});

describe("mineAt(mines, lat, lon, name) / mineKind / mayFormAcid", () => {
  const mine = (over: Partial<Mine>): Mine => ({
    id: "x",
    source: "ICMM",
    name: "Escondida",
    iso3: "CHL",
    country: "Chile",
    lat: -24.27,
    lon: -69.07,
    commodities: ["Copper"],
    openPit: null,
    status: null,
    areaKm2: null,
    type: "Mine",
    production: null,
    strippingRatio: null,
    ...over
  });
  it("takes the nearest record within 5 km and fills open pit from another record of the same mine", () => {
    const mines = [
      mine({ id: "a", lat: -24.28, lon: -69.07 }),
      mine({ id: "b", source: "Jasansky", lat: -24.271, lon: -69.071, openPit: true }),
      mine({ id: "c", name: "Far away", lat: -20, lon: -69 })
    ];
    const m = mineAt(mines, -24.27, -69.07, "Escondida")!;
    expect(m.source).toBe("Jasansky");
    expect(m.openPit).toBe(true);
    expect(mineAt(mines, 0, 0)).toBeNull();
  });
  it("classifies the mine and flags sulphide commodities", () => {
    expect(mineKind(COPPER_PIT)).toBe("open-pit metal");
    expect(mineKind(IRON_UNDERGROUND)).toBe("underground");
    expect(mineKind({ ...COPPER_PIT, source: "GEM", commodities: ["Coal"] })).toBe("open-pit coal");
    expect(mineKind(null)).toBe("open-pit metal");
    expect(mayFormAcid(COPPER_PIT)).toBe(true);
    expect(mayFormAcid(IRON_UNDERGROUND)).toBe(false);
    expect(mayFormAcid(null)).toBe(false);
  });
});

describe("closureQuantities(input)", () => {
  const value = (q: ReturnType<typeof closureQuantities>, id: keyof typeof q.values) => q.values[id];

  it("splits the area to restore by the mine's kind and prices the site's cover rule", () => {
    const q = closureQuantities({
      scenario: scenarioAt(),
      assessment: assessmentFor({ koppen: "Af", precAnnual: 2000 }),
      mine: COPPER_PIT,
      nurserySeedlingsPerHa: null
    });
    expect(q.kind).toBe("open-pit metal");
    expect(q.totalHa).toBeCloseTo(100, 9);
    expect(value(q, "dumpsHa")).toBeCloseTo(40, 9);
    expect(value(q, "growthMediumDepthM")).toBe(0.2); // the site rule's respread
    // Copper may form acid: the tailings get the site rule's isolation cover (humid: the 1.2 m minimum).
    expect(value(q, "tailingsCoverDepthM")).toBe(coverDesign({ purpose: "isolation", availableWater: 0.15, climate: "humid" }).depthM);
    expect(value(q, "tailingsCoverDepthM")).toBe(1.2);
    // Water: 2,000 mm on 60 ha of dumps and tailings, 20 % seeping: 240,000 m³/yr for 20 years.
    expect(value(q, "waterM3PerYear")).toBeCloseTo((2000 / 1000) * 60 * 10_000 * NET_PERCOLATION, 6);
    expect(value(q, "waterYears")).toBe(DEFAULT_WATER_YEARS);
    expect(value(q, "seedingHa")).toBeCloseTo(80, 9);
    expect(value(q, "plantingHa")).toBeCloseTo(80, 9);
    expect(value(q, "seedlingsPerHa")).toBeCloseTo(1100 * (1 + (1 - 0.8)), 9);
    expect(value(q, "fenceM")).toBeCloseTo(pitPerimeterM(20), 9);
    expect(value(q, "monitoringYears")).toBe(0);
  });

  it("costs no revegetation, growth medium or water treatment in a desert", () => {
    const q = closureQuantities({
      scenario: scenarioAt(),
      assessment: assessmentFor({ koppen: "BWk", precAnnual: 27 }),
      mine: COPPER_PIT,
      nurserySeedlingsPerHa: null
    });
    expect(q.revegetation).toBe(false);
    for (const id of ["seedingHa", "plantingHa", "growthMediumDepthM", "waterM3PerYear"] as const) expect(value(q, id)).toBe(0);
    expect(value(q, "tailingsCoverDepthM")).toBeGreaterThan(0); // the tailings are still capped
    expect(value(q, "rippingHa")).toBeGreaterThan(0);
    expect(q.notes.join(" ")).toMatch(/desert or ice climate/);
  });

  it("has no pit, fence or water treatment at an underground iron mine, and revegetates a boreal site", () => {
    const q = closureQuantities({
      scenario: scenarioAt(),
      assessment: assessmentFor({ koppen: "Dfc", precAnnual: 490 }),
      mine: IRON_UNDERGROUND,
      nurserySeedlingsPerHa: null
    });
    expect(q.kind).toBe("underground");
    expect(value(q, "pitHa")).toBe(0);
    expect(value(q, "fenceM")).toBe(0);
    expect(value(q, "waterM3PerYear")).toBe(0);
    expect(value(q, "tailingsCoverDepthM")).toBe(0);
    expect(value(q, "seedingHa")).toBeGreaterThan(0);
  });

  it("uses a full cover where the site's rule asks for one, and says unknown without climate", () => {
    const q = closureQuantities({
      scenario: scenarioAt(),
      assessment: assessmentFor({ koppen: null, precAnnual: null, purpose: "isolation", coverReasons: ["Acidity: pH 3.9"] }),
      mine: null,
      nurserySeedlingsPerHa: 1500
    });
    expect(value(q, "coverDepthM")).toBe(coverDesign({ purpose: "isolation", availableWater: 0.15, climate: "unknown" }).depthM);
    expect(q.acidRisk).toBe(true);
    expect(q.revegetation).toBeNull();
    expect(value(q, "waterM3PerYear")).toBe(0);
    expect(q.rows.find((r) => r.id === "waterM3PerYear")!.basis).toMatch(/unknown/);
    expect(value(q, "seedlingsPerHa")).toBe(1500);
  });

  it("takes the user's values, and the defaults that depend on them follow", () => {
    const s = scenarioAt();
    s.closure.quantities = { dumpsHa: 100, plantHa: 2 };
    const q = closureQuantities({
      scenario: s,
      assessment: assessmentFor({ koppen: "Cwa", precAnnual: 1200 }),
      mine: COPPER_PIT,
      nurserySeedlingsPerHa: null
    });
    expect(value(q, "dumpsHa")).toBe(100);
    expect(q.rows.find((r) => r.id === "dumpsHa")!.edited).toBe(true);
    expect(value(q, "rippingHa")).toBeCloseTo(100 + 8 + 7 + 2, 9);
    expect(value(q, "buildingsM2")).toBeCloseTo(2 * 10_000 * 0.25, 9);
    expect(q.totalHa).toBeCloseTo(100 + 20 + 20 + 8 + 7 + 2, 9);
  });
});
