/**
 * One-dimensional local linear regression with the algorithm of R's loess (Cleveland, Grosse & Shyu's
 * dloess, as in R's src/library/stats/src/loessf.f) for family "gaussian", degree 1,
 * surface "interpolate", statistics "approximate", trace.hat "exact", cell 0.2 — the settings fANCOVA's
 * loess.as uses — and loess.as's span choice: R's optimize() of GCV = n·σ̂²/(n − tr L)² over [0.05, 0.95]
 * with σ̂² = RSS/(n − 1).
 *
 * The surface: a k-d tree splits the sorted data at cell medians until a cell holds ≤ ⌊n·span·cell⌋
 * points; at every cell boundary (vertex) a local linear fit with tricube weights over the ⌊n·span⌋
 * nearest points gives a value and a slope; between vertices the fit is the cubic Hermite interpolant of
 * those. R computes the exact trace of the smoother matrix by re-solving each vertex fit for unit vectors,
 * O(n²) — that is why multi_EVPI takes ≈ 22 s per pair. Here each vertex fit is solved once in closed form
 * with its hat weights (value and slope operator rows), and L_ii is assembled from the two vertices of the
 * point's cell: the same numbers up to rounding in O(n·k) per span.
 */
import { brentMinimize } from "./optimize.js";

export interface LoessFit {
  span: number;
  /** Fitted values at the (sorted) x. */
  fitted: Float64Array;
  /** Exact trace of the smoother matrix. */
  traceHat: number;
  /** Generalised cross-validation criterion of loess.as. */
  gcv: number;
}

const CELL = 0.2;

/**
 * loess(y ~ x, span, degree = 1) for x sorted ascending (ties allowed). Returns fitted values, the exact
 * trace of the hat matrix and GCV.
 */
