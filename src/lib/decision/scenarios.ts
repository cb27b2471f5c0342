/**
 * decisionSupport's scenario_mc: run the simulation once per named scenario, each overriding rows of the
 * base estimate (param "lower", "upper", "distribution", or "both" = a constant), with an optional "Runs"
 * row for the number of runs per scenario. Scenarios run in order on one random stream (R does not reseed
 * between them), and their runs are stacked, with the scenario name per run.
 */
import type { Estimate, EstimateRow } from "./estimate.js";
import { createRRandom } from "./rng.js";
import { type Model, mcSimulation, type SimulationOptions, type SimulationResult } from "./simulate.js";

export interface ScenarioRow {
  /** Variable name, or "Runs". */
  variable: string;
  param: "lower" | "upper" | "distribution" | "both" | string;
  /** Value per scenario name; null/undefined/"" keeps the base value. */
  values: Record<string, string | number | null | undefined>;
}

export interface ScenarioResult extends SimulationResult {
  /** Scenario name of every run. */
  scenario: string[];
  scenarioNames: string[];
}

/** The estimate of one scenario. Throws naming the unknown variable or bad value. */
export function scenarioEstimate(base: Estimate, rows: ScenarioRow[], scenario: string): Estimate {
  const estimate: Estimate = { ...base, rows: base.rows.map((r) => ({ ...r, extra: { ...r.extra } })) };
  for (const row of rows) {
    if (row.variable === "Runs") continue;
    const target = estimate.rows.find((r) => r.variable === row.variable) as EstimateRow | undefined;
    if (!target) throw new Error(`scenario ${scenario}: the estimate has no variable called "${row.variable}"`);
    const raw = row.values[scenario];
    if (raw === null || raw === undefined || raw === "") continue;
    const num = Number(raw);
    switch (row.param) {
      case "both":
        if (!Number.isFinite(num)) throw new Error(`scenario ${scenario}, ${row.variable}: "${raw}" is not a number`);
        target.lower = num;
        target.upper = num;
        target.distribution = "const";
        break;
      case "lower":
      case "upper":
        if (Number.isFinite(num)) target[row.param] = num;
        break;
      case "distribution":
        target.distribution = String(raw);
        break;
      default:
        throw new Error(`scenario ${scenario}, ${row.variable}: param must be lower, upper, distribution or both, got "${row.param}"`);
    }
  }
  return estimate;
}

/** scenario_mc(base, scenarios, model): the stacked simulation of all scenarios. */
export function scenarioMc(
  base: Estimate,
  rows: ScenarioRow[],
  scenarioNames: string[],
  model: Model,
  options: Omit<SimulationOptions, "n"> & { n?: number }
): ScenarioResult {
  const rng = options.rng ?? createRRandom(options.seed ?? NaN);
  const parts: { name: string; result: SimulationResult }[] = [];
  for (const name of scenarioNames) {
    const runsRow = rows.find((r) => r.variable === "Runs");
    const runsRaw = runsRow?.values[name];
    const n = runsRaw !== undefined && runsRaw !== null && runsRaw !== "" ? Number(runsRaw) : options.n;
    if (n === undefined || !Number.isInteger(n) || n <= 0) throw new Error(`Number of runs for scenario ${name} is not a positive integer`);
    parts.push({ name, result: mcSimulation(scenarioEstimate(base, rows, name), model, { ...options, n, rng }) });
  }
  const first = parts[0].result;
  for (const p of parts) {
    if (p.result.outputNames.join() !== first.outputNames.join())
      throw new Error(`scenario ${p.name} returns other outputs than ${parts[0].name}`);
  }
  const total = parts.reduce((s, p) => s + p.result.n, 0);
  const stack = (get: (r: SimulationResult) => Record<string, Float64Array>, names: string[]) => {
    const out: Record<string, Float64Array> = {};
    for (const name of names) {
      const col = new Float64Array(total);
      let offset = 0;
      for (const p of parts) {
        col.set(get(p.result)[name], offset);
        offset += p.result.n;
      }
      out[name] = col;
    }
    return out;
  };
  return {
    ...first,
    n: total,
    inputs: stack((r) => r.inputs, first.inputNames),
    outputs: stack((r) => r.outputs, first.outputNames),
    scenario: parts.flatMap((p) => new Array<string>(p.result.n).fill(p.name)),
    scenarioNames
  };
}
