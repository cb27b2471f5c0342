/**
 * mcSimulation (decisionSupport, functionSyntax "plainNames"): sample every input column (correlated
 * normals first, then the other rows in table order, n draws per variable), then run the model run by
 * run on the same random stream. Inputs and outputs are columnar Float64Arrays; an output that is an
 * array of length L becomes the columns name1..nameL, as R's unlist does.
 */

import { type Distribution, resolveDistribution, sampleDistribution } from "./distributions.js";
import type { Estimate, EstimateMethod } from "./estimate.js";
import { bindHelpers, type ModelHelpers } from "./helpers.js";
import { sampleCorrelatedNormals } from "./mvnorm.js";
import { createRRandom, type RandomSource } from "./rng.js";

/** One run's output: named numbers or arrays (or a bare number / array, named output_1…). */
export type ModelOutput = Record<string, number | readonly number[] | ArrayLike<number>> | number | readonly number[];
/** A decision model: `x` holds one run's input values by variable name; `h` the helpers. */
export type Model = (x: Record<string, number>, h: ModelHelpers) => ModelOutput;

export interface SimulationOptions {
  /** Number of model runs. */
  n: number;
  /** Seed for R's generator (set.seed). Ignored when `rng` is given. */
  seed?: number;
  /** Any other seeded random source. */
  rng?: RandomSource;
  /** Default method for rows without their own (R: randomMethod, default "calculate"). */
  method?: EstimateMethod;
  /** Called every `progressEvery` runs with (runs done, n). */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked with each progress report; returning true stops the simulation with SimulationCancelled. */
  isCancelled?: () => boolean;
  /**
   * Memory the input and output columns may take, bytes (n × columns × 8). Checked once run 1 shows how
   * many outputs the model returns: a larger need stops the simulation with a message instead of
   * allocating until the process is killed.
   */
  maxBytes?: number;
}

export interface SimulationResult {
  n: number;
  /** Input column names in R's x order. */
  inputNames: string[];
  inputs: Record<string, Float64Array>;
  /** Output column names (array outputs expanded to name1..nameL). */
  outputNames: string[];
  outputs: Record<string, Float64Array>;
  /** Array outputs: base name → its columns, for cash-flow bands. */
  outputGroups: Record<string, string[]>;
  distributions: Record<string, Distribution>;
}

/** A model problem, with the run where it happened (1-based). */
export class ModelError extends Error {
  constructor(
    message: string,
    readonly run: number
  ) {
    super(message);
  }
}

export class SimulationCancelled extends Error {
  constructor() {
    super("simulation cancelled");
  }
}

/** The distribution of every estimate row (throws DistributionError naming the variable). */
export function resolveDistributions(estimate: Estimate, method: EstimateMethod = "calculate"): Record<string, Distribution> {
  const out: Record<string, Distribution> = {};
  const correlated = new Set(estimate.correlation?.names ?? []);
  for (const row of estimate.rows) if (!correlated.has(row.variable)) out[row.variable] = resolveDistribution(row, method);
  return out;
}

/** random(estimate, n): the input columns, drawn in decisionSupport's order. */
export function sampleInputs(
  estimate: Estimate,
  n: number,
  rng: RandomSource,
  method: EstimateMethod = "calculate",
  /** Parameters to use instead of the resolved ones (e.g. values fitted elsewhere), by variable. */
  overrides: Record<string, Distribution> = {}
): { names: string[]; columns: Record<string, Float64Array>; distributions: Record<string, Distribution> } {
  const distributions = { ...resolveDistributions(estimate, method), ...overrides };
  const names: string[] = [];
  const columns: Record<string, Float64Array> = {};
  const corr = estimate.correlation;
  if (corr) {
    const rows = corr.names.map((name) => {
      const row = estimate.rows.find((r) => r.variable === name);
      if (!row) throw new Error(`correlated variable "${name}" is not in the estimate`);
      return row;
    });
    const cols = sampleCorrelatedNormals(
      rng,
      n,
      rows.map((r) => r.lower),
      rows.map((r) => r.upper),
      corr.values
    );
    corr.names.forEach((name, i) => {
      names.push(name);
      columns[name] = cols[i];
      const mean = (rows[i].lower + rows[i].upper) / 2;
      distributions[name] = { kind: "norm", mean, sd: (mean - rows[i].lower) / 1.6448536269514722 };
    });
  }
  for (const row of estimate.rows) {
    if (columns[row.variable]) continue;
    names.push(row.variable);
    columns[row.variable] = sampleDistribution(distributions[row.variable], n, rng);
  }
  return { names, columns, distributions };
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/** Where one run's output goes: column names, array groups, and per key of the output its length. */
interface Layout {
  names: string[];
  groups: Record<string, string[]>;
  keys: string[];
  lengths: number[];
}

/** Flattens one run's output into (name, value) slots: R's unlist naming. */
function layoutOf(output: ModelOutput): Layout {
  const names: string[] = [];
  const groups: Record<string, string[]> = {};
  const keys: string[] = [];
  const lengths: number[] = [];
  if (typeof output === "number" || Array.isArray(output) || ArrayBuffer.isView(output)) {
    const values = typeof output === "number" ? [output] : (output as ArrayLike<number>);
    for (let i = 0; i < values.length; i++) names.push(`output_${i + 1}`);
    return { names, groups, keys: [""], lengths: [values.length] };
  }
  if (typeof output !== "object" || output === null)
    throw new Error(`the model must return an object of named numbers or arrays, got ${describeValue(output)}`);
  for (const key of Object.keys(output)) {
    const value = (output as Record<string, unknown>)[key];
    if (typeof value === "number") {
      names.push(key);
      lengths.push(1);
      keys.push(key);
    } else if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
      const len = (value as ArrayLike<number>).length;
      keys.push(key);
      lengths.push(len);
      if (len === 1) names.push(key);
      else {
        const cols = Array.from({ length: len }, (_, i) => `${key}${i + 1}`);
        groups[key] = cols;
        for (const col of cols) names.push(col); // not push(...cols): a long array would overflow the stack
      }
    } else throw new Error(`output "${key}" must be a number or an array of numbers, got ${describeValue(value)}`);
  }
  return { names, groups, keys, lengths };
}

