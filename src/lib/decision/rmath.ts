/**
 * R's random variate generators other than the normal (nmath), ported so that the same uniform stream
 * gives the same numbers as R 4.2. Sources (R 4.2.2, src/nmath): sexp.c (Ahrens & Dieter 1972), rbinom.c
 * (inversion branch for n·p < 30), runif.c, rlnorm.c, rweibull.c, rlogis.c, rgamma.c (Ahrens & Dieter
 * 1974/1982), rbeta.c (Cheng 1978), src/main/RNG.c (R_unif_index with sample.kind "Rejection").
 */

import { fillRnorm, normRand, rnorm, unifOpen } from "./random-normal.js";
import { type RandomSource, RRandom, wordToUnif } from "./rng.js";

/** One draw of runif(1, a, b). */
export function runif(rng: RandomSource, a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return NaN;
  if (a === b) return a;
  return a + (b - a) * unifOpen(rng);
}

// q[k-1] = sum_{i=1..k} log(2)^i / i!, k = 1..16 (R's sexp.c table).
const EXP_TABLE = [
  Math.LN2,
  0.9333736875190459,
  0.9888777961838675,
  0.998495925291496004,
  0.9998292811061389,
  0.9999833164100727,
  0.9999985508193843,
  0.9999998906925558,
  0.9999999924734159,
  0.9999999995283275,
  0.9999999999728814,
  0.9999999999985598,
  0.9999999999999289,
  0.9999999999999968,
  0.9999999999999999,
  1.0
];

/** R's exp_rand(): a standard exponential by Ahrens & Dieter (1972), algorithm SA. */
export function expRand(rng: RandomSource): number {
  const q = EXP_TABLE;
  let a = 0;
  let u = rng.unifRand();
  while (u <= 0 || u >= 1) u = rng.unifRand();
  for (;;) {
    u += u;
    if (u > 1) break;
    a += q[0];
  }
  u -= 1;
  if (u <= q[0]) return a + u;
  let i = 0;
  let ustar = rng.unifRand();
  let umin = ustar;
  do {
    ustar = rng.unifRand();
    if (umin > ustar) umin = ustar;
    i++;
  } while (u > q[i]);
  return a + umin * q[0];
}

/** One draw of rexp(1, rate): R computes scale·exp_rand() with scale = 1/rate. */
export function rexp(rng: RandomSource, rate = 1): number {
  const scale = 1 / rate;
  if (!Number.isFinite(scale) || scale <= 0) return scale === 0 ? 0 : NaN;
  return scale * expRand(rng);
}

/** `count` draws of rlnorm(1, meanlog, sdlog) into out[0..count), batched. */
export function fillRlnorm(rng: RandomSource, meanlog: number, sdlog: number, out: Float64Array, count: number): void {
  if (Number.isNaN(meanlog) || !Number.isFinite(sdlog) || sdlog < 0) {
    out.fill(NaN, 0, count);
    return;
  }
  fillRnorm(rng, meanlog, sdlog, out, count);
  for (let i = 0; i < count; i++) out[i] = Math.exp(out[i]);
}

/** One draw of rlnorm(1, meanlog, sdlog) = exp(rnorm). */
export function rlnorm(rng: RandomSource, meanlog: number, sdlog: number): number {
  if (Number.isNaN(meanlog) || !Number.isFinite(sdlog) || sdlog < 0) return NaN;
  return Math.exp(rnorm(rng, meanlog, sdlog));
}

/**
 * One draw of rbinom(1, 1, p): R's inversion branch with n = 1. p ∈ {0, 1} uses no draw; p outside
 * [0, 1] or NaN gives NaN (R warns "NAs produced") and uses no draw.
 */
export function rbernoulli(rng: RandomSource, p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const ps = Math.min(p, 1 - p);
  const q = 1 - ps;
  const r = ps / q;
  const g = r * 2; // r·(n+1) with n = 1
  for (;;) {
    let ix = 0;
    let f = q; // q^n
    let u = rng.unifRand();
    for (;;) {
      if (u < f) return p > 0.5 ? 1 - ix : ix;
      if (ix > 110) break;
      u -= f;
      ix++;
      f *= g / ix - r;
    }
  }
}

