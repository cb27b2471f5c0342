/**
 * Correlated normal inputs as decisionSupport's rmvnorm90ci_exact → mvtnorm::rmvnorm(method = "eigen"):
 * Σ = diag(σ) C diag(σ), R = V diag(√max(λ, 0)) Vᵀ from the eigen decomposition of Σ, and
 * X = Z R + μ where Z is an n × d matrix of rnorm draws filled row by row.
 */
import { rnorm } from "./random-normal.js";
import type { RandomSource } from "./rng.js";

/** Eigen decomposition of a symmetric matrix by cyclic Jacobi rotations: values and column vectors. */
export function symmetricEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const A = a.map((row) => row.slice());
  const V: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += A[i][j] * A[i][j];
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(A[p][q]) < 1e-300) continue;
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k][p];
          const akq = A[k][q];
          A[k][p] = c * akp - s * akq;
          A[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p][k];
          const aqk = A[q][k];
          A[p][k] = c * apk - s * aqk;
          A[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k][p];
          const vkq = V[k][q];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
  }
  const order = A.map((row, i) => [row[i], i] as const).sort((x, y) => y[0] - x[0]);
  return { values: order.map(([v]) => v), vectors: V.map((row) => order.map(([, i]) => row[i])) };
}

/**
 * n draws of the correlated normals with 90 % intervals [lower_i, upper_i] and correlation matrix `corr`,
 * one Float64Array per variable (in matrix order).
 */
export function sampleCorrelatedNormals(rng: RandomSource, n: number, lower: number[], upper: number[], corr: number[][]): Float64Array[] {
  const d = lower.length;
  const c95 = 1.6448536269514722;
  const mean = lower.map((l, i) => (l + upper[i]) / 2);
  const sd = mean.map((m, i) => (m - lower[i]) / c95);
  const sigma = corr.map((row, i) => row.map((c, j) => sd[i] * c * sd[j]));
  const { values, vectors } = symmetricEigen(sigma);
  // mvtnorm only warns when Σ is not positive semidefinite and then uses max(λ, 0), as done here.
  // R = V diag(√λ) Vᵀ
  const root = values.map((v) => Math.sqrt(Math.max(v, 0)));
  const R = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => {
      let s = 0;
      for (let k = 0; k < d; k++) s += vectors[i][k] * root[k] * vectors[j][k];
      return s;
    })
  );
  const out = Array.from({ length: d }, () => new Float64Array(n));
  const z = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) z[k] = rnorm(rng, 0, 1);
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += z[k] * R[k][j];
      out[j][i] = s + mean[j];
    }
  }
  return out;
}
