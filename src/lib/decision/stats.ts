/**
 * Summary statistics with R's conventions: sum and mean accumulate in extended precision in R (long
 * double), emulated here by compensated (Neumaier) summation; mean has R's second correction pass; sd
 * uses n − 1; quantiles are type 7 computed with R's formula (1 − h)·x[lo] + h·x[hi].
 */

type Numbers = ArrayLike<number>;

/** Σ x with Neumaier's compensated summation (close to R's long-double sum). */
export function sumExact(x: Numbers): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** R's mean(x): sum/n, then the correction mean += Σ(x − mean)/n. */
export function mean(x: Numbers): number {
  const n = x.length;
  if (n === 0) return NaN;
  let m = sumExact(x) / n;
  if (Number.isFinite(m)) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i] - m;
      const t = s + v;
      c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
      s = t;
    }
    m += (s + c) / n;
  }
  return m;
}

/** Sample standard deviation (denominator n − 1), two-pass as R's var. */
export function sd(x: Numbers, m = mean(x)): number {
  const n = x.length;
  if (n < 2) return NaN;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - m;
    const v = d * d;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return Math.sqrt((s + c) / (n - 1));
}

/** A sorted copy (NaN last). */
export function sorted(x: Numbers): Float64Array {
  const copy = Float64Array.from(x as ArrayLike<number>);
  copy.sort();
  return copy;
}

/** Type-7 quantile of already sorted values, as R's quantile(x, p, type = 7). */
export function quantileSorted(s: Numbers, p: number): number {
  const n = s.length;
  if (n === 0) return NaN;
  const index = 1 + Math.max(n - 1, 0) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const qs = s[lo - 1];
  if (index > lo && s[hi - 1] !== qs) {
    const h = index - lo;
    return (1 - h) * qs + h * s[hi - 1];
  }
  return qs;
}

/** Type-7 quantiles of x at the probabilities p. */
export function quantile7(x: Numbers, p: readonly number[]): number[] {
  const s = sorted(x);
  return p.map((pi) => quantileSorted(s, pi));
}

/** The summary the CLI and pages show for one output or input column. */
export interface ColumnSummary {
  n: number;
  min: number;
  q05: number;
  q25: number;
  q50: number;
  q75: number;
  q95: number;
  max: number;
  mean: number;
  sd: number;
  /** P(y > 0): decisionSupport's chance_gain. */
  p_gt0: number;
  /** P(y < 0): chance_loss. */
  p_lt0: number;
  /** P(y = 0): chance_zero. */
  p_eq0: number;
}

/** min, type-7 quartiles and 5/95 %, max, mean, sd (n − 1) and the chances of loss, zero and gain. */
export function summarize(x: Numbers): ColumnSummary {
  const s = sorted(x);
  const n = s.length;
  let gt = 0;
  let lt = 0;
  let eq = 0;
  for (let i = 0; i < n; i++) {
    if (s[i] > 0) gt++;
    else if (s[i] < 0) lt++;
    else if (s[i] === 0) eq++;
  }
  const m = mean(x);
  return {
    n,
    min: n ? s[0] : NaN,
    q05: quantileSorted(s, 0.05),
    q25: quantileSorted(s, 0.25),
    q50: quantileSorted(s, 0.5),
    q75: quantileSorted(s, 0.75),
    q95: quantileSorted(s, 0.95),
    max: n ? s[n - 1] : NaN,
    mean: m,
    sd: sd(x, m),
    p_gt0: gt / n,
    p_lt0: lt / n,
    p_eq0: eq / n
  };
}
