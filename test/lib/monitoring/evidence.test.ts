import { describe, expect, it } from "vitest";
import { estimateIndicator, indicatorSeries, speciesSurvival } from "../../../src/lib/monitoring/evidence.js";
import type { PlotVisit, StemCount } from "../../../src/lib/monitoring/upload.js";
import { clusterPrevalence } from "../../../src/lib/site/landhealth.js";

const stem = (speciesId: string, planted: number, surviving: number, extra: Partial<StemCount> = {}): StemCount => ({
  line: 2,
  speciesId,
  speciesName: null,
  native: null,
  planted,
  surviving,
  heightM: null,
  ...extra
});

function visit(plot: string, round: number, fields: Partial<PlotVisit>): PlotVisit {
  return {
    line: 2,
    plotId: plot,
    clusterId: plot.slice(0, 3),
    date: round === 0 ? "2022-11-01" : "2024-11-01",
    round,
    woodyCoverPct: null,
    groundCoverPct: null,
    erosionClass: null,
    infiltrationMmH: null,
    socGkg: null,
    stems: [],
    ...fields
  };
}

// Four clusters of two plots, two species each.
const VISITS: PlotVisit[] = [
  visit("C01-P01", 0, {
    stems: [stem("a", 60, 50, { native: true, heightM: 1 }), stem("b", 40, 30, { native: false, heightM: 2 })],
    erosionClass: 0,
    woodyCoverPct: 20
  }),
  visit("C01-P02", 0, {
    stems: [stem("a", 50, 45, { native: true, heightM: 1 }), stem("b", 50, 40, { native: false, heightM: 2 })],
    erosionClass: 2,
    woodyCoverPct: 24
  }),
  visit("C02-P01", 0, { stems: [stem("a", 55, 30), stem("b", 45, 20)], erosionClass: 1, woodyCoverPct: 10 }),
  visit("C02-P02", 0, { stems: [stem("a", 50, 35), stem("b", 50, 25)], erosionClass: 1, woodyCoverPct: 12 }),
  visit("C03-P01", 0, { stems: [stem("a", 50, 48), stem("b", 50, 44)], erosionClass: 0, woodyCoverPct: 30 }),
  visit("C03-P02", 0, { stems: [stem("a", 50, 47), stem("b", 50, 46)], erosionClass: 0, woodyCoverPct: 34 }),
  visit("C04-P01", 0, { stems: [stem("a", 50, 40), stem("b", 50, 38)], erosionClass: 3, woodyCoverPct: 18 }),
  visit("C04-P02", 0, { stems: [stem("a", 50, 41), stem("b", 50, 36)], erosionClass: 0, woodyCoverPct: 16 })
];
const OPTIONS = { confidence: 0.9, seed: 42, plotAreaHa: 0.1 };

describe("estimateIndicator(visits, indicator, options)", () => {
  it("estimates survival as surviving / planted stems over all plots (%), with bootstrap bounds around it", () => {
    const e = estimateIndicator(VISITS, "survival", OPTIONS);
    // Surviving 80+85+50+60+92+93+78+77 = 615 of 800 planted.
    expect(e.estimate).toBeCloseTo((615 / 800) * 100, 10);
    expect(e.method).toBe("cluster bootstrap");
    expect(e.lower!).toBeLessThan(e.estimate);
    expect(e.upper!).toBeGreaterThan(e.estimate);
    expect([e.n, e.clusters]).toEqual([8, 4]);
  });

  it("estimates stocking as the mean of surviving stems per hectare of plot, with the design effect", () => {
    const e = estimateIndicator(VISITS, "stocking", OPTIONS);
    expect(e.estimate).toBeCloseTo((615 / 8) * 10, 10); // 0.1 ha plots
    expect(e.method).toBe("design effect");
    expect(e.designEffect!).toBeGreaterThan(1);
  });

  it("estimates erosion prevalence exactly as site/landhealth.ts clusterPrevalence does at level 2c − 1", () => {
    const e = estimateIndicator(VISITS, "erosion", OPTIONS);
    const p = clusterPrevalence(
      VISITS.map((v) => ({ cluster: v.clusterId, value: v.erosionClass! >= 1 })),
      0.8
    );
    expect(e.estimate).toBeCloseTo(50, 10); // 4 of 8 plots
    expect([e.lower, e.upper]).toEqual([p.ci![0] * 100, p.ci![1] * 100]);
    expect(e.method).toBe("Korn–Graubard");
  });

  it("estimates the native share of surviving stems and stem-weighted height from the rows that give them", () => {
    const native = estimateIndicator(VISITS, "nativeShare", OPTIONS);
    expect(native.estimate).toBeCloseTo((95 / 165) * 100, 10); // natives 50 + 45 of 165 survivors
    expect(native.n).toBe(2);
    expect(native.lower).toBeNull(); // one cluster says which species are native
    const height = estimateIndicator(VISITS, "height", OPTIONS);
    expect(height.estimate).toBeCloseTo((95 * 1 + 70 * 2) / 165, 10);
  });

  it("clamps the bounds of a cover to 0–100 %", () => {
    const e = estimateIndicator(VISITS.slice(0, 4), "woodyCover", { ...OPTIONS, confidence: 0.99 });
    expect(e.lower).toBe(0);
  });
});

describe("indicatorSeries(visits, rounds, indicator, options)", () => {
  it("estimates each survey round with data for the indicator, oldest first", () => {
    const later = VISITS.map((v) => ({ ...v, round: 1, date: "2024-11-01", woodyCoverPct: (v.woodyCoverPct ?? 0) + 20 }));
    const rounds = [
      { index: 0, first: "2022-11-01", last: "2022-11-01", visits: 8 },
      { index: 1, first: "2024-11-01", last: "2024-11-01", visits: 8 },
      { index: 2, first: "2025-11-01", last: "2025-11-01", visits: 0 }
    ];
    const series = indicatorSeries([...VISITS, ...later], rounds, "woodyCover", OPTIONS);
    expect(series.map((p) => [p.round.index, p.estimate])).toEqual([
      [0, 20.5],
      [1, 40.5]
    ]);
  });
});

describe("speciesSurvival(visits, options)", () => {
  it("gives each species' survival with its totals, most planted first", () => {
    const list = speciesSurvival(VISITS, { confidence: 0.9, seed: 42 });
    expect(list.map((s) => [s.speciesId, s.planted, s.surviving])).toEqual([
      ["a", 415, 336],
      ["b", 385, 279]
    ]);
    expect(list[0].estimate).toBeCloseTo((336 / 415) * 100, 10);
  });
});
