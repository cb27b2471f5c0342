/**
 * R's distribution functions and random variate generators (nmath), ported so that the same uniform
 * stream gives the same numbers as R 4.2.
 *
 * Sources (R 4.2.2, src/nmath): qnorm.c (Wichura's AS241), pnorm.c (Cody 1993), snorm.c (INVERSION),
 * sexp.c (Ahrens & Dieter 1972), rbinom.c (inversion branch for n·p < 30), runif.c, rlnorm.c,
 * rweibull.c, rlogis.c, rgamma.c (Ahrens & Dieter 1974/1982), rbeta.c (Cheng 1978), src/main/RNG.c
 * (R_unif_index with sample.kind "Rejection").
 */
import { type RandomSource, RRandom, WASM_MAX_COUNT, wordToUnif } from "./rng.js";

export const M_1_SQRT_2PI = 0.398942280401432677939946059934;
const M_SQRT_32 = 5.65685424949238019520675489683879231;
const DBL_EPSILON = 2.220446049250313e-16;
/** qnorm(0.95): the 95 % critical value decisionSupport uses to turn a 90 % interval into a sd. */
export const C95 = 1.6448536269514722;

/** Quantile of the normal distribution (R's qnorm, lower tail, AS241). */
export function qnorm(p: number, mu = 0, sigma = 1): number {
  if (Number.isNaN(p) || Number.isNaN(mu) || Number.isNaN(sigma)) return NaN;
  if (p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (sigma < 0) return NaN;
  if (sigma === 0) return mu;
  return mu + sigma * qnormStd(p);
}

/** Standard normal quantile for 0 < p < 1 (AS241), without argument checks: the sampler's hot path. */
function qnormStd(p: number): number {
  const q = p - 0.5;
  return Math.abs(q) <= 0.425 ? qnormCentral(q) : qnormTail(p, q);
}

// AS241 is split in a small central part (85 % of normal draws) and the tails so that V8 inlines the
// central part into the samplers' loops (a function over its bytecode limit is always called, and every
// call returning a double allocates a boxed number). The arithmetic is R's, operation for operation.

/** AS241 for |q| ≤ 0.425, q = p − 0.5: a rational function of r = 0.180625 − q². */
function qnormCentral(q: number): number {
  const r = 0.180625 - q * q;
  return (
    (q *
      (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
        13731.693765509461125) *
        r +
        1971.5909503065514427) *
        r +
        133.14166789178437745) *
        r +
        3.387132872796366608)) /
    (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
      5394.1960214247511077) *
      r +
      687.1870074920579083) *
      r +
      42.313330701600911252) *
      r +
      1)
  );
}

/** AS241 for |q| > 0.425: rational functions of r = sqrt(−log(min(p, 1 − p))). */
function qnormTail(p: number, q: number): number {
  let r = q < 0 ? p : 0.5 - p + 0.5;
  r = Math.sqrt(-Math.log(r));
  let val: number;
  if (r <= 5) {
    r += -1.6;
    val =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r += -5;
    val =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -val : val;
}

const PN_A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const PN_B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const PN_C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
  11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8
];
const PN_D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266,
  38912.003286093271411, 19685.429676859990727
];
const PN_P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303
];
const PN_Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

