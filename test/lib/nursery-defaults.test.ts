/** Propagation defaults: published per-species values win over growth-form defaults; overrides are checked. */
import { describe, expect, it } from "vitest";
import { DEFAULT_RATES, PARAM_NAMES, REFERENCES, TECHNOLOGIES, applyOverrides, inoculationFor, propagationDefaults } from "../../src/lib/nursery-defaults.js";

describe("propagationDefaults(species)", () => {
  it("uses the DFSC seed leaflet's 66,000–120,000 seeds/kg (midpoint 93,000) for Acacia mangium", () => {
    const { params, sources } = propagationDefaults({ name: "Acacia mangium", growthForm: "tree" });
    expect(params.seedsPerKg).toBe(93000);
    expect(sources.seedsPerKg).toMatchObject({ ref: "DFSC2000", assumption: false });
  });
  it("matches the name case-insensitively", () => expect(propagationDefaults({ name: " acacia MANGIUM", growthForm: "tree" }).params.seedsPerKg).toBe(93000));
  it("falls back to the growth form, and marks placeholders as assumptions", () => {
    const { params, sources } = propagationDefaults({ name: "Unknown tree", growthForm: "tree" });
    expect(params.growthWeeks).toBe(14);
    expect(sources.seedsPerKg.assumption).toBe(true);
    expect(sources.nurseryLoss).toMatchObject({ ref: "TreesForLife", assumption: false });
  });
  it("gives shrubs a shorter growth phase than trees", () =>
    expect(propagationDefaults({ name: "x", growthForm: "shrub" }).params.growthWeeks).toBeLessThan(propagationDefaults({ name: "x", growthForm: "tree" }).params.growthWeeks));
  it("gives every parameter a source that names a known reference or is an assumption", () => {
    for (const name of ["Acacia mangium", "Acacia auriculiformis", "Gliricidia sepium", "Other"]) {
      const { sources } = propagationDefaults({ name, growthForm: "tree" });
      for (const p of PARAM_NAMES) {
        const s = sources[p];
        expect(s.assumption || (s.ref !== undefined && s.ref in REFERENCES), `${name}.${p}`).toBe(true);
      }
    }
  });
});

describe("applyOverrides(defaults, overrides)", () => {
  const defaults = propagationDefaults({ name: "Acacia mangium", growthForm: "tree" });
  it("applies a valid override and marks it as the user's", () => {
    const r = applyOverrides(defaults, { germination: 0.6 });
    expect(r.params.germination).toBe(0.6);
    expect(r.sources.germination).toBe("user");
    expect(r.issues).toEqual([]);
  });
  it("rejects out-of-range, non-integer and unknown overrides, naming them, and keeps the defaults", () => {
    const r = applyOverrides(defaults, { germination: 1.5, seedsPerContainer: 1.5, colour: 3, growthWeeks: Number.NaN });
    expect(r.params.germination).toBe(0.82);
    expect(r.params.seedsPerContainer).toBe(2);
    expect(r.issues.map((i) => i.message)).toEqual([
      "Germination: 1.5 is outside 0.01–1 fraction 0–1",
      "Seeds per container (0 = seedbed): 1.5 is not a whole number",
      "colour is not a nursery parameter",
      "Growth to target size: not a number"
    ]);
  });
});

describe("TECHNOLOGIES and inoculationFor(species)", () => {
  it("holds 200 polypots per m² (Trees for Life)", () => expect(TECHNOLOGIES.polybag).toMatchObject({ perM2: 200, survivalDelta: 0 }));
  it("ranks field survival bare-root < polybag < root trainer < air-pruning", () => {
    const s = (id: keyof typeof TECHNOLOGIES) => TECHNOLOGIES[id].survivalDelta;
    expect(s("bare-root")).toBeLessThan(s("polybag"));
    expect(s("polybag")).toBeLessThan(s("root-trainer"));
    expect(s("root-trainer")).toBeLessThan(s("air-pruning"));
  });
  it("inoculates N-fixers with rhizobia and others with mycorrhiza", () => {
    expect(inoculationFor({ nFixer: true }).kind).toBe("rhizobial");
    expect(inoculationFor({ nFixer: false }).kind).toBe("mycorrhizal");
    expect(inoculationFor({ nFixer: null }).kind).toBe("mycorrhizal");
  });
  it("keeps every rate's planning value inside its low–high range", () => {
    for (const [name, r] of Object.entries(DEFAULT_RATES)) {
      expect(r.low, name).toBeLessThanOrEqual(r.value);
      expect(r.value, name).toBeLessThanOrEqual(r.high);
    }
  });
});
