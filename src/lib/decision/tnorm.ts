/**
 * Truncated normal distribution function (msm::ptnorm) and the solve of the parent (μ, σ) from a 90 %
 * interval (decisionSupport's paramtnormci_numeric): F_T(l) = 0.05 and F_T(u) = 0.95, started at
 * μ0 = (l+u)/2, σ0 = (μ0 − l)/qnorm(0.95), solved with nleqslv's Broyden method and double-dogleg global
 * strategy (see nleqslv.ts).
 */
import { nleqslv } from "./nleqslv.js";
import { C95, pnorm } from "./normal.js";

/** msm::ptnorm(q, mean, sd, lower, upper) (lower tail). */
export function ptnorm(q: number, mean: number, sd: number, lower: number, upper: number): number {
  if (q < lower) return 0;
  if (q > upper) return 1;
  const denom = pnorm(upper, mean, sd) - pnorm(lower, mean, sd);
  return (pnorm(q, mean, sd) - pnorm(lower, mean, sd)) / denom;
}

/** Parent (mean, sd) of a normal truncated to [lowerTrunc, upperTrunc] with 5 % and 95 % quantiles l and u. */
export function solveTnormInterval(l: number, u: number, lowerTrunc: number, upperTrunc: number): { mean: number; sd: number } {
  const mean0 = (l + u) / 2;
  const sd0 = (mean0 - l) / C95;
  const f = (x: number[]): number[] => {
    const y = [ptnorm(l, x[0], x[1], lowerTrunc, upperTrunc) - 0.05, ptnorm(u, x[0], x[1], lowerTrunc, upperTrunc) - 0.95];
    // decisionSupport's f() catches the NA error of f_calc, but its fallback's value is assigned inside
    // the handler and lost, so f returns (0, 0) (it also draws 40 000 rtnorm values, not replicated here).
    if (y.some(Number.isNaN)) return [0, 0];
    return y;
  };
  const { x } = nleqslv(f, [mean0, sd0]);
  return { mean: x[0], sd: x[1] };
}
