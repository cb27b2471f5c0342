/**
 * decisionSupport's model helpers (vv, chance_event, gompertz_yield, discount, temp_situations), bound to
 * one random stream. Semantics follow decisionSupport 1.115 (R/vv.R, R/chance_event.R,
 * R/gompertz_yield.R, R/discount.R, R/temp_situations.R); every random draw happens in the same order and
 * with the same sampler as in R, so a model run consumes the stream exactly as R's does.
 */
import { drawNormals } from "./random-normal.js";
import { fillBernoulli, rbernoulli, runif } from "./rmath.js";
import type { RandomSource } from "./rng.js";

export interface VvOptions {
  /** Absolute change of the mean per time step (R: absolute_trend). */
  absoluteTrend?: number;
  /** Relative change of the mean per time step, in percent (R: relative_trend). */
  relativeTrend?: number;
  /** Values below are raised to this limit (R: lower_limit). */
  lowerLimit?: number;
  /** Values above are lowered to this limit (R: upper_limit). */
  upperLimit?: number;
}

export interface ChanceEventOptions {
  /** Coefficient of variation (%) of valueIf when it is drawn as a series (R: CV_if). */
  cvIf?: number;
  /** Coefficient of variation (%) of valueIfNot (R: CV_if_not, default cvIf). */
  cvIfNot?: number;
  /** One occurrence draw for the whole series (R: one_draw). */
  oneDraw?: boolean;
}

export interface GompertzOptions {
  maxHarvest: number;
  timeToFirstYield: number;
  timeToSecondYield: number;
  firstYieldPercent: number;
  secondYieldPercent: number;
  nYears: number;
  /** Coefficient of variation (%) applied to each year's yield (R: var_CV, default 0). */
  varCV?: number;
  /** Years before timeToFirstYield yield 0 (R: no_yield_before_first_estimate, default true). */
  noYieldBeforeFirst?: boolean;
}

export interface TempSituationsOptions {
  normalOutcome?: number;
  situationOutcome?: number;
  varCvNormal?: number;
  varCvSituation?: number;
}

/** What a model receives as `h`: the helpers, all drawing from the run's random stream. */
export interface ModelHelpers {
  vv(mean: number | number[], cv: number, n: number, opts?: VvOptions): number[];
  chanceEvent(chance: number, valueIf?: number | number[], valueIfNot?: number | number[], n?: number, opts?: ChanceEventOptions): number[];
  gompertzYield(o: GompertzOptions): number[];
  discount(x: number[], rate: number, calculateNpv?: false): number[];
  discount(x: number[], rate: number, calculateNpv: true): number;
  discount(x: number[], rate: number, calculateNpv?: boolean): number[] | number;
  tempSituations(n: number, pOccurrence: number, pResolution: number, opts?: TempSituationsOptions): number[];
  /** R's rnorm(n, mean, sd) on the run's stream. */
  rnorm(n: number, mean?: number, sd?: number): number[];
  /** R's runif(n, min, max) on the run's stream. */
  runif(n: number, min?: number, max?: number): number[];
  /** R's rbinom(n, 1, p) on the run's stream. */
  rbinom(n: number, p: number): number[];
}

function count(n: number, what: string): number {
  if (!Number.isFinite(n) || n < 0) throw new Error(`${what} must be a non-negative number, got ${n}`);
  return Math.trunc(n);
}

// Scratch buffers (module-level, grown on demand) so that a model run allocates only the arrays the
// helpers return. The helpers never call back into user code, so no buffer is used twice at a time.
let scratchMean = new Float64Array(64);
let scratchSd = new Float64Array(64);
let scratchOccurrence = new Float64Array(64);
const scratchIf: number[] = [];
const scratchIfNot: number[] = [];

function growScratch(n: number): void {
  if (scratchMean.length >= n) return;
  const size = Math.max(n, 2 * scratchMean.length);
  scratchMean = new Float64Array(size);
  scratchSd = new Float64Array(size);
  scratchOccurrence = new Float64Array(size);
}

