/**
 * decisionSupport's model helpers (vv, chance_event, gompertz_yield, discount, temp_situations), bound to
 * one random stream. Semantics follow decisionSupport 1.115 (R/vv.R, R/chance_event.R,
 * R/gompertz_yield.R, R/discount.R, R/temp_situations.R); every random draw happens in the same order and
 * with the same sampler as in R, so a model run consumes the stream exactly as R's does.
 */
import { rbernoulli, rnorm, runif } from "./rmath.js";
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

function toArray(value: number | number[]): number[] {
  return typeof value === "number" ? [value] : value;
}

function count(n: number, what: string): number {
  if (!Number.isFinite(n) || n < 0) throw new Error(`${what} must be a non-negative number, got ${n}`);
  return Math.trunc(n);
}

/**
 * R's vv(var_mean, var_CV, n, absolute_trend, relative_trend, lower_limit, upper_limit): a series of n
 * normal values around the (trended) means with sd |mean·CV/100|. Means are recycled as R recycles them;
 * a zero sd returns the mean and uses no random number.
 */
export function vv(rng: RandomSource, varMean: number | number[], varCV: number, n: number, opts: VvOptions = {}): number[] {
  const size = count(n, "vv: n");
  const hasAbs = opts.absoluteTrend !== undefined && !Number.isNaN(opts.absoluteTrend);
  const hasRel = opts.relativeTrend !== undefined && !Number.isNaN(opts.relativeTrend);
  if (hasAbs && hasRel) throw new Error("vv: both absoluteTrend and relativeTrend given; R's vv fails with \"object 'annual_means' not found\"");
  const out = new Array<number>(size);
  const means0 = typeof varMean === "number" ? null : varMean;
  const k = means0 ? means0.length : 1;
  if (size > 0 && k === 0) return out.fill(NaN);
  const growth = hasRel ? 1 + opts.relativeTrend! / 100 : 1;
  // Means as R builds them: rep(var_mean, n) plus the trend over 0:(n-1), recycled; element i of the
  // draw uses mean i (i < n, so the recycled index of rep(var_mean, n) is i mod k and the trend index i).
  for (let i = 0; i < size; i++) {
    const base = means0 ? means0[i % k] : (varMean as number);
    const mu = hasAbs ? base + opts.absoluteTrend! * i : hasRel ? base * Math.pow(growth, i) : base;
    out[i] = rnorm(rng, mu, Math.abs((mu * varCV) / 100));
  }
  const lower = opts.lowerLimit;
  const upper = opts.upperLimit;
  if (lower !== undefined && !Number.isNaN(lower)) for (let i = 0; i < size; i++) out[i] = out[i] < lower ? lower : out[i];
  if (upper !== undefined && !Number.isNaN(upper)) for (let i = 0; i < size; i++) out[i] = out[i] > upper ? upper : out[i];
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
  let ifValues = toArray(valueIf);
  let ifNotValues = toArray(valueIfNot);
  if (ifValues.length !== ifNotValues.length) throw new Error("chanceEvent: valueIf and valueIfNot are not of the same length");
  const cvIf = opts.cvIf ?? 0;
  const cvIfNot = opts.cvIfNot ?? cvIf;
  if (ifValues.length === 1 && n > 1) {
    ifValues = vv(rng, ifValues[0], cvIf, n);
    ifNotValues = vv(rng, ifNotValues[0], cvIfNot, n);
  }
  const len = ifValues.length;
  const out = new Array<number>(len);
  if (opts.oneDraw) {
    const occ = rbernoulli(rng, chance);
    for (let i = 0; i < len; i++) out[i] = occ * ifValues[i] + (1 - occ) * ifNotValues[i];
  } else {
    // One Bernoulli draw per element, in element order (combining the values draws nothing).
    for (let i = 0; i < len; i++) {
      const occ = rbernoulli(rng, chance);
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
  for (let t = 1; t <= nYears; t++) {
    const ideal = a * shape[t - 1];
    out[t - 1] = rnorm(rng, ideal, Math.abs((ideal * varCV) / 100));
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
let shapeKey = "";
let shapeCache: number[] = [];
function gompertzShape(t1: number, t2: number, p1: number, p2: number, n: number): number[] {
  const key = `${t1},${t2},${p1},${p2},${n}`;
  if (key !== shapeKey) {
    const c = Math.log(Math.log(p2) / Math.log(p1)) / (t1 - t2);
    const b = -Math.log(p1) / Math.exp(-c * t1);
    shapeCache = Array.from({ length: n }, (_, i) => Math.exp(-b * Math.exp(-c * (i + 1))));
    shapeKey = key;
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
    // Σ x_t / f_t with Neumaier's compensation (R's sum accumulates in long double).
    let sum = 0;
    let c = 0;
    for (let t = 0; t < x.length; t++) {
      const v = x[t] / factors[t];
      const u = sum + v;
      c += Math.abs(sum) >= Math.abs(v) ? sum - u + v : v - u + sum;
      sum = u;
    }
    return sum + c;
  }
  const out = new Array<number>(x.length);
  for (let t = 0; t < x.length; t++) out[t] = x[t] / factors[t];
  return out;
}

// (1 + r/100)^t for t = 0..n−1, cached for the last base: models discount every run at the same rate.
let cachedBase = NaN;
let cachedFactors: number[] = [];
function discountFactors(base: number, n: number): number[] {
  if (base !== cachedBase || cachedFactors.length < n) {
    if (base !== cachedBase) cachedFactors = [];
    cachedBase = base;
    for (let t = cachedFactors.length; t < n; t++) cachedFactors.push(Math.pow(base, t));
  }
  return cachedFactors;
}

/**
 * R's temp_situations(n, p_occurrence, p_resolution, normal_outcome, situation_outcome, var_CV_normal,
 * var_CV_situation), including its quirk: a year after a situation with no new occurrence stays in the
 * situation only when the resolution draw is 1.
 */
export function tempSituations(rng: RandomSource, n: number, pOccurrence: number, pResolution: number, opts: TempSituationsOptions = {}): number[] {
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
    rnorm: (n, mean = 0, sd = 1) => Array.from({ length: count(n, "rnorm: n") }, () => rnorm(rng, mean, sd)),
    runif: (n, min = 0, max = 1) => Array.from({ length: count(n, "runif: n") }, () => runif(rng, min, max)),
    rbinom: (n, p) => Array.from({ length: count(n, "rbinom: n") }, () => rbernoulli(rng, p))
  };
}
