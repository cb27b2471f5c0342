import { describe, expect, it } from "vitest";
import type { NativeTree } from "../../../src/lib/data/native.js";
import {
  isNativeTreeId,
  NATIVE_TREE_CSV_COLUMNS,
  NATIVE_TREE_ID_BASE,
  nativeTreeCsvRows,
  nativeTreeId,
  nativeTreeNotice,
  nativeTreeRecord,
  nativeTreesIn,
  prepareSpecies,
  scoreSpecies,
  searchNativeTrees
} from "../../../src/lib/species/index.js";
import { makeSite } from "./fixture.js";

const trees: NativeTree[] = [
  {
    seq: 2,
    name: "Bertholletia excelsa",
    family: "Lecythidaceae",
    wcvpName: null,
    native: ["BZN", "PER"],
    uses: ["HumanFood", "Materials"],
    ecocropId: null
  },
  {
    seq: 1,
    name: "Swietenia macrophylla",
    family: "Meliaceae",
    wcvpName: null,
    native: ["BZN", "MXT"],
    uses: ["Materials"],
    ecocropId: 1986
  },
  { seq: 3, name: "Tectona grandis", family: "Lamiaceae", wcvpName: null, native: ["IND"], uses: [], ecocropId: 2014 }
];

describe("nativeTreesIn(trees, area) and searchNativeTrees(trees, query)", () => {
  it("keeps the trees native to the area, by name, and finds by name or family without accents", () => {
    expect(nativeTreesIn(trees, "BZN").map((t) => t.name)).toEqual(["Bertholletia excelsa", "Swietenia macrophylla"]);
    expect(nativeTreesIn(trees, null)).toEqual([]);
    expect(searchNativeTrees(trees, "MELIÁCEAE").map((t) => t.seq)).toEqual([1]);
    expect(searchNativeTrees(trees, "  ")).toHaveLength(3);
  });
});

describe("nativeTreeId(tree) and nativeTreeRecord(tree)", () => {
  it("uses the Ecocrop id when there is one, else an id above any EcoPortCode", () => {
    expect(nativeTreeId(trees[1])).toBe(1986);
    expect(nativeTreeId(trees[0])).toBe(NATIVE_TREE_ID_BASE + 2);
    expect(isNativeTreeId(NATIVE_TREE_ID_BASE + 2)).toBe(true);
    expect(isNativeTreeId(2658)).toBe(false);
  });
  it("scores a tree without ranges as 'insufficient data', native where WCVP says", () => {
    const site = {
      ...makeSite({ tMean: 27, precAnnual: 2200 }),
      place: { area: { code: "BZN", name: "Brazil North", level2: 84, level1: 8 }, areaDistanceKm: 0, country: null }
    };
    const [scored] = scoreSpecies([prepareSpecies(nativeTreeRecord(trees[0]))], site);
    expect(scored.present.cls).toBe("insufficient");
    expect(scored.native).toBe("native");
    expect(nativeTreeNotice(["Bertholletia excelsa"])).toMatch(/^Bertholletia excelsa has no climate ranges in Ecocrop/);
  });
});

describe("nativeTreeCsvRows(trees, area)", () => {
  it("gives one row per tree with its WCUPS uses in words", () => {
    const rows = nativeTreeCsvRows(nativeTreesIn(trees, "BZN"), "BZN");
    expect(Object.keys(rows[0])).toEqual([...NATIVE_TREE_CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({
      globunt_seq: 2,
      species: "Bertholletia excelsa",
      wcups_uses: "human food; materials",
      ecocrop_id: null,
      n_native_areas: 2
    });
  });
});
