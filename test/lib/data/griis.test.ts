import { describe, expect, it } from "vitest";
import { checklistCountries, establishmentOf, griisOf, isAbsent, isInvasiveValue, readGriis } from "../../../src/lib/data/griis.js";

describe("isInvasiveValue(value)", () => {
  it("reads the published variants of 'invasive' and of 'not flagged'", () => {
    for (const v of ["Invasive", "invasive", "Yes", "yes", "YES", "TRUE", "Invasive?", "Invasive in the north of the island (122)."])
      expect(isInvasiveValue(v), v).toBe(true);
    for (const v of ["Null", "null", "FALSE", "", "To be evaluated", "Not evaluated", "Not specified"])
      expect(isInvasiveValue(v), v).toBe(false);
  });
});

describe("establishmentOf(value) and isAbsent(occurrence)", () => {
  it("normalises the establishment means", () => {
    expect(["Alien", "alien", "introduced", "", "Present"].map(establishmentOf)).toEqual(["alien", "alien", "alien", "alien", "alien"]);
    expect(["Cryptogenic|Uncertain", "Cryptogenic|Uncerain", "Cryptogeni|Uncertain", "Uncertain"].map(establishmentOf)).toEqual([
      "cryptogenic",
      "cryptogenic",
      "cryptogenic",
      "cryptogenic"
    ]);
    expect(establishmentOf("Native|Alien")).toBe("native-in-part");
    expect(isAbsent("absent") && isAbsent("eradicated") && !isAbsent("Present")).toBe(true);
  });
});

describe("checklistCountries(title)", () => {
  it("finds the country in the title's variants", () => {
    expect(checklistCountries("GRIIS Checklist of Introduced and Invasive Species - Brazil")).toEqual(["Brazil"]);
    expect(checklistCountries("Global Register of Introduced and Invasive Species- Egypt")).toEqual(["Egypt"]);
    expect(checklistCountries("Global Register of Introduced and Invasive Species GRIIS - Luxembourg")).toEqual(["Luxembourg"]);
    expect(checklistCountries("Global Register of Introduced and Invasive Species - Galápagos Islands, Ecuador")).toContain("Ecuador");
    expect(checklistCountries("Global Register of Introduced and Invasive Species - Korea (Democratic People's Republic of)")[0]).toBe(
      "Korea (Democratic People's Republic of)"
    );
  });
});

const HEAD =
  "checklist\tscientificName\tkingdom\tfamily\ttaxonRank\ttaxonomicStatus\td_countryCode\td_locality\td_establishmentMeans\td_occurrenceStatus\ts_isInvasive\ts_habitat";
const row = (title: string, name: string, code: string, inv: string, occ = "Present") =>
  [title, name, "Plantae", "Fabaceae", "SPECIES", "ACCEPTED", code, "", "Alien", occ, inv, "Terrestrial"].join("\t");
const BR = "GRIIS Checklist of Introduced and Invasive Species - Brazil";
const EC = "Global Register of Introduced and Invasive Species - Ecuador";
const GAL = "Global Register of Introduced and Invasive Species - Galápagos Islands, Ecuador";

describe("readGriis(text, iso3Of)", () => {
  const iso3Of = (name: string) => ({ Brazil: "BRA", Ecuador: "ECU" })[name] ?? null;
  const text = [
    HEAD,
    row(BR, "Leucaena leucocephala (Lam.) de Wit", "BR", "Invasive"),
    row(BR, "Tectona grandis L.f.", "BR", "Null"),
    row(GAL, "Leucaena leucocephala (Lam.) de Wit", "EC-W", "yes"),
    row(EC, "Tectona grandis L.f.", "EC", "null", "absent"),
    row("GRIIS Checklist of Introduced and Invasive Species - Atlantis", "Tectona grandis L.f.", "XA", "Invasive")
  ].join("\n");
  const read = readGriis(text, iso3Of);
  it("joins by binomial (authors dropped) and ISO3, counting a part of a country for the country", () => {
    expect(read.bySpecies.get("leucaena leucocephala")?.get("BRA")?.status).toBe("invasive");
    expect(read.bySpecies.get("leucaena leucocephala")?.get("ECU")).toMatchObject({ status: "invasive", parts: ["Galápagos Islands"] });
    expect(read.bySpecies.get("tectona grandis")?.get("BRA")?.status).toBe("alien");
    expect(read.bySpecies.get("tectona grandis")?.has("ECU")).toBe(false); // absent
    expect(read.skipped.absent).toBe(1);
    expect(read.unresolved).toEqual({ XA: 1 });
  });
  it("merges a species' names, invasive winning over alien", () => {
    expect(griisOf(["Leucaena leucocephala", "Leucaena glauca"], read.bySpecies)).toEqual({ alien: [], invasive: ["BRA", "ECU"] });
    expect(griisOf(["Tectona grandis"], read.bySpecies)).toEqual({ alien: ["BRA"], invasive: [] });
    expect(griisOf(["Nonexistens arbor"], read.bySpecies)).toEqual({ alien: [], invasive: [] });
  });
});
