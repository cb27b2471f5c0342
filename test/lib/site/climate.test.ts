import { describe, expect, it } from "vitest";
import type { ClimateChangeData } from "../../../src/lib/data/climate-change.js";
import type { ClimateStation } from "../../../src/lib/data/records.js";
import { dryMonths, fillMissingMonths, populationSd, precipitationSeasonality, summarizeClimate } from "../../../src/lib/site/climate.js";
import { adjustClimate, climatePresets } from "../../../src/lib/site/climate-change.js";
import { koppenFromMonthly } from "../../../src/lib/site/koppen.js";
import { wetSeasons } from "../../../src/lib/site/seasons.js";
import { estimateClimate, idw, idwWeights, lapseAdjust, stationIndex } from "../../../src/lib/site/stations.js";

function station(partial: Partial<ClimateStation> & { id: string; lat: number; lon: number }): ClimateStation {
  return {
    name: partial.id,
    iso3: null,
    elevation: null,
    tMean: null,
    precAnnual: null,
    tMonthly: null,
    precMonthly: null,
    tMinColdest: null,
    tMaxWarmest: null,
    tSeasonality: null,
    precSeasonality: null,
    ...partial
  };
}

/** A CHELSA-like monthly series: June and July missing (null), as the station data emit them. */
const withoutJuneJuly = (t: number) => [t, t, t, t, t, null, null, t, t, t, t, t];

