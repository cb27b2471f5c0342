/**
 * What the closure page shows of a simulation: the total's P50 and P90 (regulators often bond at P90), each
 * activity's cost distribution, the regulator-style steps from direct costs to the total, and which
 * activities drive the uncertainty (the engine's PLS-VIP on the total, by activity). Also the per-hectare
 * rows the investment model takes over (USD/ha, 90 % ranges).
 */
import { quantile7 } from "../decision/index.js";
import { ACTIVITIES, type ActivityId } from "./activities.js";
import type { ClosureEstimate } from "./estimate.js";
import { CLOSURE_OUTPUTS, costOutput } from "./model.js";

/** What a simulation returns that the page uses (McResult or SimulationResult). */
export interface ClosureRun {
  n: number;
  outputs: Record<string, Float64Array>;
  vip?: Record<string, { variable: string; vip: number; coef: number }[]>;
}

/** A cost distribution: mean and type-7 quantiles, USD. */
export interface CostSummary {
  mean: number;
  p05: number;
  p50: number;
  p90: number;
  p95: number;
}

export function costSummary(values: Float64Array): CostSummary {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const [p05, p50, p90, p95] = quantile7(values, [0.05, 0.5, 0.9, 0.95]);
  return { mean: sum / values.length, p05, p50, p90, p95 };
}

export interface ActivityResult extends CostSummary {
  id: ActivityId;
  label: string;
  quantity: number;
  unit: string;
}

export interface ClosureResults {
  n: number;
  total: CostSummary;
  perHa: CostSummary;
  direct: CostSummary;
  activities: ActivityResult[];
  /** Means of the steps from the direct costs to the total, USD (means add up; quantiles do not). */
  steps: { label: string; mean: number; kind: "activity" | "percentage" | "total" }[];
}

/** Summaries of a closure run for the estimate it ran on. */
export function closureResults(run: ClosureRun, estimate: ClosureEstimate): ClosureResults {
  const out = (name: string) => {
    const v = run.outputs[name];
    if (!v) throw new Error(`the closure run has no output "${name}"`);
    return v;
  };
  const activities = estimate.activities.map(
    (a): ActivityResult => ({ id: a.id, label: a.label, quantity: a.quantity, unit: a.unit, ...costSummary(out(costOutput(a.id))) })
  );
  const total = costSummary(out(CLOSURE_OUTPUTS.total));
  const p = estimate.percentages;
  const steps: ClosureResults["steps"] = [
    ...activities.filter((a) => a.mean > 0).map((a) => ({ label: a.label, mean: a.mean, kind: "activity" as const })),
    {
      label: `Project management (${p.projectManagementPct} %)`,
      mean: costSummary(out(CLOSURE_OUTPUTS.projectManagement)).mean,
      kind: "percentage"
    },
    {
      label: `Maintenance and monitoring (${p.maintenancePct} %)`,
      mean: costSummary(out(CLOSURE_OUTPUTS.maintenance)).mean,
      kind: "percentage"
    },
    { label: `Contingency (${p.contingencyPct} %)`, mean: costSummary(out(CLOSURE_OUTPUTS.contingency)).mean, kind: "percentage" },
    { label: "Total", mean: total.mean, kind: "total" }
  ];
  return {
    n: run.n,
    total,
    perHa: costSummary(out(CLOSURE_OUTPUTS.perHa)),
    direct: costSummary(out(CLOSURE_OUTPUTS.direct)),
    activities,
    steps
  };
}

/** The share of the total's uncertainty each activity drives: PLS-VIP of its rate (and the wage), largest first. */
export function uncertaintyByActivity(
  vip: readonly { variable: string; vip: number; coef: number }[],
  estimate: ClosureEstimate
): { label: string; vip: number; coef: number }[] {
  const labels = new Map<string, string>(ACTIVITIES.map((a) => [`rate_${a.id}`, a.label]));
  labels.set("wage_usd_day", "Daily wage at the site");
  const costly = new Set(estimate.activities.filter((a) => a.quantity > 0).map((a) => `rate_${a.id}`));
  costly.add("wage_usd_day");
  return vip
    .filter((v) => labels.has(v.variable) && costly.has(v.variable) && Number.isFinite(v.vip))
    .map((v) => ({ label: labels.get(v.variable)!, vip: v.vip, coef: v.coef }))
    .sort((a, b) => b.vip - a.vip);
}

/** One closure cost per hectare of disturbed land, USD/ha: the 90 % range and median of the simulation. */
export interface PerHectareRow {
  id: ActivityId | "percentages" | "total";
  label: string;
  group: string;
  lower: number;
  median: number;
  upper: number;
  mean: number;
}

/**
 * The estimate per hectare of disturbed land (USD/ha): each activity, the regulator percentages together,
 * and the total, as 5 %, 50 %, 95 % quantiles and the mean of the simulation. Zero-cost activities are left
 * out. For the investment model's closure works and bond (docs/closure-cost.md, "Hand-over").
 */
export function perHectareRows(run: ClosureRun, estimate: ClosureEstimate): PerHectareRow[] {
  const area = estimate.quantities.totalHa;
  if (!(area > 0)) return [];
  const row = (id: PerHectareRow["id"], label: string, group: string, values: Float64Array): PerHectareRow => {
    const s = costSummary(values);
    return { id, label, group, lower: s.p05 / area, median: s.p50 / area, upper: s.p95 / area, mean: s.mean / area };
  };
  const rows = ACTIVITIES.filter((a) => (estimate.activities.find((x) => x.id === a.id)?.quantity ?? 0) > 0).map((a) =>
    row(a.id, a.label, a.group, run.outputs[costOutput(a.id)])
  );
  const pm = run.outputs[CLOSURE_OUTPUTS.projectManagement];
  const mm = run.outputs[CLOSURE_OUTPUTS.maintenance];
  const ct = run.outputs[CLOSURE_OUTPUTS.contingency];
  const percentages = new Float64Array(pm.length);
  for (let i = 0; i < pm.length; i++) percentages[i] = pm[i] + mm[i] + ct[i];
  rows.push(row("percentages", "Project management, maintenance and contingency", "indirect", percentages));
  rows.push(row("total", "Total closure cost", "total", run.outputs[CLOSURE_OUTPUTS.total]));
  return rows;
}
