import { describe, expect, it } from "vitest";
import { readRawText } from "../../../src/data/_build/raw.js";
import { loadSpecies } from "../../../src/data/_build/species.js";
import { readTable } from "../../../src/lib/data/csv.js";
import { splitList } from "../../../src/lib/data/names.js";
import {
  autoPickExclusion,
  ECOCROP_CLIMBERS,
  ECOCROP_HERBACEOUS,
  growthHabitExclusion,
  isOrnamentalOnly,
  relevanceOf
} from "../../../src/lib/species/index.js";
import { makeRecord } from "./fixture.js";

describe("relevanceOf(record, priorityUses)", () => {
  // A fodder tree that fixes N (NodDB) and controls erosion, listed in GlobUNT and as forest/wood.
  const record = makeRecord({
    nFixer: true,
    globunt: true,
    categories: ["forest/wood", "ornamentals/turf"],
    uses: { fodder: true, erosionControl: true, fruit: true }
  });

  it("averages asked-for uses and restoration evidence (hand-worked)", () => {
    // Asked for fruit, timber, N fixation: provides fruit and N fixation → 2/3.
    // Roles N fixation, erosion control: 2/4; products fodder: 1/3; evidence GlobUNT, forest/wood: 2/3.
    // Evidence half (1/2 + 1/3 + 2/3) / 3 = 0.5; relevance (2/3 + 0.5) / 2 = 0.583333.
    const rel = relevanceOf(record, ["fruit", "timber", "nFixation"]);
    expect(rel.priority).toEqual(["fruit", "nFixation"]);
    expect(rel.roles).toEqual(["nFixation", "erosionControl"]);
    expect(rel.products).toEqual(["fodder"]);
    expect(rel.evidence).toEqual(["GlobalUsefulNativeTrees", "Ecocrop forest/wood"]);
    expect(rel.restoration).toBeCloseTo(0.5, 12);
    expect(rel.score).toBeCloseTo(0.5833333, 6);
  });

  it("is the restoration evidence alone when no use is asked for", () => {
    expect(relevanceOf(record).score).toBeCloseTo(0.5, 12);
    expect(relevanceOf(makeRecord()).score).toBe(0);
  });

  it("reaches 1 for a species with every role, product, evidence and asked-for use", () => {
    const full = makeRecord({
      globunt: true,
      categories: ["forest/wood", "environmental"],
      uses: { nFixation: true, revegetation: true, erosionControl: true, shade: true, fuelwood: true, fodder: true, timber: true }
    });
    expect(relevanceOf(full, ["timber", "fodder"]).score).toBeCloseTo(1, 12);
  });
});

describe("growthHabitExclusion(record)", () => {
  it("names climbers and herbs from Ecocrop's life form and habit", () => {
    expect(growthHabitExclusion(makeRecord({ id: 738, name: "Clitoria ternatea" }))).toBe("climber");
    expect(growthHabitExclusion(makeRecord({ id: 5258, name: "Desmanthus virgatus" }))).toBe("herbaceous");
  });

  it("names succulents and palms and other monocots by family, genus or species", () => {
    expect(growthHabitExclusion(makeRecord({ name: "Yucca elephantipes", family: "Agavaceae" }))).toBe("succulent");
    expect(growthHabitExclusion(makeRecord({ name: "Opuntia ficus-indica", family: "Cactaceae" }))).toBe("succulent");
    expect(growthHabitExclusion(makeRecord({ name: "Euphorbia tirucalli", family: "Euphorbiaceae" }))).toBe("succulent");
    expect(growthHabitExclusion(makeRecord({ name: "Euphorbia pulcherrima", family: "Euphorbiaceae" }))).toBeNull();
    expect(growthHabitExclusion(makeRecord({ name: "Cocos nucifera", family: "Arecaceae" }))).toBe("monocot");
    expect(growthHabitExclusion(makeRecord({ name: "Carludovica palmata", family: null }))).toBe("monocot");
    expect(growthHabitExclusion(makeRecord({ name: "Acacia mangium", family: "Fabaceae" }))).toBeNull();
  });
});

describe("isOrnamentalOnly(record)", () => {
  it("is true when Ecocrop files the species only as ornamental (and medicinal) with no restoration role or product", () => {
    expect(isOrnamentalOnly(makeRecord({ categories: ["ornamentals/turf", "medicinals & aromatic"], uses: { medicinal: true } }))).toBe(
      true
    );
  });
  it("is false with another use category, a restoration role or a product", () => {
    expect(isOrnamentalOnly(makeRecord({ categories: ["ornamentals/turf", "forest/wood"] }))).toBe(false);
    expect(isOrnamentalOnly(makeRecord({ categories: ["ornamentals/turf", "medicinals & aromatic"], nFixer: true }))).toBe(false);
    expect(isOrnamentalOnly(makeRecord({ categories: ["ornamentals/turf", "medicinals & aromatic"], uses: { fodder: true } }))).toBe(false);
    expect(isOrnamentalOnly(makeRecord({ categories: ["medicinals & aromatic"] }))).toBe(false);
  });
});

