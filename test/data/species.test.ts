/**
 * The species dataset built from data/ (the loader's own builder): size, schema, value ranges, known rows
 * and join coverage. The coverage figures are the ones docs/datasets.md reports.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpecies } from "../../src/data/_build/species.js";
import { checkRows } from "../../src/data/_build/write.js";
import { datasetInfo } from "../../src/lib/data/catalogue.js";
import { flattenSpecies, type SpeciesResult } from "../../src/lib/data/species.js";

let result: SpeciesResult;
// Reads WCVP (80 MB unpacked) too: allow for a loaded machine.
beforeAll(() => {
  result = loadSpecies();
}, 60_000);

describe("species dataset", () => {
  it("holds at least 1,000 woody taxa, 1,000+ of them with temperature and rainfall ranges", () => {
    expect(result.records.length).toBe(1202);
    expect(result.coverage.withTempAndRain).toBeGreaterThanOrEqual(1000);
  });

  it("has unique ids and names", () => {
    expect(new Set(result.records.map((r) => r.id)).size).toBe(result.records.length);
    expect(new Set(result.records.map((r) => r.name)).size).toBe(result.records.length);
  });

  it("matches the catalogue's columns and types in its flat form", () => {
    expect(() => checkRows("species", datasetInfo("species").columns, result.records.map(flattenSpecies))).not.toThrow();
  });

  it("keeps values in plausible ranges, with min ≤ max", () => {
    const ranges = [
      ["tempOpt", -60, 60],
      ["tempAbs", -60, 60],
      ["rainOpt", 0, 12000],
      ["rainAbs", 0, 12000],
      ["phOpt", 2, 11],
      ["phAbs", 2, 11]
    ] as const;
    for (const record of result.records) {
      for (const [key, lo, hi] of ranges) {
        const [min, max] = record[key];
        for (const v of [min, max])
          if (v !== null) {
            expect(v, `${record.name} ${key}`).toBeGreaterThanOrEqual(lo);
            expect(v).toBeLessThanOrEqual(hi);
          }
        if (min !== null && max !== null) expect(min, `${record.name} ${key}`).toBeLessThanOrEqual(max);
      }
      if (record.woodDensity !== null) {
        expect(record.woodDensity).toBeGreaterThan(0.05);
        expect(record.woodDensity).toBeLessThan(1.6);
      }
      expect(record.name).not.toMatch(/[\u0080-\u009f\ufffd]/);
      expect(["tree", "shrub", "tree/shrub"]).toContain(record.growthForm);
    }
  });

  it("decodes Windows-1252 common names to UTF-8", () => {
    const all = result.records.flatMap((r) => r.commonNames).join(" ");
    expect(all).not.toMatch(/\ufffd/);
    expect(all).toMatch(/[éèáíóúñçãõü]/);
  });

  it("gives Acacia mangium its Ecocrop ranges (EcoCrop_DB.csv, EcoPortCode 2658)", () => {
    const mangium = result.records.find((r) => r.name === "Acacia mangium")!;
    expect(mangium).toMatchObject({
      id: 2658,
      tempOpt: [22, 34],
      tempAbs: [12, 38],
      rainOpt: [2000, 3000],
      rainAbs: [1000, 4500],
      phOpt: [5, 6.5],
      phAbs: [4, 7.5],
      altitudeMax: 800,
      growthForm: "tree/shrub",
      nFixer: true,
      woodDensityLevel: "species",
      globunt: true
    });
    expect(mangium.uses).toMatchObject({ timber: true, fuelwood: true, nFixation: true, revegetation: true });
  });

  it("renames outdated Ecocrop names and keeps them as synonyms", () => {
    const siamea = result.records.find((r) => r.name === "Senna siamea")!;
    expect(siamea.synonyms).toContain("Cassia siamea");
    const boreal = result.records.find((r) => r.name === "Picea abies")!;
    expect(boreal.climateZones).toContain("E");
  });

  it("reports the join coverage documented in docs/datasets.md", () => {
    expect(result.coverage).toMatchObject({
      ecocropRows: 2568,
      woody: 1202,
      withTempAndRain: 1149,
      ecocropUses: 1161,
      wcups: 890,
      nodDbGenus: 282,
      nFixers: 231,
      woodDensitySpecies: 712,
      woodDensityGenus: 337,
      globunt: 837,
      renamed: 28
    });
    expect(result.coverage.rangesCleaned).toHaveLength(3);
    expect(result.coverage.numbers.invalid).toBe(0);
  });
});