export function loessSorted(x: ArrayLike<number>, y: ArrayLike<number>, span: number): LoessFit {
  const n = x.length;
  const nf = Math.min(n, Math.floor(n * span));
  if (nf < 3) throw new Error(`loess: span ${span} is too small for ${n} points`);
  const fc = Math.floor(n * (span * CELL));
  // Bounding box, widened by 0.5 % as ehg126 does.
  const alpha = x[0];
  const beta = x[n - 1];
  const margin = 0.005 * Math.max(beta - alpha, 1e-10 * Math.max(Math.abs(alpha), Math.abs(beta)) + 1e-30);
  // k-d tree on sorted data (ehg124): leaves as index ranges [lo, hi] and their boundary vertices.
  const splits: number[] = [];
  const leafLo: number[] = [];
  const leafHi: number[] = [];
  const buildStack: [number, number, number, number][] = [[0, n - 1, alpha - margin, beta + margin]];
  // Breadth-first order is irrelevant to the result in one dimension; leaves are sorted below.
  while (buildStack.length) {
    const [l, u, vlo, vhi] = buildStack.pop()!;
    let leaf = u - l + 1 <= fc || vhi - vlo <= 0;
    let m = Math.floor((l + u) / 2);
    if (!leaf) {
      // All ties go with the high son: move m to the nearest position where x[m] < x[m+1].
      let offset = 0;
      for (;;) {
        if (m + offset >= u || m + offset < l) break;
        if (x[m + offset] === x[m + offset + 1]) {
          offset = -offset;
          if (offset >= 0) offset += 1;
        } else {
          m += offset;
          break;
        }
      }
      const t = x[m];
      leaf = vlo === t || vhi === t;
      if (!leaf) {
        splits.push(t);
        buildStack.push([m + 1, u, t, vhi]);
        buildStack.push([l, m, vlo, t]);
        continue;
      }
    }
    leafLo.push(l);
    leafHi.push(u);
  }
  const order = leafLo.map((_, i) => i).sort((a, b) => leafLo[a] - leafLo[b]);
  const vertices = [alpha - margin, ...splits.sort((a, b) => a - b), beta + margin];
  const nv = vertices.length;
  // Vertex fits: value, slope and their hat weights over the window of nf nearest points.
  const value = new Float64Array(nv);
  const slope = new Float64Array(nv);
  const winStart = new Int32Array(nv);
  const hat0: Float64Array[] = [];
  const hat1: Float64Array[] = [];
  let start = 0;
  for (let v = 0; v < nv; v++) {
    const q = vertices[v];
    // The nf nearest points form a window [start, start + nf − 1]; slide it as q increases.
    while (start + nf < n && q - x[start] > x[start + nf] - q) start++;
    winStart[v] = start;
    const end = start + nf - 1;
    const dl = q - x[start];
    const du = x[end] - q;
    const rho = Math.max(dl * dl, du * du); // squared distance to the nf-th nearest point
    const w = new Float64Array(nf);
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      t0 = 0,
      t1 = 0;
    for (let j = 0; j < nf; j++) {
      const d = x[start + j] - q;
      const r = Math.sqrt((d * d) / rho);
      const r3 = r * r * r;
      const wt = r < 1 ? (1 - r3) * (1 - r3) * (1 - r3) : 0;
      w[j] = wt;
      s0 += wt;
      s1 += wt * d;
      s2 += wt * d * d;
      t0 += wt * y[start + j];
      t1 += wt * d * y[start + j];
    }
    const det = s0 * s2 - s1 * s1;
    const h0 = new Float64Array(nf);
    const h1 = new Float64Array(nf);
    if (det > 1e-13 * s0 * s2) {
      value[v] = (s2 * t0 - s1 * t1) / det;
      slope[v] = (s0 * t1 - s1 * t0) / det;
      for (let j = 0; j < nf; j++) {
        const d = x[start + j] - q;
        h0[j] = (w[j] * (s2 - s1 * d)) / det;
        h1[j] = (w[j] * (s0 * d - s1)) / det;
      }
    } else {
      // All weight on one x value: the local constant (loess's pseudo-inverse drops the slope).
      value[v] = t0 / s0;
      slope[v] = 0;
      for (let j = 0; j < nf; j++) h0[j] = w[j] / s0;
    }
    hat0.push(h0);
    hat1.push(h1);
  }
  // Interpolate within each leaf (ehg128) and assemble the diagonal of the hat matrix (ehg139).
  const fitted = new Float64Array(n);
  let trace = 0;
  let rss = 0;
  for (let c = 0; c < order.length; c++) {
    const leaf = order[c];
    const a = c; // leaf c lies between vertices c and c + 1
    const b = c + 1;
    const va = vertices[a];
    const width = vertices[b] - va;
    for (let i = leafLo[leaf]; i <= leafHi[leaf]; i++) {
      const h = (x[i] - va) / width;
      const phi0 = (1 - h) * (1 - h) * (1 + 2 * h);
      const phi1 = h * h * (3 - 2 * h);
      const psi0 = h * (1 - h) * (1 - h);
      const psi1 = h * h * (h - 1);
      const s = phi0 * value[a] + phi1 * value[b] + (psi0 * slope[a] + psi1 * slope[b]) * width;
      fitted[i] = s;
      const r = y[i] - s;
      rss += r * r;
      const ja = i - winStart[a];
      const jb = i - winStart[b];
      if (ja >= 0 && ja < nf) trace += phi0 * hat0[a][ja] + psi0 * hat1[a][ja] * width;
      if (jb >= 0 && jb < nf) trace += phi1 * hat0[b][jb] + psi1 * hat1[b][jb] * width;
    }
  }
  const sigma2 = rss / (n - 1);
  return { span, fitted, traceHat: trace, gcv: (n * sigma2) / ((n - trace) * (n - trace)) };
}

/** fANCOVA::loess.as(x, y, degree = 1, criterion = "gcv") for sorted x: the GCV-optimal span and its fit. */
export function loessAs(x: ArrayLike<number>, y: ArrayLike<number>): LoessFit {
  const { minimum } = brentMinimize((span) => loessSorted(x, y, span).gcv, 0.05, 0.95);
  return loessSorted(x, y, minimum);
}
