/**
 * The worker's analysis (runRequest), the model registry, scenarios (scenario_mc) and cash-flow bands.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEstimateCsv } from "../../../src/lib/decision/estimate.js";
import { runRequest, simulationCache, transferables } from "../../../src/lib/decision/run-request.js";
import { scenarioEstimate, scenarioMc } from "../../../src/lib/decision/scenarios.js";
import { type Model, mcSimulation } from "../../../src/lib/decision/simulate.js";
import { quantile7 } from "../../../src/lib/decision/stats.js";
import { cashflowBands } from "../../../src/lib/decision/summaries.js";
import { getModel, MODELS } from "../../../src/lib/workflow/models.js";

const ref = JSON.parse(readFileSync(new URL("../../fixtures/decision/D.r.json", import.meta.url), "utf8"));

describe("runRequest with a simulation cache (the worker's follow-up request for the value of information)", () => {
  it("does not simulate again for the same model, table, runs and seed, and gives the same EVPI as a fresh run", () => {
    const entry = getModel("cooperative-nursery");
    let calls = 0;
    const model: Model = (x, h) => {
      calls++;
      return entry.model(x, h);
    };
    const counting = { model, estimates: entry.estimates };
    const lookup = () => counting;
    const cache = simulationCache();
    const first = runRequest({ model: "m", n: 2000, seed: 7 }, lookup, undefined, undefined, cache);
    expect(calls).toBe(2000);
    const followUp = runRequest({ model: "m", n: 2000, seed: 7, evpi: ["NPV_decision"] }, lookup, undefined, undefined, cache);
    expect(calls).toBe(2000); // reused: the model did not run again
    const fresh = runRequest({ model: "m", n: 2000, seed: 7, evpi: ["NPV_decision"] }, lookup); // no cache: simulates
    expect(calls).toBe(4000);
    expect(followUp.evpi).toEqual(fresh.evpi);
    expect(followUp.summaries).toEqual(first.summaries);
    // The result's columns are copies: transferring them leaves the cache intact.
    expect(followUp.outputs.NPV_decision).not.toBe(cache.sim!.outputs.NPV_decision);
    runRequest({ model: "m", n: 2000, seed: 8 }, lookup, undefined, undefined, cache);
    expect(calls).toBe(6000); // another seed: simulated
  });
});

describe("runRequest({model: 'cooperative-nursery', n: 10000, seed: 42, evpi, vip}, getModel)", () => {
  const progress: string[] = [];
  const result = runRequest(
    { model: "cooperative-nursery", n: 10000, seed: 42, evpi: ["NPV_decision"], vip: ["NPV_decision"] },
    getModel,
    (phase, done, total) => progress.push(`${phase} ${done}/${total}`)
  );
  it("reproduces R's summary of model D with the registered model and its embedded D.csv", () => {
    expect(Math.abs(result.summaries.NPV_decision.q50 / ref.outputs.NPV_decision.q50 - 1)).toBeLessThan(1e-9);
    expect(Math.abs(result.summaries.NPV_decision.mean / ref.outputs.NPV_decision.mean - 1)).toBeLessThan(1e-9);
  });
  it("reports progress for each phase", () => {
    expect(progress).toContain("simulation 10000/10000");
    expect(progress.filter((p) => p.startsWith("simulation")).length).toBeGreaterThanOrEqual(10);
    expect(progress).toContain(`evpi ${ref.estimate.length}/${ref.estimate.length}`);
    expect(progress).toContain("vip 1/1");
  });
  it("includes EVPI, VIP and columns to transfer", () => {
    expect(result.evpi[0].decision).toBe("do");
    expect(result.vip.NPV_decision.length).toBe(15);
    expect(transferables(result).length).toBe(result.inputNames.length + result.outputNames.length);
  });
  it("names an unknown model and a bad table", () => {
    expect(() => runRequest({ model: "nope", n: 10, seed: 1 }, getModel)).toThrow(/unknown model "nope"/);
    expect(() =>
      runRequest({ model: "cooperative-nursery", n: 10, seed: 1, estimates: "variable,distribution,lower,upper\nx,norm,2,1\n" }, getModel)
    ).toThrow(/line 2 \(x\), column lower/);
  });
  it("registers model D", () => {
    expect(Object.keys(MODELS)).toContain("cooperative-nursery");
    expect(getModel("cooperative-nursery").estimates).toContain("seedling_price");
  });
});

describe("scenarioMc(base, rows, names, model)", () => {
  const base = parseEstimateCsv("variable,distribution,lower,upper\ncost,norm,40,100\nbenefit,posnorm,50,300\n").estimate;
  const model: Model = (x) => ({ profit: x.benefit - x.cost });
  const rows = [
    { variable: "Runs", param: "x", values: { small: 100, large: 50 } },
    { variable: "cost", param: "both", values: { small: 70, large: "" } },
    { variable: "benefit", param: "lower", values: { small: 20, large: 400 } },
    { variable: "benefit", param: "upper", values: { small: 35, large: 600 } }
  ];
  it("overrides rows per scenario, as scenario_mc does", () => {
    const small = scenarioEstimate(base, rows, "small");
    expect(small.rows[0]).toMatchObject({ distribution: "const", lower: 70, upper: 70 });
    expect(small.rows[1]).toMatchObject({ lower: 20, upper: 35 });
    expect(scenarioEstimate(base, rows, "large").rows[0]).toMatchObject({ distribution: "norm", lower: 40, upper: 100 });
  });
  it("stacks the scenarios' runs on one stream and labels them", () => {
    const r = scenarioMc(base, rows, ["small", "large"], model, { seed: 42 });
    expect(r.n).toBe(150);
    expect(r.scenario.filter((s) => s === "small").length).toBe(100);
    expect(Array.from(r.inputs.cost.slice(0, 100)).every((c) => c === 70)).toBe(true);
    // The second scenario continues the stream: it differs from a fresh run with the same seed.
    const fresh = mcSimulation(scenarioEstimate(base, rows, "large"), model, { n: 50, seed: 42 });
    expect(Array.from(r.outputs.profit.slice(100))).not.toEqual(Array.from(fresh.outputs.profit));
  });
  it("rejects an unknown variable", () => {
    expect(() => scenarioMc(base, [{ variable: "price", param: "lower", values: { a: 1 } }], ["a"], model, { seed: 1, n: 10 })).toThrow(
      /no variable called "price"/
    );
  });
});

describe("cashflowBands(result, 'Cashflow_decision')", () => {
  it("gives R's type-7 quantiles per year", () => {
    const r = runRequest({ model: "cooperative-nursery", n: 10000, seed: 42 }, getModel);
    const bands = cashflowBands(r, "Cashflow_decision");
    expect(bands.length).toBe(20);
    expect(bands[0].column).toBe("Cashflow_decision1");
    expect(Math.abs(bands[4].quantiles["0.5"] / ref.outputs.Cashflow_decision5.q50 - 1)).toBeLessThan(1e-9);
    expect(Math.abs(bands[19].quantiles["0.05"] / ref.outputs.Cashflow_decision20.q05 - 1)).toBeLessThan(1e-9);
    expect(() => cashflowBands(r, "NPV_decision")).toThrow(/not an array output/);
  });
  it("uses R's type-7 formula", () => expect(quantile7([1, 2, 3, 4], [0.1, 0.5])).toEqual([1.3, 2.5]));
});
