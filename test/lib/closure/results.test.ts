import { describe, expect, it } from "vitest";
import { closureEstimate, toEngineEstimate } from "../../../src/lib/closure/estimate.js";
import { closureHandOver } from "../../../src/lib/closure/handover.js";
import { closureModel } from "../../../src/lib/closure/model.js";
import { closureResults, perHectareRows, uncertaintyByActivity } from "../../../src/lib/closure/results.js";
import { mcSimulation, plsVip, quantile7 } from "../../../src/lib/decision/index.js";
import { inputFor } from "./fixture.js";

const estimate = closureEstimate(inputFor());
const sim = mcSimulation(toEngineEstimate(estimate.rows), closureModel, { n: 4000, seed: 7 });

describe("closureResults(run, estimate)", () => {
  it("gives the total's P50 and P90 as type-7 quantiles, and steps whose means add up to the total", () => {
    const r = closureResults(sim, estimate);
    const [p50, p90] = quantile7(sim.outputs.total, [0.5, 0.9]);
    expect(r.total.p50).toBe(p50);
    expect(r.total.p90).toBe(p90);
    expect(r.total.p90).toBeGreaterThan(r.total.p50);
    const steps = r.steps.filter((s) => s.kind !== "total").reduce((s, x) => s + x.mean, 0);
    expect(steps).toBeCloseTo(r.total.mean, 3);
    expect(r.perHa.p50).toBeCloseTo(r.total.p50 / estimate.quantities.totalHa, 6);
    expect(r.activities.find((a) => a.id === "monitoring")!.mean).toBe(0); // priced by the 5 % by default
  });
});

describe("uncertaintyByActivity(vip, estimate)", () => {
  it("names the activities whose rates drive the total, only those with a cost", () => {
    const vip = plsVip(sim.inputs, sim.inputNames, sim.outputs.total).variables;
    const rows = uncertaintyByActivity(vip, estimate);
    const labels = rows.map((r) => r.label);
    expect(labels).toContain("Full covers (dumps, tailings)");
    expect(labels).not.toContain("Monitoring");
    expect(rows[0].vip).toBeGreaterThanOrEqual(rows[rows.length - 1].vip);
  });
});

describe("perHectareRows(run, estimate) / closureHandOver(input)", () => {
  it("gives USD/ha rows with 90 % ranges that the total's row bounds", () => {
    const rows = perHectareRows(sim, estimate);
    const total = rows.find((r) => r.id === "total")!;
    expect(total.lower).toBeLessThan(total.median);
    expect(total.median).toBeLessThan(total.upper);
    for (const r of rows) expect(r.lower).toBeLessThanOrEqual(r.upper);
    expect(rows.some((r) => r.id === "water")).toBe(true);
    expect(rows.some((r) => r.id === "monitoring")).toBe(false);
  });

  it("runs the scenario's estimate at its seed and gives the same numbers on every call", () => {
    const input = inputFor();
    input.scenario.mc = { n: 2000, seed: 11 };
    const a = closureHandOver(input);
    const b = closureHandOver(input);
    expect(a.n).toBe(2000);
    expect(a.total).toEqual(b.total);
    expect(a.totalPerHa.p90).toBeCloseTo(a.total.p90 / a.areaHa, 6);
    expect(a.perHectare.find((r) => r.id === "total")!.median).toBeCloseTo(a.total.p50 / a.areaHa, 6);
  });
});
