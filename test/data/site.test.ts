/**
 * The site assessment on the real climate datasets (built from data/ as the loaders build them):
 * the Zambian Copperbelt check of issue 5, a mid-ocean site, and two checks of the climate methods
 * against the station data's own statistics.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadClimateStations, loadKoppenGrid, loadRegions, loadTasDeltas } from "../../src/data/_build/climate.js";
import type { StationRecord } from "../../src/lib/data/climate.js";
import { buildClimateChange, type ClimateChangeData } from "../../src/lib/data/climate-change.js";
import { type KoppenGrid, koppenAt } from "../../src/lib/data/koppen.js";
import type { ClimateStation } from "../../src/lib/data/records.js";
import { assessSite } from "../../src/lib/site/assess.js";
import { fillMissingMonths, populationSd, precipitationSeasonality } from "../../src/lib/site/climate.js";
import { koppenFromMonthly } from "../../src/lib/site/koppen.js";
import { stationIndex, stationMonthly } from "../../src/lib/site/stations.js";
import type { GridIndex } from "../../src/lib/util/geo.js";

let stations: StationRecord[];
let index: GridIndex<ClimateStation>;
let koppen: KoppenGrid;
let climateChange: ClimateChangeData;
beforeAll(() => {
  stations = loadClimateStations();
  index = stationIndex(stations);
  koppen = loadKoppenGrid();
  climateChange = buildClimateChange(loadRegions(), loadTasDeltas());
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe("assessSite at the Zambian Copperbelt (−12.80, 28.21)", () => {
  it("finds a tropical savanna / subtropical dry-winter climate with one rainy season (issue 5)", () => {
    const a = assessSite({ lat: -12.8, lon: 28.21 }, { stations: index, koppen, climateChange });
    const est = a.climate.estimate;
    if (est.status !== "ok") throw new Error("expected a climate");
    // Nearest stations: Kafironda (24 km) and Ndola airport (38 km) carry 96 % of the IDW weight.
    expect(est.stations[0].name).toBe("KAFIRONDA");
    expect(est.stations[0].distanceKm).toBeCloseTo(24.4, 0);
    expect(est.stations[1].name).toMatch(/^NDOLA/);
    expect(est.warnings).toEqual([]);
    const present = a.climate.present!;
    expect(present.koppen).toMatch(/^(Aw|Cw)/); // the 0.5° grid says Cwa
    expect(a.climate.koppenGrid).toMatchObject({ code: "Cwa", cellsAway: 0 });
    expect(a.climate.koppenFromStations).toBe("Cwa");
    expect(present.seasons!.kind).toBe("single");
    expect(present.seasons!.seasons[0].months).toEqual([10, 11, 0, 1, 2]); // Nov–Mar
    expect(present.plantingMonths).toEqual([10, 11, 0]); // Nov–Jan
    // Plateau at about 1,260 m: ~21 °C and ~1,200 mm, with a long dry season (Ndola's climate).
    expect(present.tMean!).toBeGreaterThan(20);
    expect(present.tMean!).toBeLessThan(22);
    expect(present.precAnnual!).toBeGreaterThan(1100);
    expect(present.precAnnual!).toBeLessThan(1300);
    expect(present.dryMonths).toBe(7);
    expect(present.elevation!).toBeCloseTo(1258, -1);
  });

  it("offers the ESAF warming presets and applies them", () => {
    const a = assessSite({ lat: -12.8, lon: 28.21, warmingC: 1.27 }, { stations: index, koppen, climateChange });
    expect(a.climate.region).toEqual({ code: "ESAF", name: "E.Southern-Africa" });
    // data/SOURCES.md: ESAF, ssp245, 2041–2060 annual median +1.27 °C (0.95–1.72).
    expect(a.climate.presets.find((p) => p.id === "ssp245-2041-2060")).toMatchObject({ warmingC: 1.27, warmingRange: [0.952, 1.723] });
    expect(a.climate.scenario!.tMean! - a.climate.present!.tMean!).toBeCloseTo(1.27, 9);
    // The coldest month warms from 17.6 to 18.9 °C, past the 18 °C tropical limit: Cwa → Aw.
    expect(a.climate.scenario!.koppen).toBe("Aw");
  });
});

describe("assessSite in the middle of the Pacific (0, −140)", () => {
  it("says there is no station nearby instead of inventing a climate", () => {
    const a = assessSite({ lat: 0, lon: -140 }, { stations: index, koppen, climateChange });
    expect(a.climate.estimate.status).toBe("no-station");
    expect(a.climate.present).toBeNull();
    expect(a.climate.scenario).toBeNull();
    expect(a.climate.koppenGrid).toBeNull(); // no land cell nearby
    if (a.climate.estimate.status === "no-station")
      expect(a.climate.estimate.message).toMatch(/No weather station within 300 km \(the nearest is \d+ km away\)/);
  });
});

describe("the climate methods against the stations' own statistics", () => {
  it("fills CHELSA's missing June and July so that the year's seasonality matches CHELSA's bio4", () => {
    // CHELSA's bio4 (SD of the 12 true monthly means, population SD) is known for every station although
    // its June/July values are not. Shifting the interpolated months to the annual mean brings the
    // recomputed SD within a median 0.04 °C of bio4; plain interpolation misses by about 0.4 °C.
    const chelsa = stations.filter((s) => s.hasChelsa && s.tMonthly && s.tSeasonality !== null && s.tMean !== null);
    expect(chelsa.length).toBeGreaterThan(20000);
    const shifted = chelsa.map((s) => Math.abs(populationSd(fillMissingMonths(s.tMonthly!, s.tMean)!.values) - s.tSeasonality!));
    const linear = chelsa.map((s) => Math.abs(populationSd(fillMissingMonths(s.tMonthly!)!.values) - s.tSeasonality!));
    expect(median(shifted)).toBeLessThan(0.06);
    expect(median(linear)).toBeGreaterThan(0.3);
  });

  it("computes precipitation seasonality as CHELSA's bio15 does", () => {
    const chelsa = stations.filter((s) => s.hasChelsa && s.precMonthly && s.precSeasonality !== null);
    const diff = chelsa.map((s) => Math.abs(precipitationSeasonality(s.precMonthly as number[])! - s.precSeasonality!));
    expect(median(diff)).toBeLessThan(0.05);
  });

  it("classifies station climates like the Köppen–Geiger grid at 4 in 5 stations", () => {
    // Different periods (CHELSA 1979–2013 at a point vs the grid's 1986–2010 0.5° majority class):
    // 79.6 % of 21,705 stations get the same class, 90.7 % the same main group.
    let n = 0;
    let same = 0;
    let sameGroup = 0;
    for (const s of stations) {
      const m = stationMonthly(s);
      const cell = m && koppenAt(koppen, s.lat, s.lon, 0);
      if (!m || !cell) continue;
      const k = koppenFromMonthly(m.temperature, m.precipitation, s.lat);
      n++;
      if (k === cell.koppen) same++;
      if (k[0] === cell.koppen[0]) sameGroup++;
    }
    expect(n).toBeGreaterThan(20000);
    expect(same / n).toBeGreaterThan(0.75);
    expect(sameGroup / n).toBeGreaterThan(0.88);
  });
});
