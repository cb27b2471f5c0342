import { describe, expect, it } from "vitest";
import { type SoilProperties, soilConstraints } from "../../../src/lib/site/constraints.js";
import {
  alToxicityClass,
  alToxicityClassFromPh,
  aluminiumCode,
  aluminiumNote,
  depthCode,
  drainageCode,
  EMPTY_SUBSTRATE,
  fertilityCode,
  metalsCode,
  metalsNote,
  needsAtLeast,
  type Substrate,
  salinityClass,
  salinityCode,
  salinityNote,
  siteAlToxicity,
  substrateBonuses,
  substrateFromSoil,
  textureCode,
  toleratesUpTo
} from "../../../src/lib/species/substrate.js";
import { ACACIA_MANGIUM, makeRecord } from "./fixture.js";

const substrate = (fields: Partial<Substrate>): Substrate => ({ ...EMPTY_SUBSTRATE, ...fields });

describe("salinityClass(ecDsM)", () => {
  it("uses Ecocrop's limits: low < 4, medium 4–10, high > 10 dS/m", () => {
    expect([0, 3.99, 4, 10, 10.01].map(salinityClass)).toEqual(["low", "low", "medium", "medium", "high"]);
  });

  it("throws on a negative or non-numeric EC", () => {
    expect(() => salinityClass(-1)).toThrow(/non-negative/);
    expect(() => salinityClass(Number.NaN)).toThrow(RangeError);
  });
});

describe("alToxicityClass(alSaturationPct) and alToxicityClassFromPh(ph)", () => {
  it("classes Al saturation by Ecocrop's limits: none < 5, low ≤ 15, medium ≤ 25, high above", () => {
    expect([0, 4.9, 5, 15, 15.1, 25, 26, 100].map(alToxicityClass)).toEqual([
      "none",
      "none",
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high"
    ]);
    expect(() => alToxicityClass(101)).toThrow(/0–100/);
  });

  it("estimates the class from pH: none from 5.5, low from 5.0, medium from 4.5, high below", () => {
    expect([7, 5.5, 5.49, 5.0, 4.99, 4.5, 4.49, 3].map(alToxicityClassFromPh)).toEqual([
      "none",
      "none",
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high"
    ]);
    expect(() => alToxicityClassFromPh(15)).toThrow(/0–14/);
  });

  it("prefers a measured Al saturation to the pH estimate", () => {
    expect(siteAlToxicity(substrate({ ph: 4.2, alSaturationPct: 3 }))).toEqual({ cls: "none", from: "Al saturation" });
    expect(siteAlToxicity(substrate({ ph: 4.2 }))).toEqual({ cls: "high", from: "pH" });
    expect(siteAlToxicity(substrate({}))).toBeNull();
  });
});

describe("substrateFromSoil(soil, constraints)", () => {
  const soil = (fields: Partial<SoilProperties>): SoilProperties => ({
    ph: null,
    ece: null,
    soc: null,
    sand: null,
    clay: null,
    silt: null,
    bulkDensity: null,
    cec: null,
    metals: {},
    ...fields
  });
  const of = (fields: Partial<SoilProperties>) => substrateFromSoil(soil(fields), soilConstraints(soil(fields)));

  it("takes pH and ECe as they are and infers fertility from organic carbon", () => {
    const s = of({ ph: 4.6, ece: 5.2, soc: 6 });
    expect([s.ph, s.ecDsM, s.fertility]).toEqual([4.6, 5.2, "low"]);
    expect(of({ soc: 10 }).fertility).toBe("moderate"); // the site page's limit: SOC < 10 g/kg
    expect(of({}).fertility).toBeNull();
  });

  it("maps the site page's texture groups to Ecocrop classes", () => {
    expect(of({ sand: 85, clay: 5 }).texture).toBe("light"); // loamy sand: coarse
    expect(of({ sand: 40, clay: 20 }).texture).toBe("medium"); // loam
    expect(of({ sand: 20, clay: 50 }).texture).toBe("heavy"); // clay: fine
    expect(of({ sand: 20 }).texture).toBeNull();
  });

  it("lists metals above their CCME screening value, [] when measured and below, null when none measured", () => {
    expect(of({ metals: { Cu: 900, Zn: 50 } }).metalsAboveScreening).toEqual(["Cu"]); // Cu > 63, Zn ≤ 200 mg/kg
    expect(of({ metals: { Zn: 50 } }).metalsAboveScreening).toEqual([]);
    expect(of({}).metalsAboveScreening).toBeNull();
  });
});

