/**
 * Estimates with cluster-aware confidence bounds for monitoring plots grouped in clusters (plots of one
 * cluster resemble each other, so they carry less information than as many independent plots).
 * Formulas, sources and a worked example: docs/monitoring.md (the example is reproduced in
 * test/lib/monitoring/estimators.test.ts).
 *
 * Bounds are one-sided at `confidence` (30 CFR § 816.116 tests with 90 % one-sided confidence): `lower` is
 * the bound a "not less than" target must clear, `upper` the bound a "not more than" target must stay under;
 * together they form a two-sided interval at level 2·confidence − 1.
 *
 * - Means of plot values (`designEffectMean`): Kish's design effect, deff = 1 + (m̄ − 1)·ICC, with the
 *   intraclass correlation from the one-way ANOVA estimator; effective n = n / deff; standard error
 *   s / √n_eff; Student's t with k − 1 degrees of freedom (k clusters).
 * - Ratios of plot totals (`clusterBootstrapRatio`): percentile bounds from a seeded cluster bootstrap
 *   (clusters resampled with replacement, B = 2,000).
 * - Prevalences: site/landhealth.ts clusterPrevalence (Korn–Graubard), called from evidence.ts.
 */
import { createRRandom } from "../decision/index.js";
import { qt } from "../site/landhealth.js";
import { quantile } from "../util/stats.js";

export interface ClusterValue {
  cluster: string;
  value: number;
}

export interface Bounds {
  estimate: number;
  lower: number | null;
  upper: number | null;
  /** Plots (units) and clusters behind the estimate. */
  n: number;
  clusters: number;
  /** Why the bounds are missing or approximate, as a sentence; null when all is well. */
  note: string | null;
}

export interface MeanEstimate extends Bounds {
  sd: number | null;
  icc: number | null;
  designEffect: number | null;
  nEffective: number | null;
  se: number | null;
  df: number | null;
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0.5 && confidence < 1)) throw new RangeError(`The confidence must be between 0.5 and 1 (got ${confidence}).`);
}

function groupByCluster<T extends { cluster: string }>(units: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const u of units) {
    const list = groups.get(u.cluster);
    if (list) list.push(u);
    else groups.set(u.cluster, [u]);
  }
  return groups;
}

/**
 * The intraclass correlation by the one-way ANOVA estimator for unequal cluster sizes:
 * ICC = (MSB − MSW) / (MSB + (m₀ − 1)·MSW), with MSB = Σ mᵢ(ȳᵢ − ȳ)² / (k − 1),
 * MSW = ΣΣ (yᵢⱼ − ȳᵢ)² / (n − k) and m₀ = (n − Σmᵢ²/n) / (k − 1); truncated to [0, 1] (a negative
 * estimate means no clustering). Null when it cannot be estimated (fewer than 2 clusters, or n = k).
 */
export function anovaIcc(units: readonly ClusterValue[]): number | null {
  const groups = [...groupByCluster(units).values()];
  const n = units.length;
  const k = groups.length;
  if (k < 2 || n <= k) return null;
  const mean = units.reduce((s, u) => s + u.value, 0) / n;
  let ssb = 0;
  let ssw = 0;
  let sumSquaredSizes = 0;
  for (const g of groups) {
    const m = g.length;
    const gm = g.reduce((s, u) => s + u.value, 0) / m;
    ssb += m * (gm - mean) ** 2;
    for (const u of g) ssw += (u.value - gm) ** 2;
    sumSquaredSizes += m * m;
  }
  const msb = ssb / (k - 1);
  const msw = ssw / (n - k);
  const m0 = (n - sumSquaredSizes / n) / (k - 1);
  const denominator = msb + (m0 - 1) * msw;
  if (!(denominator > 0)) return null; // every value equal
  return Math.min(1, Math.max(0, (msb - msw) / denominator));
}

/** Mean of plot values with one-sided bounds from Kish's design effect (see the module comment). */
export function designEffectMean(units: readonly ClusterValue[], confidence: number): MeanEstimate {
  checkConfidence(confidence);
  const n = units.length;
  const k = new Set(units.map((u) => u.cluster)).size;
  const empty = { sd: null, icc: null, designEffect: null, nEffective: null, se: null, df: null };
  if (n === 0) return { estimate: NaN, lower: null, upper: null, n, clusters: k, note: "No plot has a value.", ...empty };
  const mean = units.reduce((s, u) => s + u.value, 0) / n;
  if (n < 2 || k < 2)
    return { estimate: mean, lower: null, upper: null, n, clusters: k, note: "Bounds need at least 2 clusters.", ...empty };
  const sd = Math.sqrt(units.reduce((s, u) => s + (u.value - mean) ** 2, 0) / (n - 1));
  const icc = anovaIcc(units) ?? 0;
  const mBar = n / k;
  const designEffect = 1 + (mBar - 1) * icc;
  const nEffective = n / designEffect;
  const se = sd / Math.sqrt(nEffective);
  const df = k - 1;
  const t = qt(confidence, df);
  return {
    estimate: mean,
    lower: mean - t * se,
    upper: mean + t * se,
    n,
    clusters: k,
    note: null,
    sd,
    icc,
    designEffect,
    nEffective,
    se,
    df
  };
}

export interface RatioUnit {
  cluster: string;
  /** Numerator and denominator totals of one plot (e.g. surviving and planted stems). */
  numerator: number;
  denominator: number;
}

/** Bootstrap resamples of the clusters. */
export const BOOTSTRAP_RESAMPLES = 2000;

/**
 * Ratio of totals R = Σ numerator / Σ denominator over all plots, with one-sided percentile bounds from a
 * cluster bootstrap: B times, draw k clusters with replacement (R's generator seeded with `seed`; index =
 * ⌊u·k⌋), recompute R; the bounds are the (1 − confidence) and confidence quantiles (type 7) of the B
 * ratios. Resamples whose denominator is 0 are skipped.
 */
export function clusterBootstrapRatio(
  units: readonly RatioUnit[],
  confidence: number,
  seed: number,
  resamples = BOOTSTRAP_RESAMPLES
): Bounds & { resamples: number } {
  checkConfidence(confidence);
  const groups = [...groupByCluster(units).values()];
  const k = groups.length;
  const totals = groups.map((g) => ({
    numerator: g.reduce((s, u) => s + u.numerator, 0),
    denominator: g.reduce((s, u) => s + u.denominator, 0)
  }));
  const num = totals.reduce((s, t) => s + t.numerator, 0);
  const den = totals.reduce((s, t) => s + t.denominator, 0);
  const base = { n: units.length, clusters: k, resamples: 0 };
  if (!(den > 0)) return { estimate: NaN, lower: null, upper: null, note: "Nothing to divide by (no stems).", ...base };
  const estimate = num / den;
  if (k < 2) return { estimate, lower: null, upper: null, note: "Bounds need at least 2 clusters.", ...base };
  const rng = createRRandom(seed);
  const ratios: number[] = [];
  for (let b = 0; b < resamples; b++) {
    let sn = 0;
    let sd = 0;
    for (let i = 0; i < k; i++) {
      const t = totals[Math.floor(rng.unifRand() * k)];
      sn += t.numerator;
      sd += t.denominator;
    }
    if (sd > 0) ratios.push(sn / sd);
  }
  return {
    estimate,
    lower: quantile(ratios, 1 - confidence),
    upper: quantile(ratios, confidence),
    note: k < 10 ? `Only ${k} clusters: percentile bootstrap bounds are too narrow with few clusters.` : null,
    ...base,
    resamples: ratios.length
  };
}
