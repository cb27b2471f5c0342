/**
 * The closure estimate (/closure: activity-based, simulated by the engine) as the investment model uses it:
 * the earthworks and the soil layers per hectare become the closure works of the planted options, and the
 * estimate's total — direct works plus project management, maintenance and contingency — sizes the bond
 * that doing nothing keeps paying for (docs/investment-model.md, "The closure bond").
 */
import type { PerHectareRow } from "../closure/results.js";

/** A cost per hectare, USD/ha: 5 %, 50 % and 95 % quantiles of the closure simulation. */
export interface CostInterval {
  lower: number;
  median: number;
  upper: number;
}

export interface ClosureCosts {
  /** Re-profiling, pit safety works and ripping, USD/ha. */
  earthworks: CostInterval | null;
  /** Growth-medium respread and full covers (the site's cover rule on every domain), USD/ha. */
  cover: CostInterval | null;
  /** The regulator-style total: every activity plus the percentages, USD/ha. */
  total: CostInterval;
  /** Where the figures come from, for the estimate table's source column. */
  source: string;
}

const EARTHWORKS = new Set(["regrade", "pitSafety", "ripping"]);
const COVER = new Set(["growthMedium", "cover"]);

/**
 * Sums the closure's per-hectare rows of a group: quantile by quantile, i.e. as if the activities'
 * costs rose and fell together (their costs share wages, fuel and haul distances), which widens the
 * interval a little compared with independent costs. Null when the group costs nothing here.
 */
function sumOf(rows: readonly PerHectareRow[], ids: Set<string>): CostInterval | null {
  const chosen = rows.filter((r) => ids.has(r.id));
  if (!chosen.length) return null;
  const sum = (pick: (r: PerHectareRow) => number) => chosen.reduce((s, r) => s + pick(r), 0);
  const out = { lower: sum((r) => r.lower), median: sum((r) => r.median), upper: sum((r) => r.upper) };
  return out.upper > 0 ? out : null;
}

/** The closure costs the investment table needs, or null when the estimate has no total. */
export function closureCosts(perHectare: readonly PerHectareRow[]): ClosureCosts | null {
  const total = perHectare.find((r) => r.id === "total");
  if (!total || !(total.upper > 0)) return null;
  return {
    earthworks: sumOf(perHectare, EARTHWORKS),
    cover: sumOf(perHectare, COVER),
    total: { lower: total.lower, median: total.median, upper: total.upper },
    source: "Closure estimate (/closure): activity quantities × unit rates, simulated; P05–P95 per ha of disturbed land"
  };
}

/**
 * The bond as a multiple of a run's direct works (the model's `bond_ratio × works`), from the closure
 * estimate: its total's 5–95 % range over the median direct works (earthworks + cover + amendments), so
 * that the bond follows each run's works and, at the median, equals the closure estimate's total.
 */
export function bondRatioFromClosure(costs: ClosureCosts, directMedianUsdHa: number): { lower: number; upper: number } | null {
  if (!(directMedianUsdHa > 0)) return null;
  const lower = costs.total.lower / directMedianUsdHa;
  const upper = costs.total.upper / directMedianUsdHa;
  return upper > lower && lower > 0 ? { lower, upper } : null;
}

/** The closure estimate per ha summed by activity group (earthworks, revegetation, …, indirect), USD/ha. */
export function closureByGroup(perHectare: readonly PerHectareRow[]): Record<string, CostInterval> {
  const out: Record<string, CostInterval> = {};
  for (const r of perHectare) {
    if (r.id === "total") continue;
    const group = r.id === "percentages" ? "indirect" : r.group;
    const g = (out[group] ??= { lower: 0, median: 0, upper: 0 });
    g.lower += r.lower;
    g.median += r.median;
    g.upper += r.upper;
  }
  return out;
}