describe("toleratesUpTo(siteRank, opt, abs) and needsAtLeast(siteRank, opt, abs)", () => {
  it("compares the site's class with the highest class a species tolerates", () => {
    expect(toleratesUpTo(1, 1, 2)).toBe("optimal");
    expect(toleratesUpTo(2, 1, 2)).toBe("tolerable");
    expect(toleratesUpTo(3, 1, 2)).toBe("outside");
    expect(toleratesUpTo(3, null, null)).toBe("unknown");
    expect(toleratesUpTo(2, null, 2)).toBe("tolerable");
  });

  it("compares the site's class with the lowest class a species needs", () => {
    expect(needsAtLeast(1, 1, 0)).toBe("optimal");
    expect(needsAtLeast(0, 1, 0)).toBe("tolerable");
    expect(needsAtLeast(0, 2, 1)).toBe("outside");
    expect(needsAtLeast(0, null, null)).toBe("unknown");
  });
});

describe("salinityCode(species, substrate)", () => {
  // Acacia mangium: SAL low (< 4 dS/m) optimal, SALR medium (4–10 dS/m) absolute.
  it("is optimal on non-saline soil for every species, even without salinity data", () => {
    expect(salinityCode(ACACIA_MANGIUM, substrate({ ecDsM: 2 }))).toBe("optimal");
    expect(salinityCode(makeRecord(), substrate({ ecDsM: 2 }))).toBe("optimal");
  });

  it("is tolerable within the absolute class and outside beyond it", () => {
    expect(salinityCode(ACACIA_MANGIUM, substrate({ ecDsM: 6 }))).toBe("tolerable");
    expect(salinityCode(ACACIA_MANGIUM, substrate({ ecDsM: 12 }))).toBe("outside");
  });

  it("is unknown, not tolerant, on saline soil when the species' tolerance is not recorded", () => {
    expect(salinityCode(makeRecord(), substrate({ ecDsM: 6 }))).toBe("unknown");
    expect(salinityNote(makeRecord(), substrate({ ecDsM: 6 }))).toBe(
      "Site medium salinity (ECe 6 dS/m); the species' salt tolerance is not recorded (not assumed tolerant): unknown."
    );
    expect(salinityCode(ACACIA_MANGIUM, substrate({}))).toBe("unknown");
  });
});

describe("aluminiumCode(species, substrate)", () => {
  // Shorea javanica in Ecocrop: TOX low (6–15 %), TOXR medium (16–25 %).
  const shorea = makeRecord({ name: "Shorea javanica", alToxicityOpt: ["low"], alToxicityAbs: ["medium"] });

  it("is optimal where no Al toxicity is expected", () => {
    expect(aluminiumCode(shorea, substrate({ ph: 6 }))).toBe("optimal");
  });

  it("compares the site's class (from pH) with the species' tolerance", () => {
    expect(aluminiumCode(shorea, substrate({ ph: 5.2 }))).toBe("optimal"); // low
    expect(aluminiumCode(shorea, substrate({ ph: 4.7 }))).toBe("tolerable"); // medium
    expect(aluminiumCode(shorea, substrate({ ph: 4.2 }))).toBe("outside"); // high
  });

  it("is unknown for species without Al data and says the pH range judges them", () => {
    expect(aluminiumCode(ACACIA_MANGIUM, substrate({ ph: 4.7 }))).toBe("unknown");
    expect(aluminiumNote(ACACIA_MANGIUM, substrate({ ph: 4.7 }))).toBe(
      "Site Al toxicity medium (estimated from pH 4.7); the species' Al tolerance is not recorded (its pH range judges its acid tolerance): unknown."
    );
  });
});

