import { describe, expect, it } from "vitest";
import { summarize } from "../../../src/lib/decision/stats.js";
import {
  bestOption,
  feasibleOptions,
  histogram,
  optionFeasibility,
  paybackSummary,
  samplesCsv,
  summaryCsv
} from "../../../src/lib/investment/results.js";

describe("histogram(values, options)", () => {
  it("counts shares in equal-width bins over min–max", () => {
    const h = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 10], { bins: 5 });
    expect(h.map((b) => b.x0)).toEqual([0, 2, 4, 6, 8]);
    expect(h.map((b) => b.share)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
  it("puts values outside a given range into the end bins", () => {
    const h = histogram([-100, 0.5, 1.5, 100], { bins: 2, lo: 0, hi: 2 });
    expect(h.map((b) => b.share)).toEqual([0.5, 0.5]);
  });
  it("returns no bins for no values", () => {
    expect(histogram([])).toEqual([]);
  });
});

describe("bestOption(summaries)", () => {
  it("picks the option with the highest mean decision NPV", () => {
    const s = (m: number) => summarize([m - 1, m + 1]);
    expect(
      bestOption({
        NPV_decision_natural: s(10),
        NPV_decision_plantation: s(30),
        NPV_decision_agroforestry: s(20),
        NPV_decision_bioenergy: s(-5)
      })
    ).toBe("plantation");
  });
});

describe("paybackSummary(payback, horizon)", () => {
  it("gives the share paying back within the horizon and the median year", () => {
    // Horizon 10: 31 = never (n + 1). Sorted 4, 6, 8, 11, 11 → median 8, share 3/5.
    expect(paybackSummary([11, 4, 8, 11, 6], 10)).toEqual({ withinHorizon: 0.6, median: 8 });
    expect(paybackSummary([11, 11, 5], 10).median).toBeNull();
  });
});

describe("summaryCsv and samplesCsv", () => {
  it("writes one summary row per output and one sample row per run", () => {
    const csv = summaryCsv({ NPV: summarize([1, 2, 3]) }, ["NPV"], { NPV: "Net present value, USD/ha" });
    expect(csv.split("\n")[0]).toBe("output,label,n,q05,q25,q50,q75,q95,mean,sd,p_gt0,p_lt0");
    expect(csv.split("\n")[1]).toBe('NPV,"Net present value, USD/ha",3,1.1,1.5,2,2.5,2.9,2,1,1,0');
    expect(samplesCsv({ a: [1, 2], b: [0.5, -1] }, ["a", "b"])).toBe("run,a,b\n1,1,0.5\n2,2,-1\n");
  });
});

import { bandsCsv } from "../../../src/lib/investment/results.js";

describe("bandsCsv(series)", () => {
  it("writes one row per series and year with the quantile columns named by percent", () => {
    const csv = bandsCsv([{ name: "A", bands: [{ year: 1, quantiles: { "0.05": -2, "0.5": 0, "0.95": 3 }, mean: 0.5 }] }]);
    expect(csv).toBe("series,year,q05,q50,q95,mean\nA,1,-2,0,3,0.5\n");
  });
});

import { cashflowBands } from "../../../src/lib/decision/summaries.js";
import { bandsFromSummaries } from "../../../src/lib/investment/results.js";

describe("bandsFromSummaries(result, name)", () => {
  it("equals the engine's cashflowBands computed from the columns", () => {
    const outputs = { CF1: Float64Array.from([1, 5, 3, 9]), CF2: Float64Array.from([-2, 0, 4, 7]) };
    const result = {
      outputGroups: { CF: ["CF1", "CF2"] },
      outputs,
      summaries: { CF1: summarize(outputs.CF1), CF2: summarize(outputs.CF2) }
    };
    expect(bandsFromSummaries(result, "CF")).toEqual(cashflowBands(result, "CF"));
  });
});

describe("optionFeasibility(feasibility, irrigation) and bestOption(summaries, feasible)", () => {
  const summary = (mean: number) => ({ mean }) as never;
  const summaries = {
    NPV_decision_natural: summary(-500),
    NPV_decision_plantation: summary(100),
    NPV_decision_agroforestry: summary(2950),
    NPV_decision_bioenergy: summary(-50)
  };
  it("never rates a planting option best where nothing establishes rain-fed and no water is priced", () => {
    const desert = optionFeasibility({ rainFed: false, window: "none", viableCount: 3 }, false);
    expect(desert).toEqual({
      natural: null,
      plantation: "not feasible rain-fed",
      agroforestry: "not feasible rain-fed",
      bioenergy: "not feasible rain-fed"
    });
    expect(bestOption(summaries, feasibleOptions(desert))).toBe("natural");
    // With establishment water priced, the planted options compete again.
    expect(bestOption(summaries, feasibleOptions(optionFeasibility({ rainFed: false, window: "none", viableCount: 3 }, true)))).toBe(
      "agroforestry"
    );
  });
  it("rules planting out where no species is viable, and leaves everything open when feasibility is unknown", () => {
    expect(optionFeasibility({ rainFed: true, window: "rain", viableCount: 0 }, true).plantation).toBe("nothing suits the site");
    expect(feasibleOptions(optionFeasibility(null, false))).toEqual(["natural", "plantation", "agroforestry", "bioenergy"]);
  });
});