/** Whether R's rnorm(1, mu, sigma) draws from the stream: sigma > 0 and both finite. */
function rnormDraws(mu: number, sigma: number): boolean {
  return sigma > 0 && sigma < Infinity && mu > -Infinity && mu < Infinity;
}

/** rnorm(1, mu, sigma) when it does not draw: NaN for bad parameters, else mu (sigma = 0 or infinite mu). */
function rnormWithoutDraw(mu: number, sigma: number): number {
  return Number.isNaN(mu) || !Number.isFinite(sigma) || sigma < 0 ? NaN : mu;
}

/** vv's lower limit: none (−Infinity) when missing or NaN. */
function lowerLimitOf(limit: number | undefined): number {
  return limit === undefined || Number.isNaN(limit) ? -Infinity : limit;
}

/** vv's upper limit: none (Infinity) when missing or NaN. */
function upperLimitOf(limit: number | undefined): number {
  return limit === undefined || Number.isNaN(limit) ? Infinity : limit;
}

/**
 * out[i] = rnorm(1, mu, sigma) clamped to [lower, upper] for i < size: R's rnorm(size, mu, sigma) (the
 * draws in one batch, or none when sigma is 0 or mu infinite), then vv's `x[x < lower] <- lower` and the
 * same for the upper limit (±Infinity: no limit). Small, so that V8 inlines it into vv.
 */
function rnormConstant(rng: RandomSource, mu: number, sigma: number, size: number, lower: number, upper: number, out: number[]): void {
  if (rnormDraws(mu, sigma)) {
    const z = drawNormals(rng, size);
    for (let i = 0; i < size; i++) {
      let v = mu + sigma * z[i];
      v = v < lower ? lower : v;
      out[i] = v > upper ? upper : v;
    }
  } else {
    let v = rnormWithoutDraw(mu, sigma);
    v = v < lower ? lower : v;
    v = v > upper ? upper : v;
    for (let i = 0; i < size; i++) out[i] = v;
  }
}

/** How many of rnorm(1, means[i], sds[i]), i < size, draw from the stream. */
function countDraws(means: Float64Array, sds: Float64Array, size: number): number {
  let draws = 0;
  for (let i = 0; i < size; i++) if (rnormDraws(means[i], sds[i])) draws++;
  return draws;
}

/**
 * out[i] = rnorm(1, means[i], sds[i]) clamped to [lower, upper], for i < size: R's vectorised rnorm,
 * element by element in order (elements with sd 0 or an infinite mean use no draw), then the limits.
 */
function rnormVector(
  rng: RandomSource,
  means: Float64Array,
  sds: Float64Array,
  size: number,
  lower: number,
  upper: number,
  out: number[],
  draws = countDraws(means, sds, size)
): void {
  const z = draws > 0 ? drawNormals(rng, draws) : scratchSd;
  if (draws === size) {
    for (let i = 0; i < size; i++) {
      let v = means[i] + sds[i] * z[i];
      v = v < lower ? lower : v;
      out[i] = v > upper ? upper : v;
    }
    return;
  }
  let j = 0;
  for (let i = 0; i < size; i++) {
    const mu = means[i];
    const sigma = sds[i];
    let v = rnormDraws(mu, sigma) ? mu + sigma * z[j++] : rnormWithoutDraw(mu, sigma);
    v = v < lower ? lower : v;
    out[i] = v > upper ? upper : v;
  }
}

/**
 * powers[i] = x^i for i = 0..n−1, correctly rounded, as R's `x^(0:(n-1))` gives them: R calls the C
 * library's pow(), which on Linux (glibc) is correctly rounded. V8's Math.pow is fdlibm's and is one unit
 * in the last place off in ≈ 9 % of such calls (x near 1, i ≤ 40), and costs ≈ 40 ns.
 * Compensated powers (Graillat, "Accurate floating-point product and exponentiation", IEEE Trans.
 * Computers 58(7), 2009): P_i = fl(P_(i−1)·x) and the exact rounding error of each product (Dekker's
 * split) carried in E_i, so P_i + E_i is x^i to ≈ 2^−100 and fl(P_i + E_i) its correct rounding (equal to
 * exact BigInt powers in 8.2 million checked cases). Outside the range where the split is safe, Math.pow.
 */
