/**
 * What the investment and institutions pages show of a simulation, computed from its columns: histograms
 * of NPV distributions, the option with the best expected decision value, payback summaries, and the CSV
 * files the pages offer (results summary, simulated samples). Pure; no DOM.
 */

import type { ColumnSummary } from "../decision/index.js";
import { csvLine, formatCsv } from "../util/csv.js";
import { OPTION_IDS, type OptionId } from "./options.js";
import { decisionOutput } from "./outputs.js";

export interface HistogramBin {
  x0: number;
  x1: number;
  /** Share of the values in [x0, x1) (the last bin includes x1). */
  share: number;
}

/**
 * The common axis of several distributions' histograms: from the lowest 5 % quantile to the highest 95 %
 * quantile, padded on each side by 20 % of that span and 1 unit (so a span of 0 still shows), so the bulk
 * of every distribution shows and the tails fall in the end bins.
 */
export function histogramDomain(summaries: readonly { q05: number; q95: number }[]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of summaries) {
    lo = Math.min(lo, s.q05);
    hi = Math.max(hi, s.q95);
  }
  if (!(hi >= lo)) return { lo: -1, hi: 1 };
  const pad = 0.2 * (hi - lo) + 1;
  return { lo: lo - pad, hi: hi + pad };
}

/**
 * Equal-width histogram over [lo, hi] (default: the 0.5 % and 99.5 % quantiles' range given by the caller,
 * else min–max). Values outside are counted in the first or last bin, so shares sum to 1.
 */
export function histogram(
  values: ArrayLike<number>,
  { bins = 40, lo, hi }: { bins?: number; lo?: number; hi?: number } = {}
): HistogramBin[] {
  const n = values.length;
  if (!n) return [];
  let min = lo ?? Infinity;
  let max = hi ?? -Infinity;
  if (lo === undefined || hi === undefined)
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (lo === undefined && v < min) min = v;
      if (hi === undefined && v > max) max = v;
    }
  if (!(max > min)) max = min + 1;
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const k = Math.floor((values[i] - min) / width);
    counts[Math.min(bins - 1, Math.max(0, k))]++;
  }
  return counts.map((c, k) => ({ x0: min + k * width, x1: min + (k + 1) * width, share: c / n }));
}

/**
 * The feasible option with the highest mean decision NPV (ties: the first in OPTION_IDS). Options outside
 * `feasible` (planting where nothing can establish rain-fed and no water is priced: feasibleOptions) are
 * never "best". Natural regeneration is always feasible.
 */
export function bestOption(summaries: Record<string, ColumnSummary>, feasible: readonly OptionId[] = OPTION_IDS): OptionId {
  const candidates = OPTION_IDS.filter((o) => o === "natural" || feasible.includes(o));
  let best: OptionId = candidates[0];
  for (const option of candidates) if (summaries[decisionOutput(option)].mean > summaries[decisionOutput(best)].mean) best = option;
  return best;
}

/** Why an option is not feasible at the site, or null when it is. */
export type Infeasibility = "not feasible rain-fed" | "nothing suits the site" | null;

/**
 * Which options can be carried out at the site: natural regeneration always; the planted options only when
 * some species is viable there and seedlings can establish — a rain-fed planting window, or establishment
 * water the user chose to price (Scenario.investment.irrigation). Unknown feasibility (no site, no monthly
 * climate) leaves every option open, and the page says so.
 */
export function optionFeasibility(
  feasibility: { rainFed: boolean; window: string; viableCount: number } | null,
  irrigation: boolean
): Record<OptionId, Infeasibility> {
  const out = {} as Record<OptionId, Infeasibility>;
  for (const option of OPTION_IDS) {
    if (option === "natural" || !feasibility) out[option] = null;
    else if (feasibility.viableCount === 0) out[option] = "nothing suits the site";
    else if (feasibility.window === "none" && !irrigation) out[option] = "not feasible rain-fed";
    else out[option] = null;
  }
  return out;
}

