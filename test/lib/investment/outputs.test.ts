import { describe, expect, it } from "vitest";
import { OPTION_IDS } from "../../../src/lib/investment/options.js";
import {
  cashflowOutput,
  decisionOutput,
  isSeriesOutput,
  NPV_BASELINE,
  npvOutput,
  outputLabels,
  paybackOutput
} from "../../../src/lib/investment/outputs.js";
import { histogramDomain } from "../../../src/lib/investment/results.js";

describe("output names", () => {
  it("are the R-syntactic names the model writes and decisionSupport users know", () => {
    expect([
      NPV_BASELINE,
      npvOutput("natural"),
      decisionOutput("plantation"),
      paybackOutput("bioenergy"),
      cashflowOutput("agroforestry")
    ]).toEqual(["NPV_baseline", "NPV_natural", "NPV_decision_plantation", "Payback_bioenergy", "Cashflow_decision_agroforestry"]);
    expect(isSeriesOutput(cashflowOutput("natural"))).toBe(true);
    expect(isSeriesOutput(decisionOutput("natural"))).toBe(false);
  });
  it("label every scalar output, naming the horizon's 'never' payback year", () => {
    const labels = outputLabels(30);
    expect(Object.keys(labels)).toHaveLength(1 + 3 * OPTION_IDS.length);
    expect(labels[paybackOutput("natural")]).toMatch(/31 = not within the horizon/);
  });
});

describe("histogramDomain(summaries)", () => {
  it("spans the lowest 5 % to the highest 95 % quantile, padded by 20 % of the span and 1 unit", () => {
    // Span −100 … 300 = 400; pad 0.2 × 400 + 1 = 81.
    expect(
      histogramDomain([
        { q05: -100, q95: 200 },
        { q05: 0, q95: 300 }
      ])
    ).toEqual({ lo: -181, hi: 381 });
  });
  it("widens a positive-only range on both sides (the old × 1.2 rule moved its lower end inwards)", () => {
    const { lo, hi } = histogramDomain([{ q05: 1000, q95: 2000 }]);
    expect(lo).toBeLessThan(1000);
    expect(hi).toBeGreaterThan(2000);
  });
  it("still gives an axis for a constant output and for no outputs", () => {
    expect(histogramDomain([{ q05: 5, q95: 5 }])).toEqual({ lo: 4, hi: 6 });
    expect(histogramDomain([])).toEqual({ lo: -1, hi: 1 });
  });
});