/**
 * Compiles generated JavaScript (see inputSetter and outputWriter), cached by its source so that repeated
 * simulations reuse the function V8 has already optimised; null where code generation is not allowed (a
 * Content-Security-Policy without 'unsafe-eval'): the callers then use a plain loop.
 */
const generated = new Map<string, unknown>();
function generate<T>(params: string[], body: string): T | null {
  const key = `${params.join(",")}\n${body}`;
  let fn = generated.get(key);
  if (fn === undefined) {
    try {
      fn = new Function(...params, body);
    } catch {
      fn = null;
    }
    if (generated.size > 100) generated.clear();
    generated.set(key, fn);
  }
  return fn as T | null;
}

type InputSetter = (x: Record<string, number>, columns: Float64Array[], run: number) => void;

/**
 * A function that copies run `run` of the input columns into x (x[names[j]] = columns[j][run]). A loop
 * over the names makes every store a megamorphic keyed store (≈ 30 ns each: 7 ms of the 10^4 runs of a
 * 23-input model), so the function is generated with one named store per input. Names are embedded as
 * JSON string literals, which cannot break out of the string.
 */
function inputSetter(names: string[]): InputSetter {
  const stores = names.map((name, j) => `x[${JSON.stringify(name)}] = c[${j}][i];`).join("\n");
  return (
    generate<InputSetter>(["x", "c", "i"], stores) ??
    ((x, columns, run) => {
      for (let j = 0; j < names.length; j++) x[names[j]] = columns[j][run];
    })
  );
}

/**
 * A new input object with every input as an own property (NaN until the first run): created by a
 * generated object literal, so that V8 keeps all of them inside the object (adding them one by one
 * leaves all but four in a separate property array, one more indirection on every read and write).
 */
function inputObject(names: string[]): Record<string, number> {
  const make = generate<() => Record<string, number>>([], `return {${names.map((name) => `${JSON.stringify(name)}: NaN`).join(", ")}};`);
  if (make) return make();
  const x: Record<string, number> = {};
  for (const name of names) x[name] = NaN;
  return x;
}

/** Writes one run's output into the output columns; false: not the expected layout (nothing reliable written). */
type OutputWriter = (output: ModelOutput, cols: Float64Array[], run: number) => boolean;

/**
 * A function that writes one run's output into the output columns, generated for the layout of run 1
 * (named loads, the lengths as constants). It returns false for anything unexpected (another type or
 * length); the caller then uses writeOutput, which writes the run again or throws the error naming the
 * output.
 */
function outputWriter(layout: Layout): OutputWriter | null {
  if (layout.keys.length === 1 && layout.keys[0] === "") return null;
  const lines: string[] = [];
  let c = 0;
  layout.keys.forEach((key, k) => {
    const len = layout.lengths[k];
    lines.push(`v = o[${JSON.stringify(key)}];`);
    if (len === 1) lines.push(`if (typeof v !== "number") return false;`, `c[${c}][i] = v;`);
    else
      lines.push(`if (!Array.isArray(v) || v.length !== ${len}) return false;`, `for (let j = 0; j < ${len}; j++) c[${c} + j][i] = v[j];`);
    c += len;
  });
  return generate<OutputWriter>(["o", "c", "i"], `let v;\n${lines.join("\n")}\nreturn true;`);
}