/** The options with no infeasibility. */
export function feasibleOptions(infeasible: Record<OptionId, Infeasibility>): OptionId[] {
  return OPTION_IDS.filter((o) => infeasible[o] === null);
}

/**
 * Share of runs that pay back within the horizon (payback year ≤ n), and the median payback year (null when
 * more than half of the runs never pay back). `median` may be given (e.g. the worker's summary q50) to avoid
 * sorting the column.
 */
export function paybackSummary(
  payback: ArrayLike<number>,
  horizon: number,
  median?: number
): { withinHorizon: number; median: number | null } {
  let within = 0;
  for (let i = 0; i < payback.length; i++) if (payback[i] <= horizon) within++;
  const share = payback.length ? within / payback.length : 0;
  let mid = median;
  if (mid === undefined) {
    const all = Array.from(payback).sort((a, b) => a - b);
    mid = all.length ? (all[Math.floor((all.length - 1) / 2)] + all[Math.ceil((all.length - 1) / 2)]) / 2 : NaN;
  }
  return { withinHorizon: share, median: payback.length && mid <= horizon ? mid : null };
}

const SUMMARY_FIELDS = ["q05", "q25", "q50", "q75", "q95", "mean", "sd", "p_gt0", "p_lt0"] as const;

/** The results summary as CSV: one row per output (output, label, n, quantiles, mean, sd, P>0, P<0). */
export function summaryCsv(
  summaries: Record<string, ColumnSummary>,
  outputs: readonly string[],
  labels: Record<string, string> = {}
): string {
  const rows = outputs.map((name) => {
    const s = summaries[name];
    return [name, labels[name] ?? "", String(s.n), ...SUMMARY_FIELDS.map((f) => String(s[f]))];
  });
  return formatCsv([["output", "label", "n", ...SUMMARY_FIELDS], ...rows]);
}

/** Simulated samples as CSV: a run column, then the given columns in order (full precision). */
export function samplesCsv(columns: Record<string, ArrayLike<number>>, names: readonly string[]): string {
  const n = names.length ? columns[names[0]].length : 0;
  const lines = [csvLine(["run", ...names])];
  const values = names.map((name) => columns[name]);
  const row: number[] = new Array(names.length + 1);
  for (let i = 0; i < n; i++) {
    row[0] = i + 1;
    for (let j = 0; j < values.length; j++) row[j + 1] = values[j][i];
    lines.push(csvLine(row));
  }
  return `${lines.join("\n")}\n`;
}

/** Cash-flow quantile bands as CSV: one row per series and year (quantiles and mean, USD/ha). */
export function bandsCsv(
  series: readonly { name: string; bands: readonly { year: number; quantiles: Record<string, number>; mean: number }[] }[]
): string {
  const probs = series.length && series[0].bands.length ? Object.keys(series[0].bands[0].quantiles) : [];
  const rows = series.flatMap((s) =>
    s.bands.map((b) => [s.name, String(b.year), ...probs.map((p) => String(b.quantiles[p])), String(b.mean)])
  );
  return formatCsv([["series", "year", ...probs.map((p) => `q${String(Math.round(Number(p) * 100)).padStart(2, "0")}`), "mean"], ...rows]);
}

/**
 * Cash-flow bands of an array output from the per-column summaries the worker already computed (so the
 * page does not sort 10⁵-run columns on the main thread): quantiles 0.05, 0.25, 0.5, 0.75, 0.95 and mean.
 */
export function bandsFromSummaries(
  result: { outputGroups: Record<string, string[]>; summaries: Record<string, ColumnSummary> },
  name: string
): { year: number; column: string; quantiles: Record<string, number>; mean: number }[] {
  const columns = result.outputGroups[name];
  if (!columns) throw new Error(`"${name}" is not an array output`);
  return columns.map((column, i) => {
    const s = result.summaries[column];
    return { year: i + 1, column, quantiles: { "0.05": s.q05, "0.25": s.q25, "0.5": s.q50, "0.75": s.q75, "0.95": s.q95 }, mean: s.mean };
  });
}