describe("fillMissingMonths(monthly, annualMean)", () => {
  const series = [20, 21, 22, 21, 19, null, null, 16, 18, 21, 22, 21];

  it("interpolates missing months linearly between their known neighbours", () => {
    // May = 19, Aug = 16, three steps apart: Jun = 19 + (16 − 19)·1/3 = 18, Jul = 19 + (16 − 19)·2/3 = 17.
    const filled = fillMissingMonths(series)!;
    expect(filled.values[5]).toBeCloseTo(18, 12);
    expect(filled.values[6]).toBeCloseTo(17, 12);
    expect(filled.filled).toEqual([5, 6]);
    expect(filled.method).toBe("linear");
  });

  it("shifts the filled months so the year averages to the annual mean", () => {
    // Known months sum to 201; with Jun 18 and Jul 17 the year sums to 236. The annual mean 19.25 °C
    // needs 12 × 19.25 = 231, so each filled month moves by (231 − 236)/2 = −2.5: Jun 15.5, Jul 14.5.
    const filled = fillMissingMonths(series, 19.25)!;
    expect(filled.values[5]).toBeCloseTo(15.5, 12);
    expect(filled.values[6]).toBeCloseTo(14.5, 12);
    expect(filled.method).toBe("linear, shifted to the annual mean");
    expect(filled.values.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(19.25, 12);
  });

  it("keeps the plain interpolation when the annual mean would need an implausible shift", () => {
    // 12 × 17 = 204 would need (204 − 236)/2 = −16 °C per month: beyond the 5 °C limit.
    const filled = fillMissingMonths(series, 17)!;
    expect(filled.values[5]).toBeCloseTo(18, 12);
    expect(filled.method).toBe("linear");
  });

  it("interpolates around the year end", () => {
    const filled = fillMissingMonths([null, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 10])!;
    expect(filled.values[0]).toBeCloseTo(12, 12); // halfway between Dec 10 and Feb 14
  });

  it("returns the series unchanged when nothing is missing", () => {
    const full = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(fillMissingMonths(full, 100)).toEqual({ values: full, filled: [], method: "none" });
  });

  it("returns null with fewer than two known months, and throws on a series that is not 12 long", () => {
    expect(fillMissingMonths([5, null, null, null, null, null, null, null, null, null, null, null])).toBeNull();
    expect(() => fillMissingMonths([1, 2, 3])).toThrow(RangeError);
  });
});

describe("idw(points, power)", () => {
  it("weights values by 1/d²", () => {
    // (20/10² + 26/20²) / (1/10² + 1/20²) = (0.2 + 0.065) / 0.0125 = 21.2
    expect(
      idw([
        { distanceKm: 10, value: 20 },
        { distanceKm: 20, value: 26 }
      ])
    ).toBeCloseTo(21.2, 12);
  });

  it("renormalises over the points that have a value, and returns null when none has", () => {
    expect(
      idw([
        { distanceKm: 10, value: null },
        { distanceKm: 20, value: 26 }
      ])
    ).toBe(26);
    expect(idw([{ distanceKm: 10, value: null }])).toBeNull();
  });

  it("returns a value at distance zero as it is", () => {
    expect(
      idw([
        { distanceKm: 0, value: 7 },
        { distanceKm: 5, value: 100 }
      ])
    ).toBe(7);
  });
});

describe("idwWeights(distancesKm, power)", () => {
  it("gives weights in the ratio of 1/d² that sum to 1", () => {
    const [a, b] = idwWeights([10, 20]);
    expect(a).toBeCloseTo(0.8, 12); // (1/100) / (1/100 + 1/400)
    expect(b).toBeCloseTo(0.2, 12);
  });
});

describe("lapseAdjust(temperature, fromElevation, toElevation)", () => {
  it("warms a temperature moved 300 m down by 0.0065 °C/m × 300 m = 1.95 °C", () => {
    expect(lapseAdjust(20, 1500, 1200)).toBeCloseTo(21.95, 12);
  });
});

describe("estimateClimate(index, lat, lon, options)", () => {
  // Site at (0, 0). A is 0.1° east (11.12 km), B 0.2° east (22.24 km): IDW weights 0.8 and 0.2.
  const a = station({
    id: "A",
    lat: 0,
    lon: 0.1,
    elevation: 1000,
    tMean: 20,
    precAnnual: 1200,
    tMonthly: withoutJuneJuly(20),
    precMonthly: Array(12).fill(100),
    tMinColdest: 12
  });
  const b = station({
    id: "B",
    lat: 0,
    lon: 0.2,
    elevation: 1400,
    tMean: 18,
    precAnnual: 600,
    tMonthly: withoutJuneJuly(18),
    precMonthly: Array(12).fill(50),
    tMinColdest: 10
  });
  const index = stationIndex([a, b, station({ id: "empty", lat: 0, lon: 0.05 })]);

  it("corrects station temperatures to a given site elevation before weighting", () => {
    // A: 20 + 0.0065 × (1000 − 1200) = 18.7 °C; B: 18 + 0.0065 × (1400 − 1200) = 19.3 °C.
    // IDW: 0.8 × 18.7 + 0.2 × 19.3 = 18.82 °C. Rain: 0.8 × 100 + 0.2 × 50 = 90 mm per month.
    const est = estimateClimate(index, 0, 0, { siteElevation: 1200 });
    if (est.status !== "ok") throw new Error("expected a climate");
    expect(est.stations.map((s) => s.id)).toEqual(["A", "B"]); // the station without climate is not indexed
    expect(est.stations[0].weight).toBeCloseTo(0.8, 6);
    expect(est.monthly!.temperature[0]).toBeCloseTo(18.82, 9);
    expect(est.tMean).toBeCloseTo(18.82, 9);
    expect(est.monthly!.precipitation[0]).toBeCloseTo(90, 9);
    expect(est.precAnnual).toBeCloseTo(1080, 9);
    // bio6: A 12 − 1.3 = 10.7, B 10 + 1.3 = 11.3 → 0.8 × 10.7 + 0.2 × 11.3 = 10.82 °C
    expect(est.tMinColdest).toBeCloseTo(10.82, 9);
    expect(est.elevationSource).toBe("given");
    expect(est.warnings).toEqual([]);
    // June and July were filled (flat series: the fill equals the annual mean) and the page is told.
    expect(est.stations[0].filledMonths).toEqual([5, 6]);
    expect(est.notes.join(" ")).toMatch(/Jun and Jul temperatures are missing/);
  });

  it("uses the stations' weighted elevation when none is given, and warns of a 300 m gap", () => {
    // Elevation 0.8 × 1000 + 0.2 × 1400 = 1080 m; the lapse corrections then cancel:
    // 0.8 × 20 + 0.2 × 18 = 19.6 °C. B is 320 m above 1080 m: over the 300 m warning threshold.
    const est = estimateClimate(index, 0, 0);
    if (est.status !== "ok") throw new Error("expected a climate");
    expect(est.elevation).toBeCloseTo(1080, 9);
    expect(est.elevationSource).toBe("stations");
    expect(est.tMean).toBeCloseTo(19.6, 9);
    expect(est.warnings).toHaveLength(1);
    expect(est.warnings[0]).toMatch(/^B is 320 m higher/);
  });

  it("warns when the nearest station is over 100 km away", () => {
    const far = stationIndex([{ ...a, lon: 1.5 }]); // 166.8 km
    const est = estimateClimate(far, 0, 0);
    if (est.status !== "ok") throw new Error("expected a climate");
    expect(est.nearestKm).toBeCloseTo(166.79, 1);
    expect(est.warnings[0]).toMatch(/nearest station is 167 km away/);
  });

  it("says there is no station instead of inventing a climate in mid-ocean", () => {
    const est = estimateClimate(index, 0, -140);
    expect(est.status).toBe("no-station");
    if (est.status === "no-station") {
      expect(est.message).toMatch(/No weather station within 300 km/);
      expect(est.nearestKm).toBeGreaterThan(15000);
    }
  });

  it("throws on an invalid coordinate", () => {
    expect(() => estimateClimate(index, 95, 0)).toThrow(RangeError);
  });
});

describe("dryMonths(precipitation, thresholdMm)", () => {
  it("counts months below 60 mm", () => {
    expect(dryMonths([0, 59.9, 60, 61, 100, 0, 0, 0, 0, 0, 200, 300])).toBe(7);
  });
});

describe("precipitationSeasonality(precipitation)", () => {
  it("is the CV of monthly rain with the population standard deviation (CHELSA bio15)", () => {
    // Six months of 0 and six of 100 mm: mean 50, population SD 50 → CV 100 %.
    expect(precipitationSeasonality([0, 0, 0, 0, 0, 0, 100, 100, 100, 100, 100, 100])).toBeCloseTo(100, 12);
    // 10, 20, 30 repeated: mean 20, population SD sqrt(200/3) = 8.164966 → CV 40.82483 %.
    expect(precipitationSeasonality([10, 20, 30, 10, 20, 30, 10, 20, 30, 10, 20, 30])).toBeCloseTo(40.82483, 5);
  });

  it("is null when no rain falls", () => {
    expect(precipitationSeasonality(Array(12).fill(0))).toBeNull();
  });
});

describe("populationSd(xs)", () => {
  it("divides by n: the population SD of 2, 4, 4, 4, 5, 5, 7, 9 is 2", () => {
    expect(populationSd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
});

// A Copperbelt-like climate (southern tropics, plateau): wet Nov–Mar, dry May–Oct.
const copperbeltT = [22, 22, 22, 21, 19, 17, 17, 19, 22, 24, 24, 22];
const copperbeltP = [250, 220, 180, 40, 5, 0, 0, 0, 2, 20, 120, 260];

describe("wetSeasons(temperature, precipitation)", () => {
  it("finds one season across the year end and plants in its first months", () => {
    // Wet when P > 2T and T ≥ 5 °C: Nov 120 > 48, Dec 260 > 44, Jan–Mar > 44; Apr 40 < 42 and Oct 20 < 48 are dry.
    // Season Nov–Mar (5 months, 1030 mm); plant in all but its last two months: Nov, Dec, Jan.
    const s = wetSeasons(copperbeltT, copperbeltP);
    expect(s.kind).toBe("single");
    expect(s.seasons[0].months).toEqual([10, 11, 0, 1, 2]);
    expect(s.seasons[0].rainMm).toBe(1030);
    expect(s.plantingMonths).toEqual([10, 11, 0]);
    expect(s.description).toBe("One wet season, Nov–Mar (5 months, 1030 mm). Plant in Nov–Jan.");
  });

  it("recognises two seasons and puts the wetter of two equally long ones first", () => {
    // T = 20 °C (2T = 40 mm): wet Mar–May (470 mm) and Oct–Dec (260 mm); Jan 30 and Sep 20 mm are dry.
    const p = [30, 30, 150, 200, 120, 20, 10, 10, 20, 60, 120, 80];
    const s = wetSeasons(Array(12).fill(20), p);
    expect(s.kind).toBe("bimodal");
    expect(s.seasons.map((x) => x.months)).toEqual([
      [2, 3, 4],
      [9, 10, 11]
    ]);
    expect(s.seasons.map((x) => x.plantingMonths)).toEqual([[2], [9]]);
    expect(s.plantingMonths).toEqual([2]);
  });

  it("calls a climate wet and warm all year 'year-round'", () => {
    const s = wetSeasons(Array(12).fill(26), Array(12).fill(200));
    expect(s.kind).toBe("year-round");
    expect(s.plantingMonths).toHaveLength(12);
  });

  it("finds no season in a desert, nor from isolated wet months", () => {
    expect(wetSeasons(Array(12).fill(30), Array(12).fill(5)).kind).toBe("none");
    const spells = wetSeasons(Array(12).fill(25), [100, 0, 0, 0, 100, 0, 0, 0, 100, 0, 0, 0]);
    expect(spells.kind).toBe("none");
    expect(spells.description).toMatch(/isolated wet months/);
  });

  it("leaves out months too cold to grow, however wet", () => {
    // 50 mm every month; Apr–Oct have T ≥ 5 °C and 50 > 2T; the winter months are too cold.
    const t = [-5, -3, 2, 8, 14, 18, 20, 19, 14, 8, 2, -3];
    const s = wetSeasons(t, Array(12).fill(50));
    expect(s.kind).toBe("single");
    expect(s.seasons[0].months).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(s.plantingMonths).toEqual([3, 4, 5, 6, 7]);
  });
});

describe("koppenFromMonthly(temperature, precipitation, lat)", () => {
  it("classifies a uniformly hot, wet equatorial climate as Af", () => {
    // Tmin 27 ≥ 18 (A); Pmin 200 ≥ 60 (f). Not B: Pth = 2 × 27 + 14 = 68, Pann 2400 ≥ 680.
    expect(koppenFromMonthly(Array(12).fill(27), Array(12).fill(200), 1)).toBe("Af");
  });

  it("classifies a short dry season with much rain as Am", () => {
    // Pmin 30 < 60 but Pann 2880 ≥ 25 × (100 − 30) = 1750.
    expect(koppenFromMonthly(Array(12).fill(27), [400, 400, 400, 400, 300, 200, 100, 50, 30, 100, 200, 300], 5)).toBe("Am");
  });

  it("classifies a hot southern savanna with a dry austral winter as Aw", () => {
    // Tann 25.83, summer (Oct–Mar) rain 1050 of 1097 mm ≥ 2/3 → Pth = 2 × 25.83 + 28 = 79.7; 1097 ≥ 797 (not B).
    // Tmin 24 ≥ 18 (A); Pmin 0; 1097 < 25 × 100 (not Am); driest winter month 0 < driest summer month 20 → w.
    const t = [26, 26, 26, 26, 25, 24, 24, 25, 27, 28, 27, 26];
    expect(koppenFromMonthly(t, copperbeltP, -10)).toBe("Aw");
  });

  it("classifies the Copperbelt-like plateau climate as Cwa", () => {
    // Tmin 17 (C: −3 < 17 < 18); Pwmin 0 < Psmin 20 and Psmax 260 > 10 × 0 → w; Tmax 24 ≥ 22 → a.
    expect(koppenFromMonthly(copperbeltT, copperbeltP, -12.8)).toBe("Cwa");
  });

  it("classifies a dry-summer warm climate as Csb", () => {
    // Winter (Oct–Mar) rain 530 of 650 ≥ 2/3 → Pth = 2 × 15 = 30; 650 ≥ 300 (not B). Tmin 9 → C.
    // Psmin 5 < Pwmin 60, Pwmax 110 > 3 × 5, Psmin < 40 → s. Tmax 21 < 22; 10 months ≥ 10 °C → b.
    const t = [9, 10, 12, 14, 17, 20, 21, 21, 19, 16, 12, 9];
    const p = [100, 90, 80, 50, 30, 10, 5, 5, 20, 60, 90, 110];
    expect(koppenFromMonthly(t, p, 38)).toBe("Csb");
  });

  it("classifies a cold, evenly wet climate as Dfb", () => {
    // Tann 5.33, Pth = 2 × 5.33 + 14 = 24.7; 600 ≥ 247. Tmin −10 ≤ −3 → D; even rain → f;
    // Tmax 19 < 22, 5 months ≥ 10 °C → b.
    const t = [-10, -8, -2, 6, 13, 17, 19, 17, 12, 6, 0, -6];
    expect(koppenFromMonthly(t, Array(12).fill(50), 55)).toBe("Dfb");
  });

  it("classifies a hot desert as BWh and the polar climates as ET and EF", () => {
    // Pth = 2 × 30 + 14 = 74: Pann 60 < 740 (B) and ≤ 370 (W); Tann ≥ 18 → h.
    expect(koppenFromMonthly(Array(12).fill(30), Array(12).fill(5), 25)).toBe("BWh");
    expect(koppenFromMonthly(Array(12).fill(5), Array(12).fill(30), 70)).toBe("ET");
    expect(koppenFromMonthly(Array(12).fill(-20), Array(12).fill(10), -80)).toBe("EF");
  });
});

describe("adjustClimate(present, warmingC, rainfallPct, lat)", () => {
  const present = summarizeClimate(
    { temperature: copperbeltT, precipitation: copperbeltP },
    { tMean: null, precAnnual: null, tMinColdest: 8, tMaxWarmest: 31 },
    -12.8
  );

  it("adds the warming to every temperature and scales every month's rain", () => {
    const future = adjustClimate(present, 2, -10, -12.8);
    expect(future.monthly!.temperature[0]).toBe(24);
    expect(future.monthly!.precipitation[0]).toBeCloseTo(225, 9);
    expect(future.tMean).toBeCloseTo(present.tMean! + 2, 9);
    expect(future.precAnnual).toBeCloseTo(present.precAnnual! * 0.9, 9);
    expect(future.tMinColdest).toBe(10);
  });

  it("recomputes the derived figures: 2 °C warmer moves Cwa to Aw (Tmin 17 → 19 °C)", () => {
    expect(present.koppen).toBe("Cwa");
    expect(adjustClimate(present, 2, 0, -12.8).koppen).toBe("Aw");
  });

  it("rejects a rainfall fall beyond 100 %", () => {
    expect(() => adjustClimate(present, 0, -120, -12.8)).toThrow(RangeError);
  });
});

describe("climatePresets(data, lat, lon, options)", () => {
  // A one-region extract of the climate-change dataset with the SOURCES.md example: E. Southern Africa,
  // SSP2-4.5, 2041–2060, annual median +1.27 °C (p10 0.95, p90 1.72).
  const data: ClimateChangeData = {
    variable: "tas",
    unit: "°C",
    baseline: "1995–2014",
    scenarios: ["ssp245", "ssp585"],
    periods: ["2041-2060"],
    regions: [
      {
        code: "ESAF",
        name: "E.Southern-Africa",
        continent: "AFRICA",
        surface: "Land",
        rings: [
          [
            [20, -20],
            [35, -20],
            [35, -5],
            [20, -5]
          ]
        ]
      }
    ],
    deltas: [
      { region: "ESAF", scenario: "ssp245", period: "2041-2060", median: 1.267, p10: 0.952, p90: 1.723, nModels: 30 },
      { region: "ESAF", scenario: "ssp585", period: "2041-2060", median: 1.8, p10: 1.3, p90: 2.4, nModels: 28 }
    ]
  };

  it("offers the present climate and the region's median warming per scenario, rainfall unchanged", () => {
    const presets = climatePresets(data, -12.8, 28.21);
    expect(presets.map((p) => p.id)).toEqual(["present", "ssp245-2041-2060", "ssp585-2041-2060"]);
    expect(presets[1].warmingC).toBe(1.27);
    expect(presets[1].warmingRange).toEqual([0.952, 1.723]);
    expect(presets[1].rainfallPct).toBe(0);
    expect(presets[1].region).toBe("ESAF");
    expect(presets[1].source).toMatch(/median of 30 models for AR6 region ESAF/);
  });

  it("offers only the present climate outside every region", () => {
    expect(climatePresets(data, 50, 0).map((p) => p.id)).toEqual(["present"]);
  });
});