function powersInto(x: number, n: number, powers: Float64Array): void {
  if (n <= 0) return;
  powers[0] = 1;
  if (!(Math.abs(x) > 1e-150 && Math.abs(x) < 1e150)) {
    for (let i = 1; i < n; i++) powers[i] = Math.pow(x, i);
    return;
  }
  const SPLIT = 134217729; // 2^27 + 1
  const cx = SPLIT * x;
  const xh = cx - (cx - x);
  const xl = x - xh;
  let p = 1;
  let e = 0;
  for (let i = 1; i < n; i++) {
    const cp = SPLIT * p;
    const ph = cp - (cp - p);
    const pl = p - ph;
    const product = p * x;
    // p·x − fl(p·x), exactly (Dekker), plus the carried error times x.
    e = ph * xh - product + ph * xl + pl * xh + pl * xl + e * x;
    p = product;
    if (!(Math.abs(p) > 1e-150 && Math.abs(p) < 1e150)) {
      for (let k = i; k < n; k++) powers[k] = Math.pow(x, k);
      return;
    }
    powers[i] = p + e;
  }
}

/**
 * vv with a trend or recycled means, into out[0..size): means rep(var_mean, n) (element i uses mean
 * i mod k) plus the absolute trend a·i or times the relative growth (1 + r/100)^i, sd |mean·CV/100|.
 */
function vvTrend(
  rng: RandomSource,
  varMean: number | number[],
  varCV: number,
  size: number,
  absoluteTrend: number | undefined,
  relativeTrend: number | undefined,
  lower: number,
  upper: number,
  out: number[]
): void {
  const hasAbs = absoluteTrend !== undefined && !Number.isNaN(absoluteTrend);
  const hasRel = relativeTrend !== undefined && !Number.isNaN(relativeTrend);
  if (hasAbs && hasRel)
    throw new Error("vv: both absoluteTrend and relativeTrend given; R's vv fails with \"object 'annual_means' not found\"");
  growScratch(size);
  const means = scratchMean;
  const sds = scratchSd;
  let draws = 0;
  if (typeof varMean === "number" && hasRel) {
    powersInto(1 + relativeTrend! / 100, size, sds);
    for (let i = 0; i < size; i++) {
      const mu = varMean * sds[i];
      const sigma = Math.abs((mu * varCV) / 100);
      means[i] = mu;
      sds[i] = sigma;
      if (rnormDraws(mu, sigma)) draws++;
    }
  } else if (typeof varMean === "number") {
    for (let i = 0; i < size; i++) {
      const mu = varMean + absoluteTrend! * i;
      const sigma = Math.abs((mu * varCV) / 100);
      means[i] = mu;
      sds[i] = sigma;
      if (rnormDraws(mu, sigma)) draws++;
    }
  } else {
    const k = varMean.length;
    if (k === 0) {
      for (let i = 0; i < size; i++) out[i] = NaN;
      return;
    }
    for (let i = 0; i < size; i++) means[i] = varMean[i % k];
    if (hasRel) {
      powersInto(1 + relativeTrend! / 100, size, sds);
      for (let i = 0; i < size; i++) means[i] = means[i] * sds[i];
    } else if (hasAbs) {
      for (let i = 0; i < size; i++) means[i] = means[i] + absoluteTrend! * i;
    }
    for (let i = 0; i < size; i++) sds[i] = Math.abs((means[i] * varCV) / 100);
    draws = countDraws(means, sds, size);
  }
  rnormVector(rng, means, sds, size, lower, upper, out, draws);
}

