/**
 * Root finder for small nonlinear systems f(x) = 0, used to solve truncated-normal parameters.
 *
 * R's decisionSupport calls nleqslv (Broyden, double dogleg, ftol = xtol = 1e-8). This implementation is
 * Newton's method with a forward-difference Jacobian (step √ε·max(|x|, 1), as nleqslv's nwfjac) and
 * step halving on ‖f‖, iterated to full double precision. For well-posed intervals it reaches the same
 * root; R stops as soon as max |f| < 1e-8, so R's parameters can differ from the exact root by up to
 * ≈ 1e-8 relative (documented in docs/decision-engine.md).
 */

const EPS = 2.220446049250313e-16;

export interface NleqslvResult {
  x: number[];
  fvec: number[];
  iterations: number;
  converged: boolean;
}

export function nleqslv(f: (x: number[]) => number[], x0: number[], { maxit = 150, ftol = 1e-15 } = {}): NleqslvResult {
  let x = x0.slice();
  let fx = f(x);
  const n = x.length;
  const norm = (v: number[]) => Math.max(...v.map(Math.abs));
  let it = 0;
  for (; it < maxit && norm(fx) > ftol; it++) {
    // Forward-difference Jacobian.
    const J: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let j = 0; j < n; j++) {
      const h = Math.sqrt(EPS) * Math.max(Math.abs(x[j]), 1);
      const xh = x.slice();
      xh[j] += h;
      const fh = f(xh);
      for (let i = 0; i < n; i++) J[i][j] = (fh[i] - fx[i]) / h;
    }
    const step = solveLinear(J, fx.map((v) => -v));
    if (!step) break;
    let t = 1;
    let accepted = false;
    for (let k = 0; k < 40; k++) {
      const xn = x.map((v, i) => v + t * step[i]);
      const fn = f(xn);
      if (fn.every(Number.isFinite) && norm(fn) < norm(fx)) {
        x = xn;
        fx = fn;
        accepted = true;
        break;
      }
      t /= 2;
    }
    if (!accepted) break;
  }
  return { x, fvec: fx, iterations: it, converged: norm(fx) <= 1e-8 };
}

/** Gaussian elimination with partial pivoting; null when singular. */
function solveLinear(A: number[][], b: number[]): number[] | null {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (!(Math.abs(M[p][c]) > 0)) return null;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const factor = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= factor * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}
