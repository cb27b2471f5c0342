/**
 * What pages show of a simulation: per-output summaries and the quantile bands of an array output over
 * its years (cash-flow plots, decisionSupport's plot_cashflow).
 */
import type { SimulationResult } from "./simulate.js";
import { type ColumnSummary, quantileSorted, sorted, summarize } from "./stats.js";

/** summary.mcSimulation for every output column. */
export function summarizeOutputs(result: Pick<SimulationResult, "outputNames" | "outputs">): Record<string, ColumnSummary> {
  const out: Record<string, ColumnSummary> = {};
  for (const name of result.outputNames) out[name] = summarize(result.outputs[name]);
  return out;
}

export interface CashflowBand {
  /** 1-based position in the series (year). */
  year: number;
  column: string;
  /** Type-7 quantiles at the requested probabilities, by probability. */
  quantiles: Record<string, number>;
  mean: number;
}

/** Quantile bands of the columns name1..nameL of an array output. */
export function cashflowBands(
  result: Pick<SimulationResult, "outputGroups" | "outputs">,
  name: string,
  probs: readonly number[] = [0.05, 0.25, 0.5, 0.75, 0.95]
): CashflowBand[] {
  const columns = result.outputGroups[name];
  if (!columns)
    throw new Error(`"${name}" is not an array output (array outputs: ${Object.keys(result.outputGroups).join(", ") || "none"})`);
  return columns.map((column, i) => {
    const values = result.outputs[column];
    const s = sorted(values);
    const quantiles: Record<string, number> = {};
    for (const p of probs) quantiles[String(p)] = quantileSorted(s, p);
    let sum = 0;
    for (let k = 0; k < values.length; k++) sum += values[k];
    return { year: i + 1, column, quantiles, mean: sum / values.length };
  });
}
