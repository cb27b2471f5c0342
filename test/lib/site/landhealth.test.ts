import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pbeta } from "../../../src/lib/decision/special.js";
import { clusterPrevalence, landHealthPrevalence, type PrevalenceUnit, qbeta, qt } from "../../../src/lib/site/landhealth.js";
import { parseSoilUpload } from "../../../src/lib/site/soil-upload.js";

describe("qt(p, df)", () => {
  it("matches R's qt() (tolerance 1e-6)", () => {
    // R 4.2: qt(0.975, c(1, 2, 9, 11, 30)) = 12.706205 4.302653 2.262157 2.200985 2.042272
    expect(qt(0.975, 1)).toBeCloseTo(12.706205, 6);
    expect(qt(0.975, 2)).toBeCloseTo(4.302653, 6);
    expect(qt(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(qt(0.975, 11)).toBeCloseTo(2.200985, 6);
    expect(qt(0.975, 30)).toBeCloseTo(2.042272, 6);
    expect(qt(0.025, 9)).toBeCloseTo(-2.262157, 6);
  });

  it("rejects impossible arguments", () => {
    expect(() => qt(1, 5)).toThrow(RangeError);
    expect(() => qt(0.5, 0)).toThrow(RangeError);
  });
});

describe("qbeta(p, a, b)", () => {
  it("gives the Clopper–Pearson limits of R's binom.test (tolerance 1e-8)", () => {
    // binom.test(1, 10)$conf.int = 0.002528579 0.445016117: qbeta(.025, 1, 10), qbeta(.975, 2, 9)
    expect(qbeta(0.025, 1, 10)).toBeCloseTo(0.002528579, 8);
    expect(qbeta(0.975, 2, 9)).toBeCloseTo(0.445016117, 8);
    // binom.test(5, 10)$conf.int = 0.187086 0.812914
    expect(qbeta(0.025, 5, 6)).toBeCloseTo(0.187086, 6);
    expect(qbeta(0.975, 6, 5)).toBeCloseTo(0.812914, 6);
  });

  it("matches the closed form for zero successes: qbeta(1 − α/2, 1, n) = 1 − (α/2)^(1/n)", () => {
    expect(qbeta(0.975, 1, 10)).toBeCloseTo(1 - 0.025 ** (1 / 10), 12); // 0.3084971
  });
});

describe("clusterPrevalence(units, level)", () => {
  const cluster = (name: string, values: number[]): PrevalenceUnit[] => values.map((v) => ({ cluster: name, value: v === 1 }));

  it("works out a clustered prevalence by hand", () => {
    // Three clusters of four plots with 1, 2 and 0 positives: p = 3/12 = 0.25.
    // Residuals y_c − p·n_c = 0, 1, −1; v = 3/2 × (0 + 1 + 1) / 12² = 0.0208333; SE = 0.1443376.
    // SRS variance 0.25 × 0.75 / 12 = 0.015625 → design effect 1.3333; n_eff = 0.1875 / 0.0208333 = 9.
    // Korn–Graubard: n* = 9 × (qt(.025, 11) / qt(.025, 2))² = 9 × (2.200985 / 4.302653)² = 2.355058.
    const est = clusterPrevalence([...cluster("a", [1, 0, 0, 0]), ...cluster("b", [1, 1, 0, 0]), ...cluster("c", [0, 0, 0, 0])]);
    expect(est.p).toBe(0.25);
    expect(est.se).toBeCloseTo(0.1443376, 7);
    expect(est.designEffect).toBeCloseTo(4 / 3, 12);
    expect(est.nEffective).toBeCloseTo(9, 12);
    const nStar = 9 * (2.200985 / 4.302653) ** 2;
    const [lower, upper] = est.ci!;
    // The limits are the Clopper–Pearson quantiles at n*: check them through the beta CDF.
    expect(pbeta(lower, nStar * 0.25, nStar * 0.75 + 1)).toBeCloseTo(0.025, 5);
    expect(pbeta(upper, nStar * 0.25 + 1, nStar * 0.75)).toBeCloseTo(0.975, 5);
    expect(lower).toBeCloseTo(0.00061, 4);
    expect(upper).toBeCloseTo(0.9136, 3);
  });

  it("is wider than the simple binomial interval when clusters differ", () => {
    const units = [
      ...cluster("a", [1, 1, 1, 1, 1]),
      ...cluster("b", [0, 0, 0, 0, 0]),
      ...cluster("c", [1, 1, 1, 1, 0]),
      ...cluster("d", [0, 0, 0, 0, 0])
    ];
    const clustered = clusterPrevalence(units);
    const independent = clusterPrevalence(units.map((u) => ({ ...u, cluster: null })));
    expect(clustered.p).toBe(independent.p);
    expect(clustered.ci![1] - clustered.ci![0]).toBeGreaterThan(independent.ci![1] - independent.ci![0]);
    expect(clustered.designEffect!).toBeGreaterThan(3);
  });

  it("reduces to Clopper–Pearson for independent units", () => {
    // 1 of 10 units, each its own cluster: v = 10/9 × Σ(y_i − p)²/100 = p(1 − p)/9 → n_eff = 9;
    // n* = 9 × (qt(.025, 9)/qt(.025, 9))² = 9: limits qbeta(.025, 0.9, 9.1) and qbeta(.975, 1.9, 8.1).
    const est = clusterPrevalence(Array.from({ length: 10 }, (_, i) => ({ cluster: null, value: i === 0 })));
    expect(est.nEffective).toBeCloseTo(9, 12);
    expect(est.ci![0]).toBeCloseTo(qbeta(0.025, 0.9, 9.1), 12);
    expect(est.ci![1]).toBeCloseTo(qbeta(0.975, 1.9, 8.1), 12);
  });

  it("uses the plain sample size when every unit agrees", () => {
    const est = clusterPrevalence([...cluster("a", [0, 0]), ...cluster("b", [0, 0, 0])]);
    expect(est.p).toBe(0);
    expect(est.ci![0]).toBe(0);
    // n* = 5 × (qt(.025, 4)/qt(.025, 1))² = 5 × (2.776445/12.706205)² = 0.23874; upper = qbeta(.975, 1, n*)
    expect(est.ci![1]).toBeCloseTo(qbeta(0.975, 1, 5 * (2.776445 / 12.706205) ** 2), 6);
    expect(est.note).toMatch(/cannot be estimated/);
  });

  it("gives no interval with one cluster, and no prevalence without values", () => {
    expect(clusterPrevalence(cluster("a", [1, 0, 1])).ci).toBeNull();
    expect(clusterPrevalence([{ cluster: "a", value: null }]).p).toBeNull();
    expect(() => clusterPrevalence([], 1.2)).toThrow(RangeError);
  });
});

describe("landHealthPrevalence(samples, background) on the Fisenge samples", () => {
  const upload = parseSoilUpload(readFileSync(join(__dirname, "..", "..", "fixtures", "soil", "fisenge-good.csv"), "utf8"));
  const health = landHealthPrevalence(upload.samples);

  it("judges each plot on its topsoil sample", () => {
    // 31 samples of 16 plots (one per cluster); cluster 11's plot has only a 20–50 cm sample and is left out.
    expect(health.unitKind).toBe("plot");
    expect(health.layerTopCm).toBe(0);
    expect(health.units).toBe(15);
    expect(health.plotsWithoutLayer).toBe(1);
    expect(health.clustered).toBe(true);
  });

  it("finds the acidity prevalence counted by hand", () => {
    // Topsoil pH < 5.5 in 6 of 15 plots (4.95, 5.31, 5.02, 5.24, 5.16, 5.44): p = 0.4. One plot per cluster:
    // v = 15/14 × (6 × 0.6² + 9 × 0.4²) / 15² = 0.0171429, deff = 15/14, n_eff = 0.24 / v = 14, n* = 14
    // (t ratio 1): the Clopper–Pearson limits qbeta(.025, 5.6, 9.4) and qbeta(.975, 6.6, 8.4).
    const acidity = health.indicators.find((i) => i.id === "acidity")!;
    expect(acidity.n).toBe(15);
    expect(acidity.positives).toBe(6);
    expect(acidity.clusters).toBe(15);
    expect(acidity.se).toBeCloseTo(Math.sqrt(0.24 / 14), 12);
    expect(acidity.designEffect).toBeCloseTo(15 / 14, 12);
    expect(acidity.nEffective).toBeCloseTo(14, 9);
    expect(acidity.ci![0]).toBeCloseTo(qbeta(0.025, 5.6, 9.4), 9);
    expect(acidity.ci![1]).toBeCloseTo(qbeta(0.975, 6.6, 8.4), 9);
  });

  it("leaves out indicators no plot could be judged on", () => {
    const ids = health.indicators.map((i) => i.id);
    expect(ids).toContain("metal-Cu");
    expect(ids).not.toContain("low-soc"); // no organic carbon in the file
    expect(ids).not.toContain("metal-Cd"); // not measured
  });
});
