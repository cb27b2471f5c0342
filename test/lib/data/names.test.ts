import { describe, expect, it } from "vitest";
import { binomialKey, cleanTaxonName, familyFromPath, nameKey, parseSynonyms, splitList } from "../../../src/lib/data/names.js";

describe("cleanTaxonName(raw)", () => {
  it("splits a binomial into genus and epithet", () => {
    expect(cleanTaxonName("Acacia  mangium ")).toEqual({
      name: "Acacia mangium",
      binomial: "Acacia mangium",
      genus: "Acacia",
      epithet: "mangium",
      note: null
    });
  });
  it("writes hybrid markers as × and ranks in full", () => {
    expect(cleanTaxonName("Fragaria x ananassa").binomial).toBe("Fragaria × ananassa");
    expect(cleanTaxonName("Sorghum X almum").name).toBe("Sorghum × almum");
    expect(cleanTaxonName("Setaria sphacelata  var. sericea").name).toBe("Setaria sphacelata var. sericea");
    expect(cleanTaxonName("Mucuna pruriens var utilis").name).toBe("Mucuna pruriens var. utilis");
    const taxon = cleanTaxonName("Acacia julifera ssp. gilbertensis");
    expect([taxon.name, taxon.binomial]).toEqual(["Acacia julifera subsp. gilbertensis", "Acacia julifera"]);
  });
  it("gives a genus-only name a null epithet", () => {
    expect(cleanTaxonName("Eucalyptus spp.").epithet).toBeNull();
  });
  it("throws on an empty name", () => {
    expect(() => cleanTaxonName("  ")).toThrow(/empty/);
  });
});

describe("nameKey(name) and binomialKey(name)", () => {
  it("matches across hybrid markers, case and diacritics", () => {
    expect(nameKey("Fragaria × ananassa")).toBe(nameKey("fragaria x Ananassa"));
    expect(nameKey("Seriphidium herba-albá")).toBe("seriphidium herba-alba");
  });
  it("drops authors and infraspecific parts in the binomial key", () => {
    expect(binomialKey("Hibiscus manihot L.")).toBe("hibiscus manihot");
    expect(binomialKey("Pinus")).toBeNull();
  });
});

describe("parseSynonyms(text)", () => {
  it("keeps the names and drops authors and years", () => {
    expect(parseSynonyms("Hibiscus manihot L. (1753), Abelmoschus manihot ssp. manihot [(L)]; Medikus")).toEqual([
      "Hibiscus manihot",
      "Abelmoschus manihot subsp. manihot"
    ]);
    expect(parseSynonyms("Racosperma mangium (Willd.) L. Pedley")).toEqual(["Racosperma mangium"]);
    expect(parseSynonyms("NA")).toEqual([]);
    expect(parseSynonyms(null)).toEqual([]);
  });
});

describe("splitList(text)", () => {
  it("trims, drops empty and repeated items", () => {
    expect(splitList("shrub, tree,, tree")).toEqual(["shrub", "tree"]);
    expect(splitList("")).toEqual([]);
  });
});

describe("familyFromPath(path)", () => {
  it("takes the last segment and maps conserved alternative names", () => {
    expect(familyFromPath("Magnoliopsida:Rosidae:Fabales:Leguminosae")).toBe("Fabaceae");
    expect(familyFromPath("Magnoliopsida:Dilleniidae:Malvales:Malvaceae")).toBe("Malvaceae");
    expect(familyFromPath("")).toBeNull();
  });
});

describe("cleanTaxonName(raw) on Ecocrop oddities", () => {
  it("ignores a note after a comma and reads 'sp.' as no epithet", () => {
    expect(cleanTaxonName("Pinus merkusii, island provenances")).toMatchObject({ binomial: "Pinus merkusii", note: "island provenances" });
    expect(cleanTaxonName("Citrus sp.").epithet).toBeNull();
    expect(cleanTaxonName("Eucalyptus st.-johnii").binomial).toBe("Eucalyptus st.-johnii");
    expect(binomialKey("Citrus sp.")).toBeNull();
  });
});
