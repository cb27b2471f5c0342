/**
 * From an estimate row (distribution, 90 % interval, optional median) to distribution parameters and
 * samples, as decisionSupport's random.estimate1d does (semantics note §2).
 *
 * method "calculate": const; norm μ = (l+u)/2, σ = (μ−l)/qnorm(.95); lnorm on the log scale; unif widened
 * by 5 % of (u−l) on each side; posnorm / tnorm_0_1 truncated normals whose parent (μ, σ) is solved so
 * that the truncated CDF is 0.05 at l and 0.95 at u; triang with l and u as extremes and the median as mode.
 * method "fit": least-squares fit of the family's CDF to the 5/50/95 % (or 5/95 %) quantiles, parameters
 * rounded to 2 decimals as rriskDistributions does; posnorm / tnorm_0_1 fitted without rounding.
 */
import type { EstimateMethod, EstimateRow } from "./estimate.js";
import { C95 } from "./normal.js";
import { nelderMead } from "./optimize.js";
import { fillRnorm } from "./random-normal.js";
import { fillRlnorm, rbeta, rexp, rgamma, rlogis, rtriang, runif, rweibull } from "./rmath.js";
import type { RandomSource } from "./rng.js";
import { rtnorm } from "./rtnorm.js";
import { cdf } from "./special.js";
import { ptnorm, solveTnormInterval } from "./tnorm.js";

export type Distribution =
  | { kind: "const"; value: number }
  | { kind: "norm"; mean: number; sd: number }
  | { kind: "lnorm"; meanlog: number; sdlog: number }
  | { kind: "unif"; min: number; max: number }
  | { kind: "tnorm"; mean: number; sd: number; lowerTrunc: number; upperTrunc: number; cdfAtLower: number; cdfAtUpper: number }
  | { kind: "triang"; min: number; mode: number; max: number }
  | { kind: "beta"; shape1: number; shape2: number }
  | { kind: "gamma"; shape: number; rate: number }
  | { kind: "weibull"; shape: number; scale: number }
  | { kind: "logis"; location: number; scale: number }
  | { kind: "exp"; rate: number };

export class DistributionError extends Error {}

// The truncated-normal parameters solved for an interval (nleqslv, ≈ 40 µs each), cached because a page
// re-runs the same estimate table again and again; the solve is deterministic, so the cache changes nothing.
const tnormSolutions = new Map<string, { mean: number; sd: number }>();
function solveTnormIntervalCached(l: number, u: number, upperTrunc: number): { mean: number; sd: number } {
  const key = `${l},${u},${upperTrunc}`;
  let solution = tnormSolutions.get(key);
  if (!solution) {
    solution = solveTnormInterval(l, u, 0, upperTrunc);
    if (tnormSolutions.size > 1000) tnormSolutions.clear();
    tnormSolutions.set(key, solution);
  }
  return { mean: solution.mean, sd: solution.sd };
}

/** The parameters decisionSupport would sample `row` with. Throws DistributionError when it cannot. */
export function resolveDistribution(row: EstimateRow, defaultMethod: EstimateMethod = "calculate"): Distribution {
  const method = row.method ?? defaultMethod;
  const { lower: l, upper: u, median: m } = row;
  const where = `${row.variable} (${row.distribution}, ${method})`;
  if (row.distribution === "const") {
    if (!(Math.abs(l - u) <= 1.5e-8 * Math.max(Math.abs(l), 1e-300) || l === u))
      throw new DistributionError(`${where}: lower ${l} is not equal to upper ${u}`);
    return { kind: "const", value: l };
  }
  if (method === "calculate") {
    switch (row.distribution) {
      case "norm": {
        const mean = (l + u) / 2;
        return { kind: "norm", mean, sd: (mean - l) / C95 };
      }
      case "lnorm": {
        if (!(l > 0)) throw new DistributionError(`${where}: lower must be > 0`);
        const meanlog = (Math.log(l) + Math.log(u)) / 2;
        return { kind: "lnorm", meanlog, sdlog: (meanlog - Math.log(l)) / C95 };
      }
      case "unif":
        return { kind: "unif", min: l - (u - l) * 0.05, max: u + (u - l) * 0.05 };
      case "posnorm":
      case "tnorm_0_1": {
        const upperTrunc = row.distribution === "posnorm" ? Infinity : 1;
        if (!(0 < l && l < u && u < upperTrunc)) throw new DistributionError(`${where}: ci is not a subset of [0, ${upperTrunc}]`);
        const { mean, sd } = solveTnormIntervalCached(l, u, upperTrunc);
        return tnorm(mean, sd, 0, upperTrunc, l, u);
      }
      case "triang":
        if (m === null) throw new DistributionError(`${where}: a median (the mode) is required`);
        return { kind: "triang", min: l, mode: m, max: u };
      default:
        throw new DistributionError(`"${row.distribution}" is not a valid distribution type for method="calculate"`);
    }
  }
  return fitDistribution(row);
}

