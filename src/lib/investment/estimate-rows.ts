/**
 * Helpers that write estimate rows (90 % intervals with a distribution, unit, label and source) and the
 * interval arithmetic they share (range90, lognormal intervals from quartiles or products).
 */

import { quantile7 } from "../decision/index.js";
import type { EstimateGroup, EstimateRow } from "./estimate-types.js";

// ---------------------------------------------------------------------------------------------------
// Pieces (exported for tests)

export const ASSUME = "Assumption (team estimate; replace with local figures)";

/** Type-7 quantiles P05, P50, P95 of a list of values. */
export function range90(values: readonly number[]): { lower: number; median: number; upper: number } {
  const [lower, median, upper] = quantile7(Float64Array.from(values), [0.05, 0.5, 0.95]);
  return { lower, median, upper };
}

/**
 * The real discount rate's 90 % interval from a country's yearly real lending rates
 * r_y = (1 + i_y)/(1 + π_y) − 1 over the last (up to) 10 years that have both series, if the latest of
 * them is 2005 or later and there are at least 3: lower = max(1, P10), upper = min(25, max(lower + 2, P90)),
 * in % per year (P = type-7 quantile). Otherwise null.
 */
// ---------------------------------------------------------------------------------------------------
// The table

export function row(
  group: EstimateGroup,
  variable: string,
  distribution: string,
  lower: number,
  upper: number,
  unit: string,
  label: string,
  description: string,
  source: string,
  median: number | null = null
): EstimateRow {
  return { variable, distribution, lower, median, upper, label, description, unit, source, group };
}

export const constant = (
  group: EstimateGroup,
  variable: string,
  value: number,
  unit: string,
  label: string,
  description: string,
  source: string
) => row(group, variable, "const", value, value, unit, label, description, source);

/** Rounds to 3 significant digits for display-friendly defaults (values from data keep their order). */
export function round3(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const digits = 2 - Math.floor(Math.log10(Math.abs(x)));
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}

/** A positive interval as lnorm (skewed literature ranges) or posnorm. */
export function positive(
  group: EstimateGroup,
  variable: string,
  lower: number,
  upper: number,
  unit: string,
  label: string,
  description: string,
  source: string,
  distribution: "posnorm" | "lnorm" = "posnorm"
): EstimateRow {
  const lo = round3(lower);
  const hi = round3(upper);
  if (!(lo > 0) || !(hi > lo)) return constant(group, variable, round3(Math.max(lower, upper, 0)), unit, label, description, source);
  return row(group, variable, distribution, lo, hi, unit, label, description, source);
}

/** A share in (0, 1) as tnorm_0_1. */
export function share01(
  group: EstimateGroup,
  variable: string,
  lower: number,
  upper: number,
  unit: string,
  label: string,
  description: string,
  source: string
): EstimateRow {
  return row(group, variable, "tnorm_0_1", lower, upper, unit, label, description, source);
}

/**
 * A lognormal 90 % interval through the quartiles of positive values: centre √(P25·P75),
 * σ = ln(P75/P25) / (2 × 0.67449), interval centre × e^(∓1.64485 σ).
 */
export function lognormal90FromQuartiles(p25: number, p75: number): { lower: number; upper: number } | null {
  if (!(p25 > 0) || !(p75 > p25)) return null;
  const centre = Math.sqrt(p25 * p75);
  const sigma = Math.log(p75 / p25) / (2 * 0.6744897501960817);
  return { lower: centre * Math.exp(-1.6448536269514722 * sigma), upper: centre * Math.exp(1.6448536269514722 * sigma) };
}

/**
 * A yield row at this site: its bounds (and median) × the site's climate productivity factor
 * (src/lib/site/productivity.ts), its source saying so; unchanged when the factor is unknown. A factor of
 * (nearly) 0 — no growth in this climate — gives a constant 0.
 */
export function atSiteProductivity(r: EstimateRow, factor: number | null | undefined, why: string): EstimateRow {
  if (factor === null || factor === undefined || factor === 1) return r;
  const source = `${r.source}; × ${factor.toFixed(2)} for this site's climate (${why})`;
  const distribution = r.distribution === "lnorm" ? "lnorm" : "posnorm";
  const scaled = positive(r.group, r.variable, r.lower * factor, r.upper * factor, r.unit, r.label, r.description, source, distribution);
  if (r.median !== null && scaled.distribution !== "const") scaled.median = round3(r.median * factor);
  return scaled;
}