/**
 * R's vv(var_mean, var_CV, n, absolute_trend, relative_trend, lower_limit, upper_limit): a series of n
 * normal values around the (trended) means with sd |mean·CV/100|. Means are recycled as R recycles them;
 * a zero sd returns the mean and uses no random number.
 */
export function vv(rng: RandomSource, varMean: number | number[], varCV: number, n: number, opts: VvOptions = {}): number[] {
  const size = count(n, "vv: n");
  const out = new Array<number>(size);
  const absoluteTrend = opts.absoluteTrend;
  const relativeTrend = opts.relativeTrend;
  const lower = lowerLimitOf(opts.lowerLimit);
  const upper = upperLimitOf(opts.upperLimit);
  if (
    typeof varMean === "number" &&
    (absoluteTrend === undefined || Number.isNaN(absoluteTrend)) &&
    (relativeTrend === undefined || Number.isNaN(relativeTrend))
  )
    rnormConstant(rng, varMean, Math.abs((varMean * varCV) / 100), size, lower, upper, out);
  else vvTrend(rng, varMean, varCV, size, absoluteTrend, relativeTrend, lower, upper, out);
  return out;
}

/**
 * R's chance_event(chance, value_if, value_if_not, n, CV_if, CV_if_not, one_draw): occurrence·value_if +
 * (1 − occurrence)·value_if_not. Scalar values with n > 1 are first varied with vv (value_if, then
 * value_if_not); then one Bernoulli draw per element (or a single one with oneDraw).
 */
export function chanceEvent(
  rng: RandomSource,
  chance: number,
  valueIf: number | number[] = 1,
  valueIfNot: number | number[] = 0,
  n = 1,
  opts: ChanceEventOptions = {}
): number[] {
  const ifLength = typeof valueIf === "number" ? 1 : valueIf.length;
  const ifNotLength = typeof valueIfNot === "number" ? 1 : valueIfNot.length;
  if (ifLength !== ifNotLength) throw new Error("chanceEvent: valueIf and valueIfNot are not of the same length");
  let ifValues: number[];
  let ifNotValues: number[];
  let len = ifLength;
  if (ifLength === 1 && n > 1) {
    const cvIf = opts.cvIf ?? 0;
    const cvIfNot = opts.cvIfNot ?? cvIf;
    len = count(n, "vv: n");
    ifValues = scratchIf;
    ifNotValues = scratchIfNot;
    const ifMean = typeof valueIf === "number" ? valueIf : valueIf[0];
    const ifNotMean = typeof valueIfNot === "number" ? valueIfNot : valueIfNot[0];
    rnormConstant(rng, ifMean, Math.abs((ifMean * cvIf) / 100), len, -Infinity, Infinity, ifValues);
    rnormConstant(rng, ifNotMean, Math.abs((ifNotMean * cvIfNot) / 100), len, -Infinity, Infinity, ifNotValues);
  } else {
    ifValues = typeof valueIf === "number" ? [valueIf] : valueIf;
    ifNotValues = typeof valueIfNot === "number" ? [valueIfNot] : valueIfNot;
  }
  const out = new Array<number>(len);
  if (opts.oneDraw) {
    const occ = rbernoulli(rng, chance);
    for (let i = 0; i < len; i++) out[i] = occ * ifValues[i] + (1 - occ) * ifNotValues[i];
  } else {
    // One Bernoulli draw per element, in element order (combining the values draws nothing).
    growScratch(len);
    const occurrence = scratchOccurrence;
    fillBernoulli(rng, chance, occurrence, len);
    for (let i = 0; i < len; i++) {
      const occ = occurrence[i];
      out[i] = occ * ifValues[i] + (1 - occ) * ifNotValues[i];
    }
  }
  return out;
}

/**
 * R's gompertz_yield: y_t = a·exp(−b·exp(−c·t)) through the two points (t1, p1·a) and (t2, p2·a), each
 * year varied by vv(y_t, varCV, 1) in year order; years 1..min(nYears, t1 − 1) set to 0 afterwards.
 */
