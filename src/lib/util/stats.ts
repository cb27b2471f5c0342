/**
 * Small statistics over lists that may hold nulls or non-finite values (skipped). The quantile is R's
 * type 7 (the default in R and numpy), computed by the engine's R-compatible formula so that every page,
 * loader and the decision engine agree to the last bit.
 */
import { quantileSorted } from "../decision/index.js";

function finiteSorted(values: Iterable<number | null | undefined>): Float64Array {
  const out: number[] = [];
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v)) out.push(v);
  // A typed array sorts numbers natively (no comparator calls): 100,000 uploaded samples sort in a few ms.
  return Float64Array.from(out).sort();
}

/**
 * Quantile p (0–1) of the finite values: R's `quantile(x, p, type = 7)`. Returns null for no values;
 * throws for p outside [0, 1].
 */
export function quantile(values: Iterable<number | null | undefined>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new Error(`quantile: p must be in [0, 1] (got ${p}).`);
  const sorted = finiteSorted(values);
  return sorted.length ? quantileSorted(sorted, p) : null;
}

/** Median of the finite values (the mean of the middle two for an even count), or null for none. */
export function median(values: Iterable<number | null | undefined>): number | null {
  return quantile(values, 0.5);
}

/** Arithmetic mean of the finite values, or null for none. */
export function mean(values: Iterable<number | null | undefined>): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values)
    if (v !== null && v !== undefined && Number.isFinite(v)) {
      sum += v;
      n++;
    }
  return n ? sum / n : null;
}
