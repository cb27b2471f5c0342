import { describe, expect, it } from "vitest";
import { anovaIcc, clusterBootstrapRatio, designEffectMean } from "../../../src/lib/monitoring/estimators.js";

// The worked example of docs/monitoring.md: woody cover (%) on 3 clusters of 2 plots.
const EXAMPLE = [
  { cluster: "A", value: 10 },
  { cluster: "A", value: 14 },
  { cluster: "B", value: 18 },
  { cluster: "B", value: 22 },
  { cluster: "C", value: 26 },
  { cluster: "C", value: 30 }
];

describe("anovaIcc(units)", () => {
  it("reproduces the worked example by hand: MSB 128, MSW 8, m₀ 2 → ICC 120/136", () => {
    // Cluster means 12, 20, 28; grand mean 20. SSB = 2·(8² + 0² + 8²) = 256, MSB = 256/2 = 128.
    // SSW = 6 · 2² = 24, MSW = 24/(6 − 3) = 8. m₀ = (6 − (4 + 4 + 4)/6)/2 = 2.
    expect(anovaIcc(EXAMPLE)).toBeCloseTo(120 / 136, 12);
  });

  it("is 0 when clusters do not differ more than plots within them (a negative estimate is truncated)", () => {
    const units = [
      { cluster: "A", value: 1 },
      { cluster: "A", value: 9 },
      { cluster: "B", value: 2 },
      { cluster: "B", value: 8 }
    ];
    expect(anovaIcc(units)).toBe(0);
  });

  it("is 1 when plots of a cluster are identical and clusters differ", () => {
    const units = [
      { cluster: "A", value: 5 },
      { cluster: "A", value: 5 },
      { cluster: "B", value: 7 },
      { cluster: "B", value: 7 }
    ];
    expect(anovaIcc(units)).toBe(1);
  });

  it("cannot be estimated from one cluster or one plot per cluster", () => {
    expect(anovaIcc(EXAMPLE.filter((u) => u.cluster === "A"))).toBeNull();
    expect(anovaIcc(EXAMPLE.filter((_, i) => i % 2 === 0))).toBeNull();
  });
});

describe("designEffectMean(units, confidence)", () => {
  it("reproduces the worked example of docs/monitoring.md, computed by hand", () => {
    const m = designEffectMean(EXAMPLE, 0.9);
    expect(m.estimate).toBe(20); // 120 / 6
    expect(m.sd).toBeCloseTo(Math.sqrt(56), 12); // s² = (100 + 36 + 4 + 4 + 36 + 100)/5 = 56
    expect(m.icc).toBeCloseTo(0.882353, 6); // 120/136
    expect(m.designEffect).toBeCloseTo(1.882353, 6); // 1 + (2 − 1)·0.882353 = 32/17
    expect(m.nEffective).toBeCloseTo(3.1875, 10); // 6 / (32/17) = 102/32
    expect(m.se).toBeCloseTo(4.191495, 6); // √(56 / 3.1875) = √17.568627
    expect(m.df).toBe(2); // 3 clusters − 1
    // t(0.90, 2) = 0.8/√0.18 = 1.885618 (R: qt(0.9, 2)); 1.885618 × 4.191495 = 7.903558.
    expect(m.lower).toBeCloseTo(12.096442, 5);
    expect(m.upper).toBeCloseTo(27.903558, 5);
  });

  it("is wider than the simple-random-sample interval when plots within clusters resemble each other", () => {
    const m = designEffectMean(EXAMPLE, 0.9);
    const srsHalfWidth = 1.885618 * Math.sqrt(56 / 6);
    expect(m.upper! - m.estimate).toBeGreaterThan(srsHalfWidth);
  });

  it("reduces to s/√n with t on k − 1 degrees of freedom when the ICC is 0", () => {
    const units = [
      { cluster: "A", value: 1 },
      { cluster: "A", value: 9 },
      { cluster: "B", value: 2 },
      { cluster: "B", value: 8 },
      { cluster: "C", value: 3 },
      { cluster: "C", value: 7 }
    ];
    const m = designEffectMean(units, 0.95);
    expect(m.designEffect).toBe(1);
    const sd = Math.sqrt(units.reduce((s, u) => s + (u.value - 5) ** 2, 0) / 5);
    // qt(0.95, 2) = 2.919986
    expect(m.upper! - 5).toBeCloseTo(2.919986 * (sd / Math.sqrt(6)), 5);
  });

  it("gives no bounds with fewer than 2 clusters, and says so", () => {
    const m = designEffectMean(EXAMPLE.slice(0, 2), 0.9);
    expect(m.estimate).toBe(12);
    expect(m.lower).toBeNull();
    expect(m.note).toMatch(/2 clusters/);
  });

  it("rejects a confidence outside (0.5, 1)", () => {
    expect(() => designEffectMean(EXAMPLE, 1)).toThrow(RangeError);
    expect(() => designEffectMean(EXAMPLE, 0.4)).toThrow(RangeError);
  });
});

describe("clusterBootstrapRatio(units, confidence, seed)", () => {
  // Two clusters: A 8/10, B 4/10. Resamples AA (0.8), AB and BA (0.6), BB (0.4), each with probability 1/4.
  const TWO = [
    { cluster: "A", numerator: 5, denominator: 6 },
    { cluster: "A", numerator: 3, denominator: 4 },
    { cluster: "B", numerator: 4, denominator: 10 }
  ];

  it("estimates the ratio of totals and takes its bounds from the bootstrap distribution", () => {
    const r = clusterBootstrapRatio(TWO, 0.9, 42);
    expect(r.estimate).toBeCloseTo(0.6, 12); // 12 / 20
    // A quarter of the resamples are 0.4 (BB) and a quarter 0.8 (AA): the 10 % and 90 % quantiles.
    expect(r.lower).toBeCloseTo(0.4, 12);
    expect(r.upper).toBeCloseTo(0.8, 12);
    expect(r.resamples).toBe(2000);
    expect(r.note).toMatch(/Only 2 clusters/);
  });

  it("gives the same bounds for the same seed, and other bounds for another seed", () => {
    const units = Array.from({ length: 40 }, (_, i) => ({ cluster: `C${i % 12}`, numerator: (i * 7) % 11, denominator: 12 }));
    const a = clusterBootstrapRatio(units, 0.9, 7);
    expect(clusterBootstrapRatio(units, 0.9, 7)).toEqual(a);
    const b = clusterBootstrapRatio(units, 0.9, 8);
    expect(b.estimate).toBe(a.estimate);
    expect([b.lower, b.upper]).not.toEqual([a.lower, a.upper]);
    expect(a.lower!).toBeLessThan(a.estimate);
    expect(a.upper!).toBeGreaterThan(a.estimate);
  });

  it("collapses to the estimate when every cluster has the same ratio", () => {
    const units = ["A", "B", "C"].map((cluster) => ({ cluster, numerator: 3, denominator: 4 }));
    const r = clusterBootstrapRatio(units, 0.95, 1);
    expect([r.lower, r.estimate, r.upper]).toEqual([0.75, 0.75, 0.75]);
  });

  it("has nothing to estimate without a denominator", () => {
    const r = clusterBootstrapRatio([{ cluster: "A", numerator: 0, denominator: 0 }], 0.9, 1);
    expect(r.estimate).toBeNaN();
    expect(r.note).toMatch(/no stems/);
  });
});
