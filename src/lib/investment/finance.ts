/**
 * Small pure pieces of the restoration model, each unit-tested on its own: real rates, stocking after
 * replacement planting, event timing, discount factors, present value and payback year.
 */

import type { Inputs } from "./options.js";

/**
 * Real interest rate from a nominal rate and inflation (Fisher): (1 + i) / (1 + π) − 1.
 * @param nominalPct nominal rate, % per year (e.g. a lending rate)
 * @param inflationPct inflation, % per year
 * @returns real rate, % per year
 * @throws RangeError for non-finite input or inflation ≤ −100 %
 */
export function realRatePct(nominalPct: number, inflationPct: number): number {
  if (!Number.isFinite(nominalPct) || !Number.isFinite(inflationPct)) throw new RangeError("realRatePct: rates must be finite numbers");
  if (inflationPct <= -100) throw new RangeError("realRatePct: inflation must be above −100 %");
  return ((1 + nominalPct / 100) / (1 + inflationPct / 100) - 1) * 100;
}

/**
 * Stocking after beating-up, as a fraction of the target density: the initial planting survives at
 * `survival`, the replacement planting (a fraction `replacementRate` of the initial one) survives at the
 * same rate; stocking cannot exceed the target. min(1, s · (1 + r)).
 */
export function stocking(survival: number, replacementRate: number): number {
  return Math.min(1, Math.max(0, survival) * (1 + Math.max(0, replacementRate)));
}

/**
 * 1 from the first year in which `events` is 1 onward, else 0 (e.g. a tenure conflict or a price
 * collapse that, once it happens, lasts for the rest of the horizon).
 */
export function fromFirstEvent(events: readonly number[]): number[] {
  const out = new Array<number>(events.length);
  let happened = 0;
  for (let i = 0; i < events.length; i++) {
    if (events[i] > 0) happened = 1;
    out[i] = happened;
  }
  return out;
}

/** Year-on-year increases of a stock series (stock before year 1 is 0); decreases count as 0. */
export function positiveIncrements(stock: readonly number[]): number[] {
  const out = new Array<number>(stock.length);
  let previous = 0;
  for (let i = 0; i < stock.length; i++) {
    out[i] = Math.max(0, stock[i] - previous);
    previous = Math.max(previous, stock[i]);
  }
  return out;
}

/**
 * Discount factors 1/(1 + r/100)^(t−1) for t = 1..n: year 1 undiscounted, as decisionSupport's discount().
 * @param ratePct discount rate, % per year
 */
export function discountFactors(ratePct: number, n: number): number[] {
  const base = 1 + ratePct / 100;
  const out = new Array<number>(n);
  let f = 1;
  for (let t = 0; t < n; t++) {
    out[t] = f;
    f /= base;
  }
  return out;
}

/** Net present value Σ x_t · f_t with discount factors from discountFactors(). */
export function presentValue(cashflow: readonly number[], factors: readonly number[]): number {
  let sum = 0;
  for (let t = 0; t < cashflow.length; t++) sum += cashflow[t] * factors[t];
  return sum;
}

/**
 * Payback year: the first year (1-based) from which the cumulative discounted cash flow is ≥ 0 and stays
 * so to the end of the horizon; `cashflow.length + 1` when that never happens within the horizon.
 * @param factors discount factors (discountFactors), year 1 undiscounted
 */
export function paybackYear(cashflow: readonly number[], factors: readonly number[]): number {
  let cumulative = 0;
  let since = -1;
  for (let i = 0; i < cashflow.length; i++) {
    cumulative += cashflow[i] * factors[i];
    if (cumulative >= 0) {
      if (since < 0) since = i;
    } else since = -1;
  }
  return since < 0 ? cashflow.length + 1 : since + 1;
}

export function requireInput(x: Inputs, name: string): number {
  const value = x[name];
  if (typeof value !== "number" || Number.isNaN(value))
    throw new Error(`restoration model: input "${name}" is missing from the estimate table`);
  return value;
}