describe("autoPickExclusion(record, priorityUses)", () => {
  it("checks weed risk first, then growth habit, ornament and role", () => {
    expect(autoPickExclusion(makeRecord({ id: 738, introductionRisk: ["can become a weed"] }))).toBe("weed");
    expect(autoPickExclusion(makeRecord({ id: 738, uses: { fodder: true } }))).toBe("climber");
    expect(autoPickExclusion(makeRecord({ categories: ["ornamentals/turf"], uses: { honey: true } }), ["honey"])).toBe("ornamental");
  });

  it("excludes species with no asked-for use and no restoration role or product", () => {
    const fruitOnly = makeRecord({ categories: ["fruits & nuts"], uses: { fruit: true, medicinal: true } });
    expect(autoPickExclusion(fruitOnly)).toBe("noRole");
    expect(autoPickExclusion(fruitOnly, ["fruit"])).toBeNull();
    expect(autoPickExclusion(makeRecord({ uses: { shade: true } }))).toBeNull();
  });
});

describe("the growth-habit lists against the raw Ecocrop file", () => {
  // Recomputed from data/species/EcoCrop_DB.csv: LIFO (life form) and HABI (habit) of the woody taxa.
  const table = readTable(readRawText("species/EcoCrop_DB.csv", "windows-1252"), "EcoCrop_DB.csv", {
    required: ["EcoPortCode", "LIFO", "HABI", "FAMNAME"]
  });
  const list = (text: string) => splitList(text).map((x) => x.toLowerCase());
  const woody = table.rows.filter((r) => list(r.LIFO).some((f) => f === "tree" || f === "shrub"));

  it("lists exactly the climbers: LIFO vine without tree, or a climbing habit without erect", () => {
    const climbers = woody
      .filter(
        (r) =>
          (list(r.LIFO).includes("vine") && !list(r.LIFO).includes("tree")) ||
          (list(r.HABI).includes("climber/scrambler/scadent") && !list(r.HABI).includes("erect"))
      )
      .map((r) => Number(r.EcoPortCode));
    expect(climbers.sort((a, b) => a - b)).toEqual([...ECOCROP_CLIMBERS.keys()].sort((a, b) => a - b));
  });

  it("lists exactly the other herbs and sub-shrubs: LIFO herb or sub-shrub without tree", () => {
    const herbs = woody
      .filter(
        (r) =>
          (list(r.LIFO).includes("herb") || list(r.LIFO).includes("sub-shrub")) &&
          !list(r.LIFO).includes("tree") &&
          !ECOCROP_CLIMBERS.has(Number(r.EcoPortCode))
      )
      .map((r) => Number(r.EcoPortCode));
    expect(herbs.sort((a, b) => a - b)).toEqual([...ECOCROP_HERBACEOUS.keys()].sort((a, b) => a - b));
  });

  it("flags every monocot (Ecocrop class Liliopsida) of the species dataset, and as monocots only taxa of that class or without one", () => {
    const famname = new Map(woody.map((r) => [Number(r.EcoPortCode), r.FAMNAME]));
    const records = loadSpecies().records;
    const liliopsida = records.filter((r) => famname.get(r.id)?.startsWith("Liliopsida"));
    expect(liliopsida.length).toBeGreaterThan(40);
    for (const r of liliopsida) expect(["monocot", "succulent", "climber"], r.name).toContain(growthHabitExclusion(r));
    // Palms and others whose class Ecocrop leaves empty (e.g. Phoenix sylvestris, Oenocarpus bataua, Carludovica palmata).
    const others = records.filter((r) => growthHabitExclusion(r) === "monocot" && !famname.get(r.id)?.startsWith("Liliopsida"));
    for (const r of others) expect(famname.get(r.id), r.name).toBe("");
    expect(others.map((r) => r.name)).toContain("Carludovica palmata");
  });
});

import { isWorstInvasive } from "../../../src/lib/species/index.js";

describe("isWorstInvasive(record)", () => {
  it("finds species of the IUCN/ISSG 100 worst list by name or synonym, and not others", () => {
    expect(isWorstInvasive({ name: "Leucaena leucocephala", synonyms: [] })).toBe(true);
    expect(isWorstInvasive({ name: "Morella faya", synonyms: [] })).toBe(true);
    expect(isWorstInvasive({ name: "Some accepted name", synonyms: ["Myrica faya"] })).toBe(true);
    expect(isWorstInvasive({ name: "Gliricidia sepium", synonyms: [] })).toBe(false);
  });
});
