/**
 * Land-health indicators in the spirit of the Land Degradation Surveillance Framework (LDSF; Vågen et al.
 * 2013): the prevalence of each soil constraint among sampled plots, with a 95 % confidence interval that
 * accounts for plots being grouped in clusters (plots of one cluster resemble each other, so they carry
 * less information than as many independent plots).
 *
 * Method (as survey::svyciprop(method = "beta") for a design with clusters as primary sampling units):
 * - prevalence p = y / n (y plots with the constraint among n plots with a known value);
 * - cluster-robust (linearisation) variance of the ratio, with k clusters of n_c plots and y_c positives:
 *   v = k / (k − 1) · Σ_c (y_c − p·n_c)² / n²;
 * - design effect deff = v / (p(1 − p)/n); effective sample size n_eff = p(1 − p)/v (= n when p is 0 or 1
 *   or v = 0, where the design effect cannot be estimated);
 * - Korn & Graubard (1998) interval: n* = n_eff · (t_{n−1} / t_{k−1})² at the α/2 quantiles, then the
 *   Clopper–Pearson interval for n*·p successes in n* trials:
 *   [qbeta(α/2, n*p, n*(1 − p) + 1), qbeta(1 − α/2, n*p + 1, n*(1 − p))].
 * No randomness is involved, so the page shows the same numbers on every load.
 */
import { pbeta } from "../decision/index.js";
import { type Constraint, type MetalBackground, soilConstraints } from "./constraints.js";
import { type SoilSample, sampleProperties } from "./soil-upload.js";