export function gompertzYield(rng: RandomSource, o: GompertzOptions): number[] {
  const a = o.maxHarvest;
  const t1 = o.timeToFirstYield;
  let t2 = o.timeToSecondYield;
  let p1 = o.firstYieldPercent / 100;
  let p2 = o.secondYieldPercent / 100;
  if (p1 > 0.999) p1 = 0.999;
  if (p1 < 0.001) p1 = 0.001;
  if (p2 > 0.999) p2 = 0.999;
  if (p2 < 0.001) p2 = 0.001;
  if (t1 === t2) t2 = t1 + 1;
  const nYears = count(o.nYears, "gompertzYield: nYears");
  const shape = gompertzShape(t1, t2, p1, p2, nYears);
  const varCV = o.varCV ?? 0;
  const out = new Array<number>(nYears);
  if (varCV === 0 && Number.isFinite(a)) {
    // sd 0 and a finite mean: rnorm returns the mean and draws nothing.
    for (let t = 0; t < nYears; t++) out[t] = a * shape[t];
  } else {
    growScratch(nYears);
    const ideal = scratchMean;
    const sds = scratchSd;
    for (let t = 0; t < nYears; t++) {
      ideal[t] = a * shape[t];
      sds[t] = Math.abs((ideal[t] * varCV) / 100);
    }
    // One rnorm per year in year order (vv(y_t, varCV, 1) each): the same draws as one vectorised rnorm.
    rnormVector(rng, ideal, sds, nYears, -Infinity, Infinity, out);
  }
  if ((o.noYieldBeforeFirst ?? true) && t1 > 1 && nYears > 0) {
    // R: y[1:min(n_years, t1 - 1)] <- 0; 1:m counts down to 1 when m < 1.
    const m = Math.min(nYears, t1 - 1);
    const last = Math.max(1, Math.floor(m));
    for (let i = 0; i < last; i++) out[i] = 0;
  }
  return out;
}

// exp(−b·exp(−c·t)) for t = 1..n, with c = ln(ln p2 / ln p1)/(t1 − t2) and b = −ln p1 / exp(−c·t1);
// cached for the last curve because models usually keep its shape constant and vary only the maximum.
const shapeArgs = [NaN, NaN, NaN, NaN, NaN];
let shapeCache = new Float64Array(0);
function gompertzShape(t1: number, t2: number, p1: number, p2: number, n: number): Float64Array {
  const k = shapeArgs;
  if (t1 !== k[0] || t2 !== k[1] || p1 !== k[2] || p2 !== k[3] || n !== k[4]) {
    const c = Math.log(Math.log(p2) / Math.log(p1)) / (t1 - t2);
    const b = -Math.log(p1) / Math.exp(-c * t1);
    shapeCache = new Float64Array(n);
    for (let i = 0; i < n; i++) shapeCache[i] = Math.exp(-b * Math.exp(-c * (i + 1)));
    k[0] = t1;
    k[1] = t2;
    k[2] = p1;
    k[3] = p2;
    k[4] = n;
  }
  return shapeCache;
}

/** R's discount(x, discount_rate, calculate_NPV): x_t / (1 + r/100)^(t−1); the first element is undiscounted. */
export function discount(x: number[], rate: number, calculateNpv?: false): number[];
export function discount(x: number[], rate: number, calculateNpv: true): number;
export function discount(x: number[], rate: number, calculateNpv?: boolean): number[] | number;
export function discount(x: number[], rate: number, calculateNpv = false): number[] | number {
  const factors = discountFactors(1 + rate / 100, x.length);
  if (calculateNpv) {
    // Σ x_t / f_t with compensation (R's sum accumulates in long double): c collects the exact rounding
    // error of every addition, by Knuth's branch-free TwoSum (the same error Neumaier's |sum| ≥ |v| test
    // picks a formula for; a branch that depends on the data is mispredicted often).
    let sum = 0;
    let c = 0;
    for (let t = 0; t < x.length; t++) {
      const v = x[t] / factors[t];
      const u = sum + v;
      const bv = u - sum;
      c += sum - (u - bv) + (v - bv);
      sum = u;
    }
    return sum + c;
  }
  const out = new Array<number>(x.length);
  for (let t = 0; t < x.length; t++) out[t] = x[t] / factors[t];
  return out;
}