/**
 * `count` draws of rbernoulli(rng, p) into out[0..count): the same numbers in the same order as `count`
 * calls, with R's generator read block-wise (no call per draw).
 */
export function fillBernoulli(rng: RandomSource, p: number, out: Float64Array, count: number): void {
  if (!(rng instanceof RRandom) || Number.isNaN(p) || p <= 0 || p >= 1) {
    for (let i = 0; i < count; i++) out[i] = rbernoulli(rng, p);
    return;
  }
  const ps = Math.min(p, 1 - p);
  const q = 1 - ps;
  const r = ps / q;
  const g = r * 2;
  const flip = p > 0.5;
  // rbernoulli's first two steps: ix = 0 when u < q, ix = 1 when u − q < f₁ = q·(g/1 − r).
  const f1 = q * (g / 1 - r);
  const block = rng.block;
  const len = block.length;
  let pos = rng.pos;
  for (let i = 0; i < count; i++) {
    if (pos < len) {
      const u = wordToUnif(block[pos]);
      if (u < q) {
        out[i] = flip ? 1 : 0;
        pos++;
        continue;
      }
      if (u - q < f1) {
        out[i] = flip ? 0 : 1;
        pos++;
        continue;
      }
    }
    // rbernoulli's loop, drawing its uniforms straight from the block.
    draw: for (;;) {
      if (pos >= len) {
        rng.refill();
        pos = 0;
      }
      let u = wordToUnif(block[pos++]);
      let ix = 0;
      let f = q;
      for (;;) {
        if (u < f) {
          out[i] = flip ? 1 - ix : ix;
          break draw;
        }
        if (ix > 110) break;
        u -= f;
        ix++;
        f *= g / ix - r;
      }
    }
  }
  rng.pos = pos;
}

/** R_unif_index(dn) with sample.kind "Rejection": a uniform integer in [0, dn). */
export function unifIndex(rng: RandomSource, dn: number): number {
  if (dn <= 0) return 0;
  const bits = Math.ceil(Math.log2(dn));
  let dv: number;
  do {
    // rbits(bits): 16 bits per uniform, then mask.
    let v = 0n;
    for (let n = 0; n <= bits; n += 16) {
      const v1 = Math.floor(rng.unifRand() * 65536);
      v = 65536n * v + BigInt(v1);
    }
    dv = Number(v & ((1n << BigInt(bits)) - 1n));
  } while (dn <= dv);
  return dv;
}

/** sample.int(n, size, replace = TRUE): 1-based integers. */
export function sampleIntReplace(rng: RandomSource, n: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(unifIndex(rng, n) + 1);
  return out;
}

/** One draw of rweibull(1, shape, scale) = scale·(−log U)^(1/shape). */
export function rweibull(rng: RandomSource, shape: number, scale = 1): number {
  if (!Number.isFinite(shape) || !Number.isFinite(scale) || shape <= 0 || scale <= 0) return scale === 0 ? 0 : NaN;
  return scale * Math.pow(-Math.log(rng.unifRand()), 1 / shape);
}

/** One draw of rlogis(1, location, scale). */
export function rlogis(rng: RandomSource, location: number, scale: number): number {
  if (Number.isNaN(location) || !Number.isFinite(scale)) return NaN;
  if (scale === 0 || !Number.isFinite(location)) return location;
  const u = rng.unifRand();
  return location + scale * Math.log(u / (1 - u));
}

/** One draw of mc2d::rtriang(1, min, mode, max) = qtriang(runif(1)). */
export function rtriang(rng: RandomSource, min: number, mode: number, max: number): number {
  const p = rng.unifRand();
  return qtriang(p, min, mode, max);
}

