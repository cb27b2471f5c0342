/**
 * mcSimulation on the reference model D (test/fixtures/decision/D.csv and D.model.ts, translated from
 * D.R), n = 10 000 at set.seed(42), against R's decisionSupport 1.115 output (D.r.json).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEstimateCsv } from "../../../src/lib/decision/estimate.js";
import { type Model, ModelError, mcSimulation } from "../../../src/lib/decision/simulate.js";
import { summarize } from "../../../src/lib/decision/stats.js";
import cooperativeNursery from "../../../src/lib/workflow/models/cooperative-nursery.js";
import model from "../../fixtures/decision/D.model.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/decision/${name}`, import.meta.url), "utf8");
const ref = JSON.parse(fixture("D.r.json"));
const { estimate, issues } = parseEstimateCsv(fixture("D.csv"));
/** Relative tolerance against R; see docs/decision-engine.md for what limits it. */
const D_TOLERANCE = 1e-9;

describe("mcSimulation(D, model, {n: 10000, seed: 42})", () => {
  const result = mcSimulation(estimate, model as Model, { n: 10000, seed: 42 });

  it("reads D.csv without issues", () => expect(issues).toEqual([]));

  it("names the outputs as R does (array output expanded to name1..name20)", () => {
    expect(result.outputNames).toEqual(ref.output_columns);
    expect(result.inputNames).toEqual(ref.estimate.map((r: { variable: string }) => r.variable));
  });

  it("reproduces R's first input rows", () => {
    ref.first_rows.x.forEach((row: Record<string, number>, i: number) => {
      for (const [name, value] of Object.entries(row))
        expect(Math.abs(result.inputs[name][i] - value)).toBeLessThanOrEqual(D_TOLERANCE * Math.abs(value));
    });
  });

  it("reproduces R's output quantiles, means and sds", () => {
    const failures: string[] = [];
    for (const name of result.outputNames) {
      const s = summarize(result.outputs[name]) as unknown as Record<string, number>;
      const e = ref.outputs[name];
      for (const key of ["min", "q05", "q25", "q50", "q75", "q95", "max", "mean", "sd", "p_gt0", "p_lt0", "p_eq0"]) {
        const rel = Math.abs(s[key] - e[key]) / Math.max(Math.abs(e[key]), 1e-300);
        if (!(rel <= D_TOLERANCE) && s[key] !== e[key])
          failures.push(`${name} ${key}: ${s[key]} vs R ${e[key]} (rel ${rel.toExponential(2)})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("gives the same numbers with the registered model", () => {
    const again = mcSimulation(estimate, cooperativeNursery as Model, { n: 500, seed: 42 });
    const first = mcSimulation(estimate, model as Model, { n: 500, seed: 42 });
    expect(Array.from(again.outputs.NPV_decision)).toEqual(Array.from(first.outputs.NPV_decision));
  });
});

describe("mcSimulation(estimate, badModel)", () => {
  it("names the run where the model threw", () => {
    const bad: Model = (x) => {
      if (x.seedling_price > 0.8) throw new Error("price too high");
      return { y: 1 };
    };
    expect(() => mcSimulation(estimate, bad, { n: 200, seed: 42 })).toThrow(ModelError);
    expect(() => mcSimulation(estimate, bad, { n: 200, seed: 42 })).toThrow(/run \d+: price too high/);
  });
  it("rejects outputs of varying length", () => {
    let calls = 0;
    const varying: Model = () => ({ cash: calls++ === 0 ? [1, 2, 3] : [1, 2] });
    expect(() => mcSimulation(estimate, varying, { n: 5, seed: 1 })).toThrow(/length 2 in run 2 but 3 in run 1/);
  });
  it("requires a seed", () => expect(() => mcSimulation(estimate, () => 1, { n: 5 })).toThrow(/seed/));
});

describe("mcSimulation(estimate, model, {rng}) with another random source", () => {
  it("accepts any seeded RandomSource and is reproducible with it", () => {
    // A 32-bit LCG (Numerical Recipes constants) standing in for any other generator.
    const lcg = (seed: number) => {
      let s = seed >>> 0;
      return { unifRand: () => ((s = (Math.imul(1664525, s) + 1013904223) >>> 0) + 0.5) / 4294967296 };
    };
    const a = mcSimulation(estimate, model as Model, { n: 300, rng: lcg(7) });
    const b = mcSimulation(estimate, model as Model, { n: 300, rng: lcg(7) });
    const r = mcSimulation(estimate, model as Model, { n: 300, seed: 7 });
    expect(Array.from(a.outputs.NPV_decision)).toEqual(Array.from(b.outputs.NPV_decision));
    expect(Array.from(a.outputs.NPV_decision)).not.toEqual(Array.from(r.outputs.NPV_decision));
    expect(summarize(a.outputs.NPV_status_quo).mean).toBeGreaterThan(150000);
  });
});