// (1 + r/100)^t for t = 0..n−1 (correctly rounded, see powersInto), cached for the last base: models
// discount every run at the same rate.
let cachedBase = NaN;
let cachedFactors = new Float64Array(0);
function discountFactors(base: number, n: number): Float64Array {
  if (!(base === cachedBase) || cachedFactors.length < n) {
    cachedFactors = new Float64Array(Math.max(n, 64));
    powersInto(base, cachedFactors.length, cachedFactors);
    cachedBase = base;
  }
  return cachedFactors;
}

/**
 * R's temp_situations(n, p_occurrence, p_resolution, normal_outcome, situation_outcome, var_CV_normal,
 * var_CV_situation), including its quirk: a year after a situation with no new occurrence stays in the
 * situation only when the resolution draw is 1.
 */
export function tempSituations(
  rng: RandomSource,
  n: number,
  pOccurrence: number,
  pResolution: number,
  opts: TempSituationsOptions = {}
): number[] {
  const size = count(n, "tempSituations: n");
  const occurrence = new Array<number>(size);
  const resolved = new Array<number>(size);
  for (let i = 0; i < size; i++) occurrence[i] = rbernoulli(rng, pOccurrence);
  for (let i = 0; i < size; i++) resolved[i] = rbernoulli(rng, pResolution);
  for (let i = 1; i < size; i++) {
    if (occurrence[i] === 0 && occurrence[i - 1] === 1) occurrence[i] = resolved[i] === 1 ? 1 : 0;
  }
  const normalIdx: number[] = [];
  const situationIdx: number[] = [];
  occurrence.forEach((o, i) => (o === 0 ? normalIdx : situationIdx).push(i));
  const out = occurrence.slice();
  const normal = vv(rng, opts.normalOutcome ?? 1, opts.varCvNormal ?? 0, normalIdx.length);
  normalIdx.forEach((i, k) => (out[i] = normal[k]));
  const situation = vv(rng, opts.situationOutcome ?? 0, opts.varCvSituation ?? 0, situationIdx.length);
  situationIdx.forEach((i, k) => (out[i] = situation[k]));
  return out;
}

/** The helpers bound to one random stream: what `h` is inside a model. */
export function bindHelpers(rng: RandomSource): ModelHelpers {
  return {
    vv: (mean, cv, n, opts) => vv(rng, mean, cv, n, opts),
    chanceEvent: (chance, valueIf, valueIfNot, n, opts) => chanceEvent(rng, chance, valueIf, valueIfNot, n, opts),
    gompertzYield: (o) => gompertzYield(rng, o),
    discount: ((x: number[], rate: number, calculateNpv?: boolean) => discount(x, rate, calculateNpv)) as ModelHelpers["discount"],
    tempSituations: (n, pOccurrence, pResolution, opts) => tempSituations(rng, n, pOccurrence, pResolution, opts),
    rnorm: (n, mean = 0, sd = 1) => {
      const size = count(n, "rnorm: n");
      growScratch(size);
      scratchMean.fill(mean, 0, size);
      scratchSd.fill(sd, 0, size);
      const out = new Array<number>(size);
      rnormVector(rng, scratchMean, scratchSd, size, -Infinity, Infinity, out);
      return out;
    },
    runif: (n, min = 0, max = 1) => Array.from({ length: count(n, "runif: n") }, () => runif(rng, min, max)),
    rbinom: (n, p) => Array.from({ length: count(n, "rbinom: n") }, () => rbernoulli(rng, p))
  };
}
