/** Small statistics for summaries in the loaders. Non-finite values and nulls are skipped. */

function finiteSorted(values: Iterable<number | null>): number[] {
  const out: number[] = [];
  for (const v of values) if (v !== null && Number.isFinite(v)) out.push(v);
  return out.sort((a, b) => a - b);
}

/**
 * Quantile p (0–1) by linear interpolation between order statistics: R's `quantile(type = 7)`, the default
 * in R and numpy. Returns null for no values; throws for p outside [0, 1].
 */
export function quantile(values: Iterable<number | null>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new Error(`quantile: p must be in [0, 1] (got ${p}).`);
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Arithmetic mean, or null for no values. */
export function mean(values: Iterable<number | null>): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values)
    if (v !== null && Number.isFinite(v)) {
      sum += v;
      n++;
    }
  return n ? sum / n : null;
}
