/**
 * The climate datasets built from data/: climate-stations (WorldClim + CHELSA), koppen (0.5° grid) and
 * climate-change (IPCC AR6 regions, CMIP6 warming). Known values are written out with their source.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadClimateStations, loadKoppenCells, loadKoppenGrid, loadRegions, loadTasDeltas } from "../../src/data/_build/climate.js";
import { checkRows } from "../../src/data/_build/write.js";
import { datasetInfo } from "../../src/lib/data/catalogue.js";
import { compactStations, decodeStations, flattenStation, type StationRecord } from "../../src/lib/data/climate.js";
import { buildClimateChange, warmingAt } from "../../src/lib/data/climate-change.js";
import { type KoppenGrid, koppenAt } from "../../src/lib/data/koppen.js";

let stations: StationRecord[];
let grid: KoppenGrid;
beforeAll(() => {
  stations = loadClimateStations();
  grid = loadKoppenGrid();
});
const station = (id: string) => stations.find((s) => s.id === id)!;

describe("climate-stations", () => {
  it("holds at least 20,000 stations, each with valid coordinates and a unique id", () => {
    expect(stations.length).toBe(23962);
    expect(new Set(stations.map((s) => s.id)).size).toBe(stations.length);
    expect(stations.filter((s) => !(s.lat >= -90 && s.lat <= 90 && s.lon >= -180 && s.lon <= 180))).toEqual([]);
  });

  it("matches the catalogue's columns and types in its flat form", () => {
    expect(() => checkRows("climate-stations", datasetInfo("climate-stations").columns, stations.map(flattenStation))).not.toThrow();
  });

  it("converts WorldClim °C × 10 to °C: Kuching Intl ≈ 27 °C (bio1 = 270)", () => {
    expect(station("964130-99999")).toMatchObject({
      name: "KUCHING INTL",
      iso3: "MYS",
      tMean: 27,
      precAnnual: 4028,
      tMinColdest: 22.5,
      tMaxWarmest: 32.4
    });
  });

  it("uses CHELSA where present: Chicago O'Hare bio1 9.7 °C, bio4 945.3 → SD 9.453 °C", () => {
    const ohare = station("725300-94846");
    expect(ohare).toMatchObject({ tMean: 9.7, tSeasonality: 9.453, hasChelsa: true, hasWorldClim: true });
    expect(ohare.tMonthly![0]).toBeCloseTo(-4.3, 5);
  });

  it("emits CHELSA June and July temperatures as null everywhere (identical copies upstream)", () => {
    expect(stations.filter((s) => s.tMonthly && (s.tMonthly[5] !== null || s.tMonthly[6] !== null))).toEqual([]);
    expect(stations.filter((s) => s.tMonthly).length).toBeGreaterThan(20000);
  });

  it("keeps values in plausible ranges and not NaN", () => {
    const bad: string[] = [];
    for (const s of stations) {
      for (const t of [s.tMean, s.tMinColdest, s.tMaxWarmest, ...(s.tMonthly ?? [])])
        if (t !== null && !(t > -70 && t < 50)) bad.push(`${s.id} temperature ${t}`);
      for (const p of [s.precAnnual, ...(s.precMonthly ?? [])])
        if (p !== null && !(p >= 0 && p < 15000)) bad.push(`${s.id} precipitation ${p}`);
      if (s.tMean === null || Number.isNaN(s.tMean)) bad.push(`${s.id} has no tMean`);
    }
    expect(bad).toEqual([]);
  });

  it("round-trips through the compact form within its rounding", () => {
    const sample = stations.slice(0, 500);
    const decoded = decodeStations(JSON.parse(JSON.stringify(compactStations(sample))));
    decoded.forEach((d, i) => {
      expect(d.id).toBe(sample[i].id);
      if (sample[i].tMean !== null) expect(Math.abs(d.tMean! - sample[i].tMean!)).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(d.tMonthly === null).toBe(sample[i].tMonthly === null);
    });
  });
});

describe("koppen", () => {
  it("holds at least 90,000 cells in 30 classes", () => {
    expect(loadKoppenCells().length).toBe(92416);
    expect(grid.classes).toHaveLength(30);
  });
  it("gives known places their class", () => {
    expect(koppenAt(grid, 1.485, 110.347)?.koppen).toBe("Af"); // Kuching, equatorial rainforest
    expect(["Aw", "Cwa"]).toContain(koppenAt(grid, -12.8, 28.21)?.koppen); // Zambian Copperbelt
    expect(koppenAt(grid, 23.5, 12)?.koppen).toBe("BWh"); // central Sahara
    expect(koppenAt(grid, 0, -140)).toBeNull(); // mid-Pacific
  });
});

describe("climate-change", () => {
  const data = buildClimateChange(loadRegions(), loadTasDeltas());
  it("keeps the 46 land regions, 4 scenarios and 3 periods, annual deltas only", () => {
    expect(data.regions).toHaveLength(46);
    expect(data.scenarios).toEqual(["ssp126", "ssp245", "ssp370", "ssp585"]);
    expect(data.periods).toEqual(["2021-2040", "2041-2060", "2081-2100"]);
    expect(data.deltas).toHaveLength(46 * 4 * 3);
  });
  it("finds the warming of a site's region (data/SOURCES.md: ESAF ssp245 2041–2060 +1.27 °C, 0.95–1.72)", () => {
    const w = warmingAt(data, 28.21, -12.8, "ssp245", "2041-2060")!;
    expect(w.region).toBe("ESAF");
    expect(w.median).toBeCloseTo(1.27, 2);
    expect(w.p10).toBeCloseTo(0.95, 2);
    expect(w.p90).toBeCloseTo(1.72, 2);
    expect(warmingAt(data, -140, 0, "ssp245", "2041-2060")).toBeNull();
  });
  it("has p10 ≤ median ≤ p90 in every row", () => {
    expect(loadTasDeltas().filter((d) => !(d.p10 <= d.median && d.median <= d.p90))).toEqual([]);
  });
});