/** mc2d::qtriang. */
export function qtriang(p: number, min: number, mode: number, max: number): number {
  if (min > mode || mode > max || min === max) return min === max && mode === min ? min : NaN;
  const split = (mode - min) / (max - min);
  return p <= split ? min + Math.sqrt(p * (max - min) * (mode - min)) : max - Math.sqrt((1 - p) * (max - min) * (max - mode));
}

/** R's rgamma(1, shape, scale) (Ahrens & Dieter GD for a ≥ 1, GS for a < 1). State is per call (as R's statics are only a cache). */
export function rgamma(rng: RandomSource, a: number, scale: number): number {
  const sqrt32 = 5.656854;
  const exp_m1 = 0.36787944117144233;
  const q1 = 0.04166669,
    q2 = 0.02083148,
    q3 = 0.00801191,
    q4 = 0.00144121,
    q5 = -7.388e-5,
    q6 = 2.4511e-4,
    q7 = 2.424e-4;
  const a1 = 0.3333333,
    a2 = -0.250003,
    a3 = 0.2000062,
    a4 = -0.1662921,
    a5 = 0.1423657,
    a6 = -0.1367177,
    a7 = 0.1233795;
  if (Number.isNaN(a) || Number.isNaN(scale)) return NaN;
  if (a <= 0 || scale <= 0) {
    if (scale === 0 || a === 0) return 0;
    return NaN;
  }
  if (!Number.isFinite(a) || !Number.isFinite(scale)) return Infinity;
  if (a < 1) {
    // GS algorithm for parameters a < 1
    const e = 1 + exp_m1 * a;
    let x: number;
    for (;;) {
      const p = e * rng.unifRand();
      if (p >= 1) {
        x = -Math.log((e - p) / a);
        if (expRand(rng) >= (1 - a) * Math.log(x)) break;
      } else {
        x = Math.exp(Math.log(p) / a);
        if (expRand(rng) >= x) break;
      }
    }
    return scale * x;
  }
  // Step 1: recalculations of s2, s, d if a has changed
  const s2 = a - 0.5;
  const s = Math.sqrt(s2);
  const d = sqrt32 - s * 12;
  // Step 2: t = standard normal deviate, x = (s,1/2)-normal deviate.
  let t = normRand(rng);
  let x = s + 0.5 * t;
  const retVal = x * x;
  if (t >= 0) return scale * retVal;
  // Step 3: u = 0,1 - uniform sample. squeeze acceptance (s)
  let u = rng.unifRand();
  if (d * u <= t * t * t) return scale * retVal;
  // Step 4: recalculations of q0, b, si, c if necessary
  const r = 1 / a;
  const q0 = ((((((q7 * r + q6) * r + q5) * r + q4) * r + q3) * r + q2) * r + q1) * r;
  let b: number, si: number, c: number;
  if (a <= 3.686) {
    b = 0.463 + s + 0.178 * s2;
    si = 1.235;
    c = 0.195 / s - 0.079 + 0.16 * s;
  } else if (a <= 13.022) {
    b = 1.654 + 0.0076 * s2;
    si = 1.68 / s + 0.275;
    c = 0.062 / s + 0.024;
  } else {
    b = 1.77;
    si = 0.75;
    c = 0.1515 / s;
  }
  let q: number, v: number, e: number, w: number;
  // Step 5: no quotient test if x not positive
  if (x > 0) {
    // Step 6: calculation of v and quotient q
    v = t / (s + s);
    if (Math.abs(v) <= 0.25) q = q0 + 0.5 * t * t * ((((((a7 * v + a6) * v + a5) * v + a4) * v + a3) * v + a2) * v + a1) * v;
    else q = q0 - s * t + 0.25 * t * t + (s2 + s2) * Math.log(1 + v);
    // Step 7: quotient acceptance (q)
    if (Math.log(1 - u) <= q) return scale * retVal;
  }
  for (;;) {
    // Step 8: e = standard exponential deviate, u = 0,1 -uniform deviate, t = (b,si)-double exponential (laplace) sample
    e = expRand(rng);
    u = rng.unifRand();
    u = u + u - 1;
    if (u < 0) t = b - si * e;
    else t = b + si * e;
    // Step 9: rejection if t < tau(1) = -0.71874483771719
    if (t >= -0.71874483771719) {
      // Step 10: calculation of v and quotient q
      v = t / (s + s);
      if (Math.abs(v) <= 0.25) q = q0 + 0.5 * t * t * ((((((a7 * v + a6) * v + a5) * v + a4) * v + a3) * v + a2) * v + a1) * v;
      else q = q0 - s * t + 0.25 * t * t + (s2 + s2) * Math.log(1 + v);
      // Step 11: hat acceptance (h) (if q not positive go to step 8)
      if (q > 0) {
        w = Math.expm1(q);
        // ^^^^^ original code had approximation with rel.err < 2e-7
        // if t is rejected sample again at step 8
        if (c * Math.abs(u) <= w * Math.exp(e - 0.5 * t * t)) break;
      }
    }
  }
  x = s + 0.5 * t;
  return scale * x * x;
}