/** Standard normal lower-tail probability, R's pnorm_both(x, i_tail = 0) (Cody's algorithm). */
function pnormStd(x: number): number {
  const y = Math.abs(x);
  let xnum: number;
  let xden: number;
  let temp: number;
  if (y <= 0.67448975) {
    if (y > DBL_EPSILON * 0.5) {
      const xsq = x * x;
      xnum = PN_A[4] * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i++) {
        xnum = (xnum + PN_A[i]) * xsq;
        xden = (xden + PN_B[i]) * xsq;
      }
    } else {
      xnum = xden = 0;
    }
    temp = (x * (xnum + PN_A[3])) / (xden + PN_B[3]);
    return 0.5 + temp;
  }
  let cum: number;
  if (y <= M_SQRT_32) {
    xnum = PN_C[8] * y;
    xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + PN_C[i]) * y;
      xden = (xden + PN_D[i]) * y;
    }
    temp = (xnum + PN_C[7]) / (xden + PN_D[7]);
    const xsq = Math.trunc(y * 16) / 16;
    const del = (y - xsq) * (y + xsq);
    cum = Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp;
  } else if (-37.5193 < x && x < 8.2924) {
    const xsq1 = 1 / (x * x);
    xnum = PN_P[5] * xsq1;
    xden = xsq1;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + PN_P[i]) * xsq1;
      xden = (xden + PN_Q[i]) * xsq1;
    }
    temp = (xsq1 * (xnum + PN_P[4])) / (xden + PN_Q[4]);
    temp = (M_1_SQRT_2PI - temp) / y;
    const xsq = Math.trunc(x * 16) / 16;
    const del = (x - xsq) * (x + xsq);
    cum = Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp;
  } else {
    return x > 0 ? 1 : 0;
  }
  // cum is the tail beyond |x|; swap for positive x as R's swap_tail does.
  return x > 0 ? 1 - cum : cum;
}

/** Normal distribution function P(X ≤ q), R's pnorm(q, mean, sd). */
export function pnorm(q: number, mean = 0, sd = 1): number {
  if (Number.isNaN(q) || Number.isNaN(mean) || Number.isNaN(sd)) return NaN;
  if (!Number.isFinite(q) && mean === q) return NaN;
  if (sd <= 0) {
    if (sd < 0) return NaN;
    return q < mean ? 0 : 1;
  }
  const p = (q - mean) / sd;
  if (!Number.isFinite(p)) return q < mean ? 0 : 1;
  return pnormStd(p);
}

/** Normal density, R's dnorm(x, mean, sd). */
export function dnorm(x: number, mean = 0, sd = 1): number {
  if (Number.isNaN(x) || Number.isNaN(mean) || Number.isNaN(sd)) return NaN;
  if (sd < 0) return NaN;
  if (!Number.isFinite(sd)) return 0;
  if (sd === 0) return x === mean ? Infinity : 0;
  const z = (x - mean) / sd;
  if (!Number.isFinite(z)) return 0;
  const a = Math.abs(z);
  if (a >= 2 * Math.sqrt(Number.MAX_VALUE)) return 0;
  if (a < 5) return (M_1_SQRT_2PI * Math.exp(-0.5 * a * a)) / sd;
  if (a > Math.sqrt(-2 * Math.LN2 * (-1074 + 1 - 1024))) return 0; // R's underflow bound
  // R splits x² into a 16-bit-exact part and a remainder for accuracy in the tail.
  const x1 = Math.round(a * 65536) / 65536;
  const x2 = a - x1;
  return (M_1_SQRT_2PI / sd) * (Math.exp(-0.5 * x1 * x1) * Math.exp((-0.5 * x2 - x1) * x2));
}

/** Uniform in (0, 1), guarded as R's runif does against a source returning the bounds. */
function unifOpen(rng: RandomSource): number {
  let u: number;
  do u = rng.unifRand();
  while (u <= 0 || u >= 1);
  return u;
}

/** R's norm_rand() with normal.kind "Inversion": two uniforms per normal. */
export function normRand(rng: RandomSource): number {
  const BIG = 134217728; // 2^27
  let u = rng.unifRand();
  u = Math.trunc(BIG * u) + rng.unifRand();
  return qnormStd(u / BIG);
}

/**
 * `count` draws of norm_rand() into out[0..count), the same numbers in the same order as `count` calls of
 * normRand(rng). Most of a normal's cost in JavaScript is overhead around the arithmetic (a call and a
 * boxed number per uniform and per quantile), so with R's generator this reads the block of tempered
 * words directly, see fillNormRandMt.
 */
export function fillNormRand(rng: RandomSource, out: Float64Array, count: number): void {
  if (rng instanceof RRandom) fillNormRandMt(rng, out, count);
  else for (let i = 0; i < count; i++) out[i] = normRand(rng);
}

