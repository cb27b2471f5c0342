/**
 * One complete analysis as the worker runs it: parse the estimate, simulate a model found by name, then
 * summaries, EVPI and PLS-VIP. Pure (no worker API), so it is unit-tested directly. The engine knows no
 * models: the caller passes the lookup (src/lib/workflow/models.ts holds the site's registry).
 */
import { formatIssue, parseEstimateCsv } from "./estimate.js";
import { multiEvpi } from "./evpi.js";
import { plsVip } from "./pls.js";
import { type Model, mcSimulation, type SimulationResult } from "./simulate.js";
import { summarizeOutputs } from "./summaries.js";
import type { McRequest, McResult } from "./worker-protocol.js";

/** A model the engine can run by name, with the estimate table (decisionSupport CSV) it is meant for. */
export interface ModelEntry {
  model: Model;
  estimates?: string;
}

/** Finds a model by name; throws a readable error for an unknown name. */
export type ModelLookup = (name: string) => ModelEntry;

/**
 * The last simulation a worker ran, so that a follow-up request on the same model, table, runs and seed —
 * the value of information asked for after the results are on screen — does not simulate again (the same
 * seed gives the same runs; at 10,000 runs of the restoration model this saves about 0.8 s).
 */
export interface SimulationCache {
  key: string;
  sim: SimulationResult | null;
}

export function simulationCache(): SimulationCache {
  return { key: "", sim: null };
}

/** Copies of the columns: a result's columns are transferred (detached) while the cache keeps its own. */
function copyColumns(columns: Record<string, Float64Array>): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const [name, values] of Object.entries(columns)) out[name] = values.slice();
  return out;
}

export function runRequest(
  request: McRequest,
  lookup: ModelLookup,
  onProgress: (phase: "simulation" | "evpi" | "vip", done: number, total: number) => void = () => {},
  now: () => number = () => 0,
  cache: SimulationCache | null = null
): McResult {
  const entry = lookup(request.model);
  const csv = request.estimates ?? entry.estimates;
  if (!csv) throw new Error(`model "${request.model}" has no estimate table: send one`);
  const { estimate, issues } = parseEstimateCsv(csv, request.correlation);
  if (issues.length) throw new Error(issues.map(formatIssue).join("; "));
  const t0 = now();
  const key = JSON.stringify([request.model, csv, request.correlation ?? null, request.n, request.seed, request.method ?? null]);
  let sim: SimulationResult;
  if (cache?.sim && cache.key === key) {
    sim = cache.sim;
    onProgress("simulation", request.n, request.n);
  } else {
    sim = mcSimulation(estimate, entry.model, {
      n: request.n,
      seed: request.seed,
      method: request.method,
      progressEvery: Math.max(1000, Math.ceil(request.n / 100)),
      onProgress: (done, total) => onProgress("simulation", done, total)
    });
    if (cache) Object.assign(cache, { key, sim });
  }
  const t1 = now();
  const evpi = (request.evpi ?? []).length
    ? multiEvpi(sim.inputs, sim.inputNames, sim.outputs, request.evpi!, (done, total) => onProgress("evpi", done, total)).map((r) => ({
        output: r.output,
        decision: r.decision,
        variables: r.variables.map((v) => ({ variable: v.variable, evpi: v.evpi, expectedGain: v.expectedGain }))
      }))
    : [];
  const t2 = now();
  const vip: McResult["vip"] = {};
  (request.vip ?? []).forEach((name, i, all) => {
    if (!sim.outputs[name]) throw new Error(`there is no output called "${name}"`);
    vip[name] = plsVip(sim.inputs, sim.inputNames, sim.outputs[name]).variables.map(({ variable, vip, coef }) => ({ variable, vip, coef }));
    onProgress("vip", i + 1, all.length);
  });
  const t3 = now();
  return {
    n: request.n,
    seed: request.seed,
    inputNames: sim.inputNames,
    inputs: cache ? copyColumns(sim.inputs) : sim.inputs,
    outputNames: sim.outputNames,
    outputs: cache ? copyColumns(sim.outputs) : sim.outputs,
    outputGroups: sim.outputGroups,
    summaries: summarizeOutputs(sim),
    evpi,
    vip,
    seconds: { simulation: (t1 - t0) / 1000, evpi: (t2 - t1) / 1000, vip: (t3 - t2) / 1000 }
  };
}

/** The transferable buffers of a result (every input and output column). */
export function transferables(result: McResult): ArrayBuffer[] {
  return [...Object.values(result.inputs), ...Object.values(result.outputs)].map((a) => a.buffer as ArrayBuffer);
}