/** R's rbeta(1, aa, bb) (Cheng 1978, algorithms BB and BC). */
export function rbeta(rng: RandomSource, aa: number, bb: number): number {
  const expmax = 709.782712893384; // DBL_MAX_EXP * M_LN2
  if (Number.isNaN(aa) || Number.isNaN(bb) || aa < 0 || bb < 0) return NaN;
  if (!Number.isFinite(aa) && !Number.isFinite(bb)) return 0.5;
  if (aa === 0 && bb === 0) return rng.unifRand() < 0.5 ? 0 : 1;
  if (!Number.isFinite(aa) || bb === 0) return 1;
  if (!Number.isFinite(bb) || aa === 0) return 0;
  const a = Math.min(aa, bb);
  const b = Math.max(aa, bb);
  const alpha = a + b;
  let v = 0,
    w = 0;
  let beta = 0;
  let u1 = 0;
  // R's v_w_from__u1_bet(AA) macro.
  const vw = (aa0: number) => {
    v = beta * Math.log(u1 / (1 - u1));
    if (v <= expmax) {
      w = aa0 * Math.exp(v);
      if (!Number.isFinite(w)) w = Number.MAX_VALUE;
    } else w = Number.MAX_VALUE;
  };
  let gamma: number, delta: number, k1: number, k2: number;
  let u2: number, z: number, r: number, s: number, y: number;
  let t = 0;
  if (a <= 1) {
    // Algorithm BC
    beta = 1 / a;
    delta = 1 + b - a;
    k1 = (delta * (0.0138889 + 0.0416667 * a)) / (b * beta - 0.777778);
    k2 = 0.25 + (0.5 + 0.25 / delta) * a;
    for (;;) {
      u1 = rng.unifRand();
      u2 = rng.unifRand();
      if (u1 < 0.5) {
        y = u1 * u2;
        z = u1 * y;
        if (0.25 * u2 + z - y >= k1) continue;
      } else {
        z = u1 * u1 * u2;
        if (z <= 0.25) {
          vw(b);
          break;
        }
        if (z >= k2) continue;
      }
      vw(b);
      if (alpha * (Math.log(alpha / (a + w)) + v) - 1.3862944 >= Math.log(z)) break;
    }
    return aa === a ? a / (a + w) : w / (a + w);
  }
  // Algorithm BB
  beta = Math.sqrt((alpha - 2) / (2 * a * b - alpha));
  gamma = a + 1 / beta;
  do {
    u1 = rng.unifRand();
    u2 = rng.unifRand();
    vw(a);
    z = u1 * u1 * u2;
    r = gamma * v - 1.3862944;
    s = a + r - w;
    if (s + 2.609438 >= 5 * z) break;
    t = Math.log(z);
    if (s > t) break;
  } while (r + alpha * Math.log(alpha / (b + w)) < t);
  return aa !== a ? b / (b + w) : w / (b + w);
}
