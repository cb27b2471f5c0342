/** The mines, mining-area and countries datasets built from data/ and the world atlas. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadCountries, loadCountryIndex, loadMines, loadMiningArea } from "../../src/data/_build/mines.js";
import { checkRows } from "../../src/data/_build/write.js";
import { datasetInfo } from "../../src/lib/data/catalogue.js";
import { toColumnar } from "../../src/lib/data/columnar.js";
import { decodeMines, flattenMine, MINE_FIELDS } from "../../src/lib/data/mines.js";
import type { Mine } from "../../src/lib/data/records.js";

let mines: Mine[];
beforeAll(() => {
  mines = loadMines();
});
const bySource = (source: Mine["source"]) => mines.filter((m) => m.source === source);

describe("mines", () => {
  it("holds at least 8,000 mines from the three sources, with unique ids", () => {
    expect(mines.length).toBe(14043);
    expect([bySource("ICMM").length, bySource("Jasansky").length, bySource("GEM").length]).toEqual([8508, 1865, 3670]);
    expect(new Set(mines.map((m) => m.id)).size).toBe(mines.length);
  });

  it("matches the catalogue's columns and types in its flat form", () => {
    expect(() => checkRows("mines", datasetInfo("mines").columns, mines.map(flattenMine))).not.toThrow();
  });

  it("has valid coordinates and an ISO3 code wherever a country is named", () => {
    expect(mines.filter((m) => !(m.lat >= -90 && m.lat <= 90 && m.lon >= -180 && m.lon <= 180))).toEqual([]);
    expect(mines.filter((m) => m.country && !m.iso3).map((m) => m.id)).toEqual([]);
    expect(mines.filter((m) => m.iso3 && !/^[A-Z]{3}$/.test(m.iso3))).toEqual([]);
  });

  it("repairs the Unicode minus of ICMM Murchison (ICMM07721, '−23.8901')", () => {
    // The Murchison greenstone belt, Limpopo, South Africa.
    expect(mines.find((m) => m.id === "ICMM:ICMM07721")).toMatchObject({
      name: "Murchison",
      lat: -23.8901,
      iso3: "ZAF",
      country: "South Africa"
    });
  });

  it("gives named mines their country", () => {
    const named = (name: string, source: Mine["source"]) => mines.find((m) => m.name === name && m.source === source)!;
    expect(named("Escondida", "ICMM").iso3).toBe("CHL");
    expect(named("Grasberg", "ICMM").iso3).toBe("IDN");
    expect(named("Dahna Toor Coal Mine", "GEM")).toMatchObject({ iso3: "AFG", openPit: false, production: "coal 0.85 Mt/yr" });
  });

  it("repairs GEM's malformed areas ('5. 0435' km²) and reads surface mines as open pit", () => {
    expect(bySource("GEM").find((m) => m.id === "GEM:M3105")!.areaKm2).toBe(5.0435);
    const gem = bySource("GEM");
    expect(gem.filter((m) => m.openPit === true).length).toBeGreaterThan(1500);
    expect(gem.filter((m) => m.openPit === false).length).toBeGreaterThan(1800);
  });

  it("summarises Jasansky production and stripping ratios where reported", () => {
    const jasansky = bySource("Jasansky");
    expect(jasansky.filter((m) => m.production).length).toBe(492);
    expect(jasansky.filter((m) => m.strippingRatio !== null).length).toBe(53);
    expect(jasansky.find((m) => m.name === "Ahafo")).toMatchObject({ iso3: "GHA", openPit: true, strippingRatio: 4.51 });
  });

  it("round-trips through the columnar page form", () => {
    expect(decodeMines(JSON.parse(JSON.stringify(toColumnar(mines.slice(0, 200), MINE_FIELDS))))).toEqual(mines.slice(0, 200));
  });
});

describe("mining-area", () => {
  it("has 151 countries with consistent areas", () => {
    const rows = loadMiningArea();
    expect(rows).toHaveLength(151);
    for (const r of rows) {
      expect(r.ratioMissing).toBeGreaterThanOrEqual(0);
      expect(r.ratioMissing).toBeLessThanOrEqual(1);
      expect(Math.abs(r.areaMissingKm2 + r.areaCoveredKm2 - r.areaKm2)).toBeLessThan(0.01 + 1e-3 * r.areaKm2);
    }
  });
});

describe("countries", () => {
  it("holds 242 boundaries with ISO3 and name in under 500 kB", () => {
    const countries = loadCountries();
    expect(countries.features).toHaveLength(242);
    expect(countries.features.every((f) => /^[A-Z]{3}$/.test(f.properties.iso3) && f.properties.name)).toBe(true);
    expect(JSON.stringify(countries).length).toBeLessThan(500_000);
  });
  it("maps country names from every source to ISO3", () => {
    const index = loadCountryIndex();
    expect(index.iso3("Democratic Republic of the Congo")).toBe("COD");
    expect(index.iso3("Congo, Dem. Rep.")).toBe("COD");
    expect(index.iso3("Côte d'Ivoire")).toBe("CIV");
    expect(index.iso3("Atlantis")).toBeNull();
  });
});
