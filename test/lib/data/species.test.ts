import { describe, expect, it } from "vitest";
import { buildSpecies, classList, cleanRange, climateZoneCodes, growthFormOf, useClassesOf } from "../../../src/lib/data/species.js";

describe("useClassesOf(cropUse)", () => {
  it("maps Ecocrop detailed uses to use classes", () => {
    expect(useClassesOf({ main: "food & beverage", detailed: "vitamins", part: "fruits" })).toEqual(["fruit"]);
    expect(useClassesOf({ main: "food & beverage", detailed: "vitamins", part: "leaves" })).toEqual([]);
    expect(useClassesOf({ main: "animal food (feed)", detailed: "protein", part: "leaves" })).toEqual(["fodder"]);
    expect(useClassesOf({ main: "material", detailed: "lipids/oil & fats", part: "seeds" })).toEqual(["oil", "bioenergy"]);
    expect(useClassesOf({ main: "fuels", detailed: "non-wood fuel", part: "seeds" })).toEqual(["bioenergy"]);
    expect(useClassesOf({ main: "environmental", detailed: "pioneer", part: "entire plant" })).toEqual(["revegetation"]);
    expect(useClassesOf({ main: "environmental", detailed: "shade & shelter", part: "entire plant" })).toEqual(["shade"]);
    expect(useClassesOf({ main: "medicinal", detailed: "", part: "bark" })).toEqual(["medicinal"]);
    expect(useClassesOf({ main: "environmental", detailed: "nitrogen fixation", part: "roots" })).toEqual(["nFixation"]);
  });
});

describe("growthFormOf(lifo)", () => {
  it("reads tree, shrub or both; other life forms are not woody", () => {
    expect(growthFormOf("shrub, tree")).toBe("tree/shrub");
    expect(growthFormOf("tree")).toBe("tree");
    expect(growthFormOf("sub-shrub, herb")).toBeNull();
    expect(growthFormOf(null)).toBeNull();
  });
});

describe("classList(text, classes, field)", () => {
  it("keeps the class word and ignores garbled limits", () => {
    expect(classList("high (>10 dS/m)), medium (4-10 dS/m)", ["none", "low", "medium", "high"], "SALR")).toEqual(["high", "medium"]);
    expect(classList("medium (16-25% of CEC", ["none", "low", "medium", "high"], "TOX")).toEqual(["medium"]);
    expect(classList("very shallow (<20 cm)", ["very shallow", "shallow", "medium", "deep"], "DEP")).toEqual(["very shallow"]);
  });
  it("throws on an unknown class, naming the field", () => {
    expect(() => classList("gigantic", ["low"], "FER")).toThrow(/Ecocrop FER: unknown class "gigantic"/);
  });
});

describe("climateZoneCodes(cliz)", () => {
  it("extracts the Köppen–Trewartha codes", () => {
    expect(climateZoneCodes("tropical wet & dry (Aw), tropical wet (Ar), boreal (E)")).toEqual(["Aw", "Ar", "E"]);
    expect(climateZoneCodes(null)).toEqual([]);
  });
});

describe("cleanRange(range, bounds)", () => {
  it("drops a value outside the bounds (Barringtonia racemosa TOPMN 160 °C)", () => {
    expect(cleanRange([160, 28], [-60, 60])).toEqual({ range: [null, 28], problem: "160 outside -60–60" });
  });
  it("drops both ends of an inverted range", () => {
    expect(cleanRange([9000, 1300], [0, 12000]).range).toEqual([null, null]);
  });
  it("keeps a valid range", () => {
    expect(cleanRange([22, 34], [-30, 50])).toEqual({ range: [22, 34], problem: null });
  });
});

