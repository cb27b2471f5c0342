/**
 * The part of `npm run mc` that runs the user's model: loads the model file, simulates, and computes
 * the summaries, EVPI and PLS-VIP. It runs in a worker thread started by src/cli/mc.ts, so that a model
 * that never returns can be stopped (--timeout), one that calls process.exit ends only this thread, and
 * one that exhausts memory ends this thread with a message instead of a V8 fatal error.
 *
 * Messages to the main thread: {type: "progress", done, total}, {type: "result", result} or
 * {type: "error", message}.
 */

import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { type Estimate, type Model, ModelError, mcSimulation, multiEvpi, plsVip, summarize } from "../lib/decision/index.js";

export interface RunRequest {
  estimate: Estimate;
  /** Absolute path of the model file, and the path as the user wrote it (for messages). */
  modelPath: string;
  modelName: string;
  n: number;
  seed: number;
  method: "calculate" | "fit";
  evpi: string[];
  vip: string[];
  /** Memory the input and output columns may take, bytes. */
  maxBytes: number;
}

/** Per output whose runs are not all finite numbers: how many are NaN, +Inf, −Inf, and the first such run. */
export interface NonFinite {
  runs: number;
  first_run: number;
  nan: number;
  inf: number;
  neg_inf: number;
}

export interface RunResult {
  run: { n: number; seed: number; seconds_mcSimulation: number; seconds_evpi: number };
  outputs: Record<string, Record<string, number>>;
  evpi: Record<string, { decision: string; variables: { variable: string; evpi: number }[] }>;
  vip: Record<string, { variable: string; vip: number; coef: number }[]>;
  /** Outputs with NaN or ±Infinity in some runs (their summaries are null): said here instead of silently. */
  non_finite: Record<string, NonFinite>;
}

class InputError extends Error {}

/**
 * A model file's syntax error as "line L, column C: message": esbuild (through tsx) reports
 * "file:L:C: ERROR: message"; V8 puts the file and line first in the stack.
 */
export function syntaxErrorText(error: unknown): string | null {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  const esbuild = /:(\d+):(\d+): ERROR: (.*)/.exec(text);
  if (esbuild) return `line ${esbuild[1]}, column ${esbuild[2]}: ${esbuild[3]}`;
  if (error instanceof SyntaxError) {
    const line = /^\S+:(\d+)\s*$/m.exec(String(error.stack ?? ""));
    return `${line ? `line ${line[1]}: ` : ""}${error.message}`;
  }
  return null;
}

async function loadModel(path: string, name: string): Promise<Model> {
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    const syntax = syntaxErrorText(error);
    if (syntax) throw new InputError(`model file ${name} has a syntax error at ${syntax}`);
    throw new InputError(
      `model file ${name} could not be loaded: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`
    );
  }
  if (typeof module.default !== "function") throw new InputError(`model file ${name} must default-export a function model(x, h)`);
  return module.default as Model;
}

function nonFinite(column: Float64Array): NonFinite | null {
  let nan = 0;
  let inf = 0;
  let negInf = 0;
  let first = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (Number.isFinite(v)) continue;
    if (Number.isNaN(v)) nan++;
    else if (v > 0) inf++;
    else negInf++;
    if (!first) first = i + 1;
  }
  return first ? { runs: nan + inf + negInf, first_run: first, nan, inf, neg_inf: negInf } : null;
}

export async function runModel(request: RunRequest, onProgress: (done: number, total: number) => void): Promise<RunResult> {
  let run = 0;
  // A model that calls process.exit (when loaded or in a run) would end this worker thread with no word;
  // it throws instead, so the message can say where.
  process.exit = ((code?: number) => {
    throw new ModelError(`the model called process.exit(${code ?? ""}): a model must return its outputs`, run);
  }) as typeof process.exit;
  const model = await loadModel(request.modelPath, request.modelName);
  const guarded: Model = (x, h) => {
    run++;
    return model(x, h);
  };
  const t0 = performance.now();
  const sim = mcSimulation(request.estimate, guarded, {
    n: request.n,
    seed: request.seed,
    method: request.method,
    maxBytes: request.maxBytes,
    onProgress,
    progressEvery: Math.max(1000, Math.round(request.n / 100))
  });
  const secondsMc = (performance.now() - t0) / 1000;
  for (const name of [...request.evpi, ...request.vip])
    if (!sim.outputs[name]) throw new InputError(`there is no output called "${name}" (outputs: ${sim.outputNames.join(", ")})`);
  const outputs: RunResult["outputs"] = {};
  const nonFiniteOutputs: RunResult["non_finite"] = {};
  for (const name of sim.outputNames) {
    const s = summarize(sim.outputs[name]);
    outputs[name] = { q05: s.q05, q25: s.q25, q50: s.q50, q75: s.q75, q95: s.q95, mean: s.mean, sd: s.sd, p_gt0: s.p_gt0, p_lt0: s.p_lt0 };
    const bad = nonFinite(sim.outputs[name]);
    if (bad) nonFiniteOutputs[name] = bad;
  }
  const t1 = performance.now();
  const evpiResults = request.evpi.length ? multiEvpi(sim.inputs, sim.inputNames, sim.outputs, request.evpi) : [];
  const secondsEvpi = (performance.now() - t1) / 1000;
  const evpi: RunResult["evpi"] = {};
  for (const r of evpiResults)
    evpi[r.output] = { decision: r.decision, variables: r.variables.map((v) => ({ variable: v.variable, evpi: v.evpi })) };
  const vip: RunResult["vip"] = {};
  for (const name of request.vip)
    vip[name] = plsVip(sim.inputs, sim.inputNames, sim.outputs[name]).variables.map((v) => ({
      variable: v.variable,
      vip: v.vip,
      coef: v.coef
    }));
  return {
    run: { n: request.n, seed: request.seed, seconds_mcSimulation: secondsMc, seconds_evpi: secondsEvpi },
    outputs,
    evpi,
    vip,
    non_finite: nonFiniteOutputs
  };
}

if (parentPort && workerData?.mcRun) {
  const port = parentPort;
  runModel(workerData.mcRun as RunRequest, (done, total) => port.postMessage({ type: "progress", done, total })).then(
    (result) => port.postMessage({ type: "result", result }),
    (error) => port.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) })
  );
}