function tnorm(mean: number, sd: number, lowerTrunc: number, upperTrunc: number, l: number, u: number): Distribution {
  return {
    kind: "tnorm",
    mean,
    sd,
    lowerTrunc,
    upperTrunc,
    cdfAtLower: ptnorm(l, mean, sd, lowerTrunc, upperTrunc),
    cdfAtUpper: ptnorm(u, mean, sd, lowerTrunc, upperTrunc)
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100 + 0; // + 0 turns −0 into 0

/** method "fit": rriskDistributions-style least-squares fit of the CDF to the given quantiles. */
function fitDistribution(row: EstimateRow): Distribution {
  const { lower: l, upper: u, median: m } = row;
  const where = `${row.variable} (${row.distribution}, fit)`;
  const useMedian = m !== null && row.distribution !== "unif";
  const p = useMedian ? [0.05, 0.5, 0.95] : [0.05, 0.95];
  const q = useMedian ? [l, m!, u] : [l, u];
  const k = p.length;
  // S(θ) = Σ ((F(q_i; θ) − p_i)/k)², rriskFitdist.perc's objective.
  const loss = (F: (x: number) => number) => {
    let s = 0;
    for (let i = 0; i < k; i++) {
      const d = (F(q[i]) - p[i]) / k;
      s += d * d;
    }
    return Number.isFinite(s) ? s : 1e10;
  };
  const fitPositive = (F: (x: number, a: number, b: number) => number, start: [number, number]) => {
    // Positive parameters, optimised on the log scale.
    const { x, value } = nelderMead((v) => loss((t) => F(t, Math.exp(v[0]), Math.exp(v[1]))), start.map(Math.log), { step: 0.2 });
    if (!(value < 0.001)) throw new DistributionError(`${where} could not be fitted to the quantiles ${q.join(", ")}`);
    return x.map(Math.exp) as [number, number];
  };
  switch (row.distribution) {
    case "norm": {
      const { x, value } = nelderMead(
        (v) => loss((t) => cdf.norm(t, v[0], Math.exp(v[1]))),
        [(l + u) / 2, Math.log((u - l) / (2 * C95) || 1)],
        { step: 0.2 }
      );
      if (!(value < 0.001)) throw new DistributionError(`${where} could not be fitted`);
      return { kind: "norm", mean: round2(x[0]), sd: round2(Math.exp(x[1])) };
    }
    case "lnorm": {
      const ll = Math.log(l);
      const lu = Math.log(u);
      const { x, value } = nelderMead(
        (v) => loss((t) => cdf.lnorm(t, v[0], Math.exp(v[1]))),
        [(ll + lu) / 2, Math.log((lu - ll) / (2 * C95) || 1)],
        { step: 0.2 }
      );
      if (!(value < 0.001)) throw new DistributionError(`${where} could not be fitted`);
      return { kind: "lnorm", meanlog: round2(x[0]), sdlog: round2(Math.exp(x[1])) };
    }
    case "unif": {
      // Closed form from the 5 % and 95 % quantiles: l − (u−l)/18, u + (u−l)/18.
      const min = l - (0.05 / (0.95 - 0.05)) * (u - l);
      const max = u + ((1 - 0.95) / (0.95 - 0.05)) * (u - l);
      return { kind: "unif", min: round2(min), max: round2(max) };
    }
    case "beta": {
      const mid = useMedian ? m! : (l + u) / 2;
      const [a, b] = fitPositive(cdf.beta, [Math.max(mid * 5, 0.5), Math.max((1 - mid) * 5, 0.5)]);
      return { kind: "beta", shape1: round2(a), shape2: round2(b) };
    }
    case "gamma": {
      const mid = useMedian ? m! : (l + u) / 2;
      const cv = (u - l) / (2 * C95 * mid);
      const shape0 = 1 / (cv * cv);
      const [a, b] = fitPositive(cdf.gamma, [shape0, shape0 / mid]);
      return { kind: "gamma", shape: round2(a), rate: round2(b) };
    }
    case "weibull": {
      const mid = useMedian ? m! : (l + u) / 2;
      const [a, b] = fitPositive(cdf.weibull, [2, mid * 1.1]);
      return { kind: "weibull", shape: round2(a), scale: round2(b) };
    }
    case "logis": {
      const mid = useMedian ? m! : (l + u) / 2;
      const { x, value } = nelderMead((v) => loss((t) => cdf.logis(t, v[0], Math.exp(v[1]))), [mid, Math.log((u - l) / 6 || 1)], {
        step: 0.2
      });
      if (!(value < 0.001)) throw new DistributionError(`${where} could not be fitted`);
      return { kind: "logis", location: round2(x[0]), scale: round2(Math.exp(x[1])) };
    }
    case "exp": {
      const { x, value } = nelderMead((v) => loss((t) => cdf.exp(t, Math.exp(v[0]))), [Math.log(2 / (l + u))], { step: 0.2 });
      if (!(value < 0.001)) throw new DistributionError(`${where} could not be fitted`);
      return { kind: "exp", rate: round2(Math.exp(x[0])) };
    }
    case "posnorm":
    case "tnorm_0_1": {
      // paramtnormci_fit: minimise Σ (F_T(q_i) − p_i)² over (μ, σ > 0), from μ0 = median or midpoint.
      const upperTrunc = row.distribution === "posnorm" ? Infinity : 1;
      const mid = (l + u) / 2;
      const mu0 = useMedian ? m! : mid;
      const sd0 = (mid - l) / C95;
      const { x } = nelderMead(
        (v) => {
          if (!(v[1] > 0)) return 1e10;
          let s = 0;
          for (let i = 0; i < k; i++) {
            const d = ptnorm(q[i], v[0], v[1], 0, upperTrunc) - p[i];
            s += d * d;
          }
          return Number.isFinite(s) ? s : 1e10;
        },
        [mu0, sd0],
        { step: 0.1 }
      );
      return tnorm(x[0], x[1], 0, upperTrunc, l, u);
    }
    default:
      throw new DistributionError(
        `"${row.distribution}" is not a distribution this engine can fit (use norm, lnorm, beta, gamma, unif, weibull, logis, exp, posnorm or tnorm_0_1)`
      );
  }
}

/** n draws of the distribution into `out`, consuming the stream as R's sampler for it does. */
export function sampleDistribution(d: Distribution, n: number, rng: RandomSource, out = new Float64Array(n)): Float64Array {
  switch (d.kind) {
    case "const":
      out.fill(d.value, 0, n);
      break;
    case "norm":
      fillRnorm(rng, d.mean, d.sd, out, n);
      break;
    case "lnorm":
      fillRlnorm(rng, d.meanlog, d.sdlog, out, n);
      break;
    case "unif":
      for (let i = 0; i < n; i++) out[i] = runif(rng, d.min, d.max);
      break;
    case "tnorm":
      rtnorm(rng, n, d.mean, d.sd, d.lowerTrunc, d.upperTrunc, out);
      break;
    case "triang":
      for (let i = 0; i < n; i++) out[i] = rtriang(rng, d.min, d.mode, d.max);
      break;
    case "beta":
      for (let i = 0; i < n; i++) out[i] = rbeta(rng, d.shape1, d.shape2);
      break;
    case "gamma": {
      const scale = 1 / d.rate;
      for (let i = 0; i < n; i++) out[i] = rgamma(rng, d.shape, scale);
      break;
    }
    case "weibull":
      for (let i = 0; i < n; i++) out[i] = rweibull(rng, d.shape, d.scale);
      break;
    case "logis":
      for (let i = 0; i < n; i++) out[i] = rlogis(rng, d.location, d.scale);
      break;
    case "exp":
      for (let i = 0; i < n; i++) out[i] = rexp(rng, d.rate);
      break;
  }
  return out;
}