describe("buildSpecies(inputs)", () => {
  const header =
    "EcoPortCode,ScientificName,AUTH,FAMNAME,SYNO,COMNAME,LIFO,TOPMN,TOPMX,TMIN,TMAX,ROPMN,ROPMX,RMIN,RMAX,PHOPMN,PHOPMX,PHMIN,PHMAX,ALTMX,DEP,DEPR,TEXT,TEXTR,FER,FERR,TOX,TOXR,SAL,SALR,DRA,DRAR,KTMPR,KTMP,CLIZ,ABITOL,ABISUS,INTRI,CAT";
  const inputs = {
    ecocrop: [
      header,
      '1,Acacia mangium,Willd.,Magnoliopsida:Rosidae:Fabales:Leguminosae,Racosperma mangium (Willd.) L. Pedley,"mangium, forest mangrove","shrub, tree",22,34,12,38,2000,3000,1000,4500,5,6.5,4,7.5,800,medium (50-150 cm),shallow (20-50 cm),medium,"heavy, medium",moderate,low,,,low (<4 dS/m),medium (4-10 dS/m),well (dry spells),well (dry spells),-1,-1,tropical wet & dry (Aw),flooding,fire,can become a weed,forest/wood',
      "2,Oryza sativa,L.,Liliopsida:Poaceae,NA,rice,grass,20,30,10,36,1500,2000,1000,4000,5.5,7.5,4,8,2500,,,,,,,,,,,,,NA,NA,,,,,cereals",
      "3,Cassia siamea,Lam.,Magnoliopsida:Rosidae:Fabales:Leguminosae,NA,NA,tree,20,31,NA,NA,500,2800,NA,NA,5.5,7.5,NA,NA,1300,,,,,,,,,,,,,NA,NA,,,,,"
    ].join("\n"),
    cropUses:
      '"Main use","Detailed use","Used part","crop_code"\n"material","timber wood","stems","1"\n"environmental","nitrogen fixation","roots","3"\n',
    wcups:
      "plant_ID,binomial_acc_name,AnimalFood,EnvironmentalUses,Fuels,GeneSources,HumanFood,InvertebrateFood,Materials,Medicines,Poisons,SocialUses\n1,Acacia mangium,1,1,1,0,0,0,1,0,0,0\n2,Senna siamea,0,1,1,0,0,0,1,1,0,0\n",
    nodDb: "genus,Consensus estimate\nAcacia,Rhizobia\nSenna,None\n",
    gwdd: "Number\tFamily\tBinomial\tWSG\n1\tFabaceae\tAcacia mangium\t0.5\n2\tFabaceae\tAcacia mangium\t0.6\n3\tFabaceae\tSenna garrettiana\t0.8\n",
    globunt:
      "SEQ|Species|Family|scientificFinal|SpeciesWCUPS\n1|Cassia siamea|Fabaceae|Senna siamea|Senna siamea\n2|Acacia mangium|Fabaceae|Acacia mangium|Acacia mangium\n"
  };
  const { records, coverage } = buildSpecies(inputs);

  it("keeps only trees and shrubs", () => {
    expect(records.map((r) => r.id)).toEqual([1, 3]);
    expect(coverage).toMatchObject({ ecocropRows: 3, woody: 2 });
  });
  it("carries Ecocrop ranges, classes, names and uses", () => {
    expect(records[0]).toMatchObject({
      name: "Acacia mangium",
      family: "Fabaceae",
      synonyms: ["Racosperma mangium"],
      commonNames: ["mangium", "forest mangrove"],
      tempOpt: [22, 34],
      rainAbs: [1000, 4500],
      textureAbs: ["heavy", "medium"],
      climateZones: ["Aw"],
      nFixingStatus: "Rhizobia",
      nFixer: true,
      woodDensity: 0.55,
      woodDensityLevel: "species",
      globunt: true
    });
    expect(records[0].uses.timber).toBe(true);
    expect(records[0].useSources).toEqual({ timber: "Ecocrop", nFixation: "NodDB" });
  });
  it("renames to the GlobUNT accepted name, keeps the old name as a synonym, and joins by the new name", () => {
    expect(records[1]).toMatchObject({
      name: "Senna siamea",
      genus: "Senna",
      synonyms: ["Cassia siamea"],
      nFixer: false,
      woodDensityLevel: "genus",
      woodDensity: 0.8
    });
    expect(records[1].wcups?.Medicines).toBe(true);
    expect(records[1].useSources).toEqual({ nFixation: "Ecocrop" });
    expect(coverage).toMatchObject({ renamed: 1, wcups: 2, nodDbGenus: 2, nFixers: 1, woodDensitySpecies: 1, woodDensityGenus: 1 });
  });
  it("throws naming the file when a column is missing", () => {
    expect(() => buildSpecies({ ...inputs, nodDb: "genus,status\nAcacia,Rhizobia\n" })).toThrow(
      /species\/nodDB_v1\.csv: missing column "Consensus estimate"/
    );
  });
});
