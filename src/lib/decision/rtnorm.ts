/**
 * msm::rtnorm (msm 1.7): truncated normal by vectorised rejection (Robert 1995, Statistics and Computing
 * 5, 121–125). One algorithm is chosen per call (mean, sd and bounds are scalars here); each round draws
 * for all still-empty slots at once, in slot order, exactly as the R code does, so the stream is consumed
 * identically.
 */

import { fillNormRand } from "./random-normal.js";
import { expRand, runif } from "./rmath.js";
import type { RandomSource } from "./rng.js";

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT_E = Math.sqrt(Math.E);

/** Which of msm's four algorithms rtnorm uses for standardised bounds (lower, upper); −1 means NaN output. */
export function rtnormAlgorithm(lower: number, upper: number): -1 | 0 | 1 | 2 | 3 {
  if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) return -1;
  if (
    (lower < 0 && upper === Infinity) ||
    (lower === -Infinity && upper > 0) ||
    (Number.isFinite(lower) && Number.isFinite(upper) && lower < 0 && upper > 0 && upper - lower > SQRT_2PI)
  )
    return 0;
  if (
    lower >= 0 &&
    upper >
      lower + ((2 * SQRT_E) / (lower + Math.sqrt(lower * lower + 4))) * Math.exp((lower * 2 - lower * Math.sqrt(lower * lower + 4)) / 4)
  )
    return 1;
  // msm's condition for algorithm 2, including its sign quirk in the exponent.
  if (
    upper <= 0 &&
    -lower >
      -upper + ((2 * SQRT_E) / (-upper + Math.sqrt(upper * upper + 4))) * Math.exp((upper * 2 - -upper * Math.sqrt(upper * upper + 4)) / 4)
  )
    return 2;
  return 3;
}

/**
 * n draws of msm::rtnorm(n, mean, sd, lower, upper), written into `out` (or a new array).
 */
export function rtnorm(
  rng: RandomSource,
  n: number,
  mean: number,
  sd: number,
  lowerBound: number,
  upperBound: number,
  out = new Float64Array(n)
): Float64Array {
  const lower = (lowerBound - mean) / sd;
  const upper = (upperBound - mean) / sd;
  const alg = rtnormAlgorithm(lower, upper);
  if (alg === -1 || Number.isNaN(mean) || Number.isNaN(sd)) {
    out.fill(NaN, 0, n);
    return out;
  }
  // Slots still to fill, in increasing order (R's ind.* vectors); `next` collects the rejected ones.
  let pending = new Int32Array(n);
  let next = new Int32Array(n);
  let k = n;
  if (alg === 0) {
    // The first round of algorithm 0 draws for every slot: straight into `out`, keeping the rejected slots.
    fillNormRand(rng, out, n);
    k = 0;
    for (let i = 0; i < n; i++) if (!(out[i] >= lower && out[i] <= upper)) pending[k++] = i;
  } else for (let i = 0; i < n; i++) pending[i] = i;
  const z = new Float64Array(k);
  const u = alg === 0 ? z : new Float64Array(k);
  while (k > 0) {
    let kept = 0;
    if (alg === 0) {
      fillNormRand(rng, z, k); // rnorm(k): 0 + 1·z is z
      for (let j = 0; j < k; j++) {
        if (z[j] >= lower && z[j] <= upper) out[pending[j]] = z[j];
        else next[kept++] = pending[j];
      }
    } else if (alg === 1) {
      const a = (lower + Math.sqrt(lower * lower + 4)) / 2;
      const scale = 1 / a;
      for (let j = 0; j < k; j++) z[j] = scale * expRand(rng) + lower;
      for (let j = 0; j < k; j++) u[j] = runif(rng, 0, 1);
      for (let j = 0; j < k; j++) {
        if (u[j] <= Math.exp(-((z[j] - a) * (z[j] - a)) / 2) && z[j] <= upper) out[pending[j]] = z[j];
        else next[kept++] = pending[j];
      }
    } else if (alg === 2) {
      const a = (-upper + Math.sqrt(upper * upper + 4)) / 2;
      const scale = 1 / a;
      for (let j = 0; j < k; j++) z[j] = scale * expRand(rng) - upper;
      for (let j = 0; j < k; j++) u[j] = runif(rng, 0, 1);
      for (let j = 0; j < k; j++) {
        if (u[j] <= Math.exp(-((z[j] - a) * (z[j] - a)) / 2) && z[j] <= -lower) out[pending[j]] = -z[j];
        else next[kept++] = pending[j];
      }
    } else {
      for (let j = 0; j < k; j++) z[j] = runif(rng, lower, upper);
      for (let j = 0; j < k; j++) u[j] = runif(rng, 0, 1);
      for (let j = 0; j < k; j++) {
        const zj = z[j];
        const rho =
          lower > 0
            ? Math.exp((lower * lower - zj * zj) / 2)
            : upper < 0
              ? Math.exp((upper * upper - zj * zj) / 2)
              : Math.exp((-zj * zj) / 2);
        if (u[j] <= rho) out[pending[j]] = zj;
        else next[kept++] = pending[j];
      }
    }
    const done = pending;
    pending = next;
    next = done;
    k = kept;
  }
  for (let i = 0; i < n; i++) out[i] = out[i] * sd + mean;
  return out;
}
