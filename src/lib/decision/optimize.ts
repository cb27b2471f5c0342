/**
 * Small numerical optimisers: Brent's one-dimensional minimiser exactly as R's optimize() (fmin.c, which
 * loess.as uses to choose the span), and a Nelder–Mead simplex for the distribution fits.
 */

/**
 * R's optimize(f, c(lower, upper), tol): Brent (1973) golden-section search with parabolic interpolation,
 * following R's src/library/stats/src/optimize.c (Brent_fmin) step by step so that the same function
 * values lead to the same evaluation points. Default tol = .Machine$double.eps^0.25.
 */
export function brentMinimize(
  f: (x: number) => number,
  ax: number,
  bx: number,
  tol = Math.pow(2.220446049250313e-16, 0.25)
): { minimum: number; objective: number } {
  const c = (3 - Math.sqrt(5)) * 0.5;
  const eps = Math.sqrt(2.220446049250313e-16);
  let a = ax;
  let b = bx;
  let v = a + c * (b - a);
  let w = v;
  let x = v;
  let d = 0;
  let e = 0;
  let fx = f(x);
  let fv = fx;
  let fw = fx;
  const tol3 = tol / 3;
  for (;;) {
    const xm = (a + b) * 0.5;
    const tol1 = eps * Math.abs(x) + tol3;
    const t2 = tol1 * 2;
    if (Math.abs(x - xm) <= t2 - (b - a) * 0.5) break;
    let p = 0;
    let q = 0;
    let r = 0;
    if (Math.abs(e) > tol1) {
      r = (x - w) * (fx - fv);
      q = (x - v) * (fx - fw);
      p = (x - v) * q - (x - w) * r;
      q = (q - r) * 2;
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
    }
    if (Math.abs(p) >= Math.abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
      // golden-section step
      if (x < xm) e = b - x;
      else e = a - x;
      d = c * e;
    } else {
      // parabolic interpolation step
      d = p / q;
      const u = x + d;
      if (u - a < t2 || b - u < t2) {
        d = tol1;
        if (x >= xm) d = -d;
      }
    }
    let u: number;
    if (Math.abs(d) >= tol1) u = x + d;
    else if (d > 0) u = x + tol1;
    else u = x - tol1;
    const fu = f(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      w = x;
      x = u;
      fv = fw;
      fw = fx;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { minimum: x, objective: fx };
}

/** Nelder–Mead simplex minimisation (standard coefficients 1, 2, 0.5, 0.5), restarted until it stalls. */
export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  { step = 0.1, tol = 1e-14, maxIter = 5000, restarts = 4 } = {}
): { x: number[]; value: number } {
  let best = start.slice();
  let bestValue = f(best);
  for (let round = 0; round < restarts; round++) {
    const n = best.length;
    const simplex: number[][] = [best.slice()];
    for (let i = 0; i < n; i++) {
      const p = best.slice();
      p[i] = p[i] !== 0 ? p[i] * (1 + step) : step;
      simplex.push(p);
    }
    let values = simplex.map(f);
    for (let iter = 0; iter < maxIter; iter++) {
      const order = values
        .map((v, i) => [v, i] as const)
        .sort((x, y) => x[0] - y[0])
        .map(([, i]) => i);
      const s = order.map((i) => simplex[i]);
      values = order.map((i) => values[i]);
      simplex.splice(0, simplex.length, ...s);
      if (Math.abs(values[n] - values[0]) <= tol * (Math.abs(values[0]) + tol)) break;
      const centroid = new Array(n).fill(0);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
      const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c));
      const reflected = along(-1);
      const fr = f(reflected);
      if (fr < values[0]) {
        const expanded = along(-2);
        const fe = f(expanded);
        if (fe < fr) {
          simplex[n] = expanded;
          values[n] = fe;
        } else {
          simplex[n] = reflected;
          values[n] = fr;
        }
      } else if (fr < values[n - 1]) {
        simplex[n] = reflected;
        values[n] = fr;
      } else {
        const contracted = fr < values[n] ? along(-0.5) : along(0.5);
        const fc = f(contracted);
        if (fc < Math.min(fr, values[n])) {
          simplex[n] = contracted;
          values[n] = fc;
        } else {
          for (let i = 1; i <= n; i++) {
            simplex[i] = simplex[i].map((x, j) => simplex[0][j] + 0.5 * (x - simplex[0][j]));
            values[i] = f(simplex[i]);
          }
        }
      }
    }
    const k = values.indexOf(Math.min(...values));
    if (values[k] < bestValue) {
      const improved = bestValue - values[k];
      best = simplex[k].slice();
      bestValue = values[k];
      if (improved <= tol * (Math.abs(bestValue) + tol)) break;
    } else break;
  }
  return { x: best, value: bestValue };
}
