/** Propagation defaults: published per-species values win over growth-form defaults; overrides are checked. */
import { describe, expect, it } from "vitest";
import { applyOverrides, propagationDefaults, SPECIES_WITH_PUBLISHED_VALUES } from "../../../src/lib/nursery/defaults.js";
import { PARAM_NAMES, REFERENCES, type ReferenceKey } from "../../../src/lib/nursery/labels.js";
import { planNursery } from "../../../src/lib/nursery/plan.js";
import { DEFAULT_RATES } from "../../../src/lib/nursery/rates.js";
import { inoculationFor, TECHNOLOGIES } from "../../../src/lib/nursery/technologies.js";

describe("propagationDefaults(species)", () => {
  it("uses the DFSC seed leaflet's 66,000–120,000 seeds/kg (midpoint 93,000) for Acacia mangium", () => {
    const { params, sources } = propagationDefaults({ name: "Acacia mangium", growthForm: "tree" });
    expect(params.seedsPerKg).toBe(93000);
    expect(sources.seedsPerKg).toMatchObject({ ref: "DFSC2000", assumption: false });
  });
  it("matches the name case-insensitively", () =>
    expect(propagationDefaults({ name: " acacia MANGIUM", growthForm: "tree" }).params.seedsPerKg).toBe(93000));
  it("falls back to the growth form, and marks placeholders as assumptions", () => {
    const { params, sources } = propagationDefaults({ name: "Unknown tree", growthForm: "tree" });
    expect(params.growthWeeks).toBe(14);
    expect(sources.seedsPerKg.assumption).toBe(true);
    expect(sources.nurseryLoss).toMatchObject({ ref: "TreesForLife", assumption: false });
  });
  it("gives shrubs a shorter growth phase than trees", () =>
    expect(propagationDefaults({ name: "x", growthForm: "shrub" }).params.growthWeeks).toBeLessThan(
      propagationDefaults({ name: "x", growthForm: "tree" }).params.growthWeeks
    ));
  it("gives every parameter a source that names a known reference or is an assumption", () => {
    for (const name of [...SPECIES_WITH_PUBLISHED_VALUES, "Other"]) {
      const { sources } = propagationDefaults({ name, growthForm: "tree" });
      for (const p of PARAM_NAMES) {
        const s = sources[p];
        expect(s.assumption || (s.ref !== undefined && s.ref in REFERENCES), `${name}.${p}`).toBe(true);
      }
    }
  });
});

describe("published values for the case-study species", () => {
  // [species, seeds/kg (midpoint of the source's range), reference, germination or null (growth-form default)]
  const table: [string, number, ReferenceKey, number | null][] = [
    ["Cajanus cajan", 17000, "TropicalForages-Cajanus", null], // 16,000–18,000
    ["Casuarina cunninghamiana", 1000000, "DiversityNativeSeeds", null], // about 1,000 seeds/g
    ["Dalbergia sissoo", 51500, "Telangana", 0.95], // 50,000–53,000; 90–100 %
    ["Gmelina arborea", 2500, "Telangana", 0.52], // 2,500; 13–90 %
    ["Moringa oleifera", 3000, "AgricultureAcademy-Moringa", null], // 2,800–3,200
    ["Paraserianthes falcataria", 45000, "KAU-TreeSeeds", null], // 40,000–50,000
    ["Sesbania sesban", 67500, "TropicalForages-Sesbania", null], // 55–80 seeds/g
    ["Tamarindus indica", 2200, "Telangana", 0.725] // 1,800–2,600; 70–75 %
  ];
  it.each(table)("%s: %i seeds/kg from %s, not an assumption", (name, seedsPerKg, ref, germination) => {
    const { params, sources } = propagationDefaults({ name, growthForm: "tree" });
    expect(params.seedsPerKg).toBe(seedsPerKg);
    expect(sources.seedsPerKg).toMatchObject({ ref, assumption: false });
    if (germination === null) expect(sources.germination.assumption).toBe(true);
    else {
      expect(params.germination).toBe(germination);
      expect(sources.germination).toMatchObject({ ref, assumption: false });
    }
  });
  it("cites every new reference with a URL", () => {
    for (const ref of [
      "Telangana",
      "TropicalForages-Cajanus",
      "TropicalForages-Sesbania",
      "KAU-TreeSeeds",
      "DiversityNativeSeeds",
      "AgricultureAcademy-Moringa"
    ] as const)
      expect(REFERENCES[ref], ref).toMatch(/https?:\/\//);
  });
  it("leaves Tectona grandis on the growth-form defaults (the nursery page's example of them)", () =>
    expect(SPECIES_WITH_PUBLISHED_VALUES).not.toContain("tectona grandis"));

  it("works out the seed of Casuarina cunninghamiana by hand, as planNursery does", () => {
    // 30 ha × 1,100 stems/ha = 33,000 planted; replacement of the expected dead (1 − 0.8 = 0.2): 6,600;
    // dispatch 39,600; raise 39,600 / (1 − 0.25 nursery loss) = 52,800. Germination 0.7 (growth-form
    // default, no published figure), 2 seeds per polybag: a polybag holds a seedling with p = 1 − 0.3² = 0.91,
    // so 52,800 / 0.91 = 58,021.98 → 58,022 polybags and 116,044 seeds. At 1,000,000 seeds/kg with the 20 %
    // purchase margin: 116,044 / 1,000,000 × 1.2 = 0.1392528 kg (against 6.96 kg at the 20,000 seeds/kg placeholder).
    const plan = planNursery({
      areaHa: 30,
      densityPerHa: 1100,
      fieldSurvival: 0.8,
      replacementRate: null,
      technology: "polybag",
      inoculation: false,
      species: [{ species: { id: 4337, name: "Casuarina cunninghamiana", growthForm: "tree", nFixer: true }, share: 1 }]
    });
    const cc = plan.species[0];
    expect(cc).toMatchObject({ planted: 33000, dispatch: 39600, toRaise: 52800, containers: 58022 });
    expect(cc.sowing.seeds).toBe(116044);
    expect(cc.seedKg).toBeCloseTo((116044 / 1_000_000) * 1.2, 12);
    expect(cc.seedKg).toBeCloseTo(0.1392528, 9);
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