/**
 * Runs the Monte Carlo simulation: decisionSupport's mcSimulation(estimate, model_function,
 * numberOfModelRuns = n, randomMethod = method, functionSyntax = "plainNames") after set.seed(seed).
 */
export function mcSimulation(estimate: Estimate, model: Model, options: SimulationOptions): SimulationResult {
  const n = options.n;
  if (!Number.isInteger(n) || n < 1) throw new Error(`the number of runs must be a positive integer, got ${n}`);
  if (!options.rng && options.seed === undefined) throw new Error("give a seed (or a random source): simulations must be reproducible");
  const rng = options.rng ?? createRRandom(options.seed!);
  const { names: inputNames, columns: inputs, distributions } = sampleInputs(estimate, n, rng, options.method);
  const h = bindHelpers(rng);
  const x = inputObject(inputNames);
  const inputCols = inputNames.map((name) => inputs[name]);
  const setInputs = inputSetter(inputNames);
  let layout: Layout | undefined;
  let outCols: Float64Array[] = [];
  let write: OutputWriter | null = null;
  const every = options.progressEvery ?? 1000;
  for (let i = 0; i < n; i++) {
    setInputs(x, inputCols, i);
    let output: ModelOutput;
    try {
      output = model(x, h);
    } catch (error) {
      throw new ModelError(`the model failed in run ${i + 1}: ${error instanceof Error ? error.message : String(error)}`, i + 1);
    }
    if (!layout) {
      if (typeof (output as { then?: unknown } | null)?.then === "function")
        throw new ModelError("the model returned a Promise (is it an async function?): a model must return its outputs directly", 1);
      try {
        layout = layoutOf(output);
      } catch (error) {
        throw new ModelError(`run 1: ${(error as Error).message}`, 1);
      }
      if (layout.names.length === 0) throw new ModelError("the model returned no outputs", 1);
      const bytes = n * (inputNames.length + layout.names.length) * 8;
      if (options.maxBytes !== undefined && bytes > options.maxBytes)
        throw new ModelError(
          `${n} runs of ${inputNames.length} inputs and ${layout.names.length} output values each need about ${formatBytes(bytes)} (runs × values × 8 bytes), more than the ${formatBytes(options.maxBytes)} allowed: lower the number of runs`,
          1
        );
      outCols = layout.names.map(() => new Float64Array(n));
      write = outputWriter(layout);
    }
    if (!write?.(output, outCols, i)) writeOutput(output, layout, outCols, i);
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === n)) {
      if (options.isCancelled?.()) throw new SimulationCancelled();
      options.onProgress(i + 1, n);
    }
  }
  const outputs: Record<string, Float64Array> = {};
  layout!.names.forEach((name, j) => (outputs[name] = outCols[j]));
  return { n, inputNames, inputs, outputNames: layout!.names, outputs, outputGroups: layout!.groups, distributions };
}

/** Bytes for people: "1.2 GB", "350 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e11) return `${Math.round(bytes / 1e9).toLocaleString("en-US")} GB`;
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 1e6))} MB`;
}

function writeOutput(output: ModelOutput, layout: Layout, cols: Float64Array[], i: number): void {
  let c = 0;
  if (layout.keys.length === 1 && layout.keys[0] === "") {
    const values = typeof output === "number" ? [output] : (output as ArrayLike<number>);
    if (typeof output === "object" && !Array.isArray(output) && !ArrayBuffer.isView(output))
      throw new ModelError(`run ${i + 1}: the model returned an object, run 1 returned numbers`, i + 1);
    if (values.length !== layout.lengths[0])
      throw new ModelError(
        `the model returned ${values.length} values in run ${i + 1} but ${layout.lengths[0]} in run 1: every run must return outputs of the same length`,
        i + 1
      );
    for (let j = 0; j < values.length; j++) cols[j][i] = Number(values[j]);
    return;
  }
  const record = output as Record<string, unknown>;
  for (let key = 0; key < layout.keys.length; key++) {
    const name = layout.keys[key];
    const value = record[name];
    const len = layout.lengths[key];
    if (typeof value === "number") {
      if (len !== 1)
        throw new ModelError(
          `output "${name}" has length 1 in run ${i + 1} but ${len} in run 1: every run must return outputs of the same length`,
          i + 1
        );
      cols[c++][i] = value;
    } else if (value !== null && typeof value === "object" && "length" in (value as object)) {
      const arr = value as ArrayLike<number>;
      if (arr.length !== len)
        throw new ModelError(
          `output "${name}" has length ${arr.length} in run ${i + 1} but ${len} in run 1: every run must return outputs of the same length`,
          i + 1
        );
      for (let j = 0; j < len; j++) cols[c++][i] = arr[j];
    } else throw new ModelError(`output "${name}" is missing or not numeric in run ${i + 1}`, i + 1);
  }
}