describe("fertilityCode, depthCode, textureCode, drainageCode", () => {
  it("compares fertility with the lowest the species needs (Acacia mangium: best moderate, at least low)", () => {
    expect(fertilityCode(ACACIA_MANGIUM, substrate({ fertility: "moderate" }))).toBe("optimal");
    expect(fertilityCode(ACACIA_MANGIUM, substrate({ fertility: "low" }))).toBe("tolerable");
    expect(fertilityCode(makeRecord({ fertilityOpt: ["high"], fertilityAbs: ["moderate"] }), substrate({ fertility: "low" }))).toBe(
      "outside"
    );
    expect(fertilityCode(ACACIA_MANGIUM, substrate({}))).toBe("unknown");
  });

  it("compares depth with the shallowest the species needs (Acacia mangium: medium, at least shallow)", () => {
    expect(depthCode(ACACIA_MANGIUM, substrate({ depth: "deep" }))).toBe("optimal");
    expect(depthCode(ACACIA_MANGIUM, substrate({ depth: "shallow" }))).toBe("tolerable");
    expect(depthCode(ACACIA_MANGIUM, substrate({ depth: "very shallow" }))).toBe("outside");
  });

  it("matches texture and drainage classes, with 'wide' texture matching any", () => {
    expect(textureCode(ACACIA_MANGIUM, substrate({ texture: "medium" }))).toBe("optimal");
    expect(textureCode(ACACIA_MANGIUM, substrate({ texture: "light" }))).toBe("tolerable");
    expect(textureCode(ACACIA_MANGIUM, substrate({ texture: "organic" }))).toBe("outside");
    expect(textureCode(makeRecord({ textureAbs: ["wide"] }), substrate({ texture: "organic" }))).toBe("tolerable");
    expect(drainageCode(ACACIA_MANGIUM, substrate({ drainage: "excessive" }))).toBe("tolerable");
    expect(drainageCode(makeRecord(), substrate({ drainage: "well" }))).toBe("unknown");
  });
});

describe("metalsCode(species, substrate)", () => {
  it("is optimal without metals above screening values and unknown for every species otherwise", () => {
    expect(metalsCode(ACACIA_MANGIUM, substrate({ metalsAboveScreening: [] }))).toBe("optimal");
    expect(metalsCode(ACACIA_MANGIUM, substrate({ metalsAboveScreening: ["Cu", "Co"] }))).toBe("unknown");
    expect(metalsCode(ACACIA_MANGIUM, substrate({}))).toBe("unknown");
    expect(metalsNote(ACACIA_MANGIUM, substrate({ metalsAboveScreening: ["Cu", "Co"] }))).toMatch(
      /^Cu, Co above screening values; .*not assumed tolerant/
    );
  });
});

describe("substrateBonuses(species, substrate)", () => {
  it("raises N-fixers only on low-fertility substrate", () => {
    const fixer = makeRecord({ nFixer: true, nFixingStatus: "Frankia" });
    expect(substrateBonuses(fixer, substrate({ fertility: "low" }))).toEqual(["N-fixer (NodDB: Frankia) on low-fertility substrate"]);
    expect(substrateBonuses(fixer, substrate({ fertility: "moderate" }))).toEqual([]);
  });

  it("raises species with a recorded revegetation or erosion-control use, naming the source", () => {
    const cover = makeRecord({ uses: { erosionControl: true }, useSources: { erosionControl: "WCUPS" } });
    expect(substrateBonuses(cover, substrate({}))).toEqual(["used for erosion control (WCUPS)"]);
  });
});
