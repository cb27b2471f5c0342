/**
 * Messages between a page (src/client/mc-client.ts) and the simulation worker (src/client/mc-worker.ts).
 * Columns cross as Float64Arrays whose buffers are transferred, not copied.
 */
import type { ColumnSummary } from "./stats.js";

export interface McRequest {
  /** Name of a model the worker's lookup knows (src/lib/workflow/models.ts). */
  model: string;
  /** decisionSupport estimate CSV; defaults to the model's own table. */
  estimates?: string;
  /** Optional correlation matrix CSV. */
  correlation?: string;
  n: number;
  seed: number;
  method?: "calculate" | "fit";
  /** Outputs to compute EVPI for (over all inputs). */
  evpi?: string[];
  /** Outputs to compute PLS-VIP for. */
  vip?: string[];
}

export interface McResult {
  n: number;
  seed: number;
  inputNames: string[];
  inputs: Record<string, Float64Array>;
  outputNames: string[];
  outputs: Record<string, Float64Array>;
  outputGroups: Record<string, string[]>;
  summaries: Record<string, ColumnSummary>;
  evpi: { output: string; decision: "do" | "dont"; variables: { variable: string; evpi: number; expectedGain: number | null }[] }[];
  vip: Record<string, { variable: string; vip: number; coef: number }[]>;
  seconds: { simulation: number; evpi: number; vip: number };
}

export type WorkerRequest = { type: "run"; id: number; request: McRequest };

export type WorkerMessage =
  | { type: "progress"; id: number; phase: "simulation" | "evpi" | "vip"; done: number; total: number }
  | { type: "result"; id: number; result: McResult }
  | { type: "error"; id: number; message: string };