/** Quantile of the Beta(a, b) distribution, by bisection on the regularized incomplete beta (|error| < 1e-14). */
export function qbeta(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1) || !(a > 0) || !(b > 0)) throw new RangeError(`qbeta needs 0 ≤ p ≤ 1 and a, b > 0 (got ${p}, ${a}, ${b}).`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (pbeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Quantile of Student's t distribution with `df` degrees of freedom, from the identity
 * P(T > t) = ½·I_{df/(df+t²)}(df/2, ½) inverted through qbeta.
 */
export function qt(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`qt needs 0 < p < 1 and df > 0 (got ${p}, ${df}).`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -qt(1 - p, df);
  const x = qbeta(2 * (1 - p), df / 2, 0.5);
  return Math.sqrt((df * (1 - x)) / x);
}

/** One sampling unit (a plot): its cluster and whether it has the constraint (null = not known). */
export interface PrevalenceUnit {
  cluster: string | null;
  value: boolean | null;
}

export interface PrevalenceEstimate {
  /** Units with a known value, and how many of them have the constraint. */
  n: number;
  positives: number;
  /** Clusters among the units with a known value. */
  clusters: number;
  /** Prevalence, 0–1 (null when n = 0). */
  p: number | null;
  /** Cluster-robust standard error of p. */
  se: number | null;
  designEffect: number | null;
  nEffective: number | null;
  /** Confidence interval, 0–1, or null (fewer than 2 clusters). */
  ci: [number, number] | null;
  level: number;
  note: string | null;
}

/**
 * Prevalence of a yes/no indicator over units grouped in clusters, with a cluster-aware confidence
 * interval (see the module comment). Units without a cluster count as clusters of their own.
 */
export function clusterPrevalence(units: readonly PrevalenceUnit[], level = 0.95): PrevalenceEstimate {
  if (!(level > 0 && level < 1)) throw new RangeError(`The confidence level must be between 0 and 1 (got ${level}).`);
  const known = units.filter((u) => u.value !== null);
  const n = known.length;
  const clusters = new Map<string, { n: number; y: number }>();
  known.forEach((u, i) => {
    const key = u.cluster ?? `\u0000unit-${i}`;
    const c = clusters.get(key) ?? { n: 0, y: 0 };
    c.n++;
    if (u.value) c.y++;
    clusters.set(key, c);
  });
  const k = clusters.size;
  const positives = known.filter((u) => u.value).length;
  const base = { n, positives, clusters: k, level };
  if (n === 0)
    return { ...base, p: null, se: null, designEffect: null, nEffective: null, ci: null, note: "No unit has a value for this indicator." };
  const p = positives / n;
  if (k < 2)
    return {
      ...base,
      p,
      se: null,
      designEffect: null,
      nEffective: null,
      ci: null,
      note: "A confidence interval needs at least 2 clusters."
    };
  let ss = 0;
  for (const c of clusters.values()) ss += (c.y - p * c.n) ** 2;
  const v = ((k / (k - 1)) * ss) / (n * n);
  const srs = (p * (1 - p)) / n;
  const designEffect = srs > 0 ? v / srs : null;
  const nEffective = p > 0 && p < 1 && v > 0 ? (p * (1 - p)) / v : n;
  const alpha = 1 - level;
  const dfAdjust = n > 1 ? (qt(alpha / 2, n - 1) / qt(alpha / 2, k - 1)) ** 2 : 1;
  const nStar = nEffective * dfAdjust;
  const lower = p > 0 ? qbeta(alpha / 2, nStar * p, nStar * (1 - p) + 1) : 0;
  const upper = p < 1 ? qbeta(1 - alpha / 2, nStar * p + 1, nStar * (1 - p)) : 1;
  return {
    ...base,
    p,
    se: Math.sqrt(v),
    designEffect,
    nEffective,
    ci: [lower, upper],
    note:
      designEffect === null ? "All units agree: the design effect cannot be estimated, so the interval uses the plain sample size." : null
  };
}

export interface ConstraintPrevalence extends PrevalenceEstimate {
  id: string;
  label: string;
}

export interface LandHealth {
  /** "plot" when the samples name plots, else "sample". */
  unitKind: "plot" | "sample";
  /** Top depth of the layer judged (the shallowest in the file), cm. */
  layerTopCm: number | null;
  units: number;
  clusters: number;
  /** Plots left out because they have no sample from that layer. */
  plotsWithoutLayer: number;
  /** Whether the samples name clusters (without, each unit is its own cluster: a simple random sample). */
  clustered: boolean;
  indicators: ConstraintPrevalence[];
}

/**
 * Prevalence of each soil constraint (moderate or severe) among the sampled plots, judged on the
 * shallowest layer in the file (the topsoil, as LDSF reports it): each plot's sample that starts at that
 * depth. Plots without such a sample are left out and counted. Without a plot column every sample of
 * that layer is a unit. Constraints that no unit could be judged on are left out.
 */
export function landHealthPrevalence(samples: readonly SoilSample[], background: MetalBackground = {}, level = 0.95): LandHealth {
  const byPlot = samples.some((s) => s.plot !== null);
  // A loop, not Math.min(...): a spread of 130,000 samples overflows the call stack (issue 16).
  let layerTopCm: number | null = null;
  for (const s of samples) if (layerTopCm === null || s.depthTop < layerTopCm) layerTopCm = s.depthTop;
  const inLayer = samples.filter((s) => s.depthTop === layerTopCm);
  const plotKey = (s: SoilSample) => `${s.cluster ?? ""}\u0000${s.plot ?? s.sampleId}`;
  let units: SoilSample[];
  let plotsWithoutLayer = 0;
  if (byPlot) {
    const plots = new Map<string, SoilSample>();
    for (const s of inLayer) {
      const key = plotKey(s);
      if (!plots.has(key)) plots.set(key, s);
    }
    units = [...plots.values()];
    plotsWithoutLayer = new Set(samples.map(plotKey)).size - plots.size;
  } else units = inLayer;

  const judged = units.map((s) => ({ cluster: s.cluster, constraints: soilConstraints(sampleProperties(s), background) }));
  const indicators: ConstraintPrevalence[] = [];
  for (const { id, label } of judged[0]?.constraints ?? []) {
    const list: PrevalenceUnit[] = judged.map((u) => {
      const c = u.constraints.find((x: Constraint) => x.id === id);
      return { cluster: u.cluster, value: !c || c.severity === "unknown" ? null : c.severity !== "none" };
    });
    if (list.every((u) => u.value === null)) continue;
    indicators.push({ id, label, ...clusterPrevalence(list, level) });
  }
  return {
    unitKind: byPlot ? "plot" : "sample",
    layerTopCm,
    units: units.length,
    clusters: new Set(units.map((u, i) => u.cluster ?? `\u0000${i}`)).size,
    plotsWithoutLayer,
    clustered: units.some((u) => u.cluster !== null),
    indicators
  };
}