let normalsScratch = new Float64Array(64);

/**
 * `count` draws of norm_rand(), returned in the first `count` slots of a buffer that is only valid until
 * the next draw from any generator (it may be the WebAssembly core's result buffer): saves the copy of
 * fillNormRand for callers that use the normals at once.
 */
export function drawNormals(rng: RandomSource, count: number): Float64Array {
  if (rng instanceof RRandom && rng.wasm && count <= WASM_MAX_COUNT) {
    rng.pos = rng.wasm.normals(rng.pos, count);
    return rng.wasm.results;
  }
  if (normalsScratch.length < count) normalsScratch = new Float64Array(Math.max(count, 2 * normalsScratch.length));
  fillNormRand(rng, normalsScratch, count);
  return normalsScratch;
}

/** Probabilities of the normals being drawn, in chunks (see fillNormRandMt). */
const probabilities = new Float64Array(256);

/**
 * Normals from R's Mersenne-Twister: the WebAssembly core (rng.wat) when there is one, else in
 * JavaScript, the same three passes over chunks of up to 256:
 * 1. p = (⌊2²⁷·U₁⌋ + U₂)/2²⁷ from two words, where ⌊2²⁷·U₁⌋ = word₁ >>> 5 exactly (U₁ = word₁·2⁻³², and
 *    a zero word's fix-up value 2⁻³³ also floors to 0), so the number is bit-identical to normRand's;
 * 2. AS241's central rational function for every p (branch-free, so consecutive draws overlap in the CPU);
 * 3. the tails (|p − ½| > 0.425, 15 % of draws) recomputed with their own formula.
 */
function fillNormRandMt(rng: RRandom, out: Float64Array, count: number): void {
  const wasm = rng.wasm;
  if (wasm) {
    const results = wasm.results;
    for (let start = 0; start < count; start += WASM_MAX_COUNT) {
      const m = Math.min(WASM_MAX_COUNT, count - start);
      rng.pos = wasm.normals(rng.pos, m);
      for (let i = 0; i < m; i++) out[start + i] = results[i];
    }
    return;
  }
  const BIG = 134217728; // 2^27
  const block = rng.block;
  const len = block.length;
  const p = probabilities;
  for (let start = 0; start < count; start += p.length) {
    const m = Math.min(p.length, count - start);
    let pos = rng.pos;
    for (let i = 0; i < m; i++) {
      if (pos >= len) {
        rng.refill();
        pos = 0;
      }
      const word1 = block[pos++];
      if (pos >= len) {
        rng.refill();
        pos = 0;
      }
      p[i] = ((word1 >>> 5) + wordToUnif(block[pos++])) / BIG;
    }
    rng.pos = pos;
    for (let i = 0; i < m; i++) out[start + i] = qnormCentral(p[i] - 0.5);
    for (let i = 0; i < m; i++) {
      const q = p[i] - 0.5;
      if (!(Math.abs(q) <= 0.425)) out[start + i] = qnormTail(p[i], q);
    }
  }
}

/** One draw of rnorm(1, mu, sigma). sigma = 0 returns mu without using the stream, as R does. */
export function rnorm(rng: RandomSource, mu: number, sigma: number): number {
  if (Number.isNaN(mu) || !Number.isFinite(sigma) || sigma < 0) return NaN;
  if (sigma === 0 || !Number.isFinite(mu)) return mu;
  return mu + sigma * normRand(rng);
}

/** `count` draws of rnorm(1, mu, sigma) into out[0..count) (R's rnorm(count, mu, sigma)), batched. */
export function fillRnorm(rng: RandomSource, mu: number, sigma: number, out: Float64Array, count: number): void {
  if (Number.isNaN(mu) || !Number.isFinite(sigma) || sigma < 0 || sigma === 0 || !Number.isFinite(mu)) {
    out.fill(rnorm(rng, mu, sigma), 0, count); // no draw: NaN or mu
    return;
  }
  fillNormRand(rng, out, count);
  for (let i = 0; i < count; i++) out[i] = mu + sigma * out[i];
}

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
