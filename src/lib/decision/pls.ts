/**
 * Partial least squares of one output on the inputs, as decisionSupport's plsr.mcSimulation
 * (pls::plsr, method "oscorespls", scale = TRUE, ncomp = 2) and chillR::VIP.
 *
 * Inputs with sd = 0 are dropped; each input is divided by its sd (n − 1) and centred, the output is
 * centred. NIPALS with orthogonal scores, one response: w = Xᵀy/‖Xᵀy‖, t = Xw, q = yᵀt/tᵀt,
 * p = Xᵀt/tᵀt, X ← X − tpᵀ, y ← y − tq. VIP_j(A) = √(p·Σ_{a≤A} SS_a w_ja²/‖w_a‖² / Σ_{a≤A} SS_a) with
 * SS_a = q_a²·tᵀt (chillR). Coefficients of the first component (plot_pls): w₁q₁, in output units per
 * input sd.
 */
import { mean, sd } from "./stats.js";

export interface PlsVariable {
  variable: string;
  /** VIP of the first component (chillR::VIP "Comp 1"). */
  vip: number;
  /** Coefficient of the first component, output units per sd of the input. */
  coef: number;
  /** VIP for 1..ncomp components. */
  vipByComponents: number[];
}

export interface PlsResult {
  ncomp: number;
  variables: PlsVariable[];
  /** Inputs left out because they do not vary. */
  constant: string[];
}

/** PLS-VIP of output `y` on the input columns (in the given order). */
export function plsVip(inputs: Record<string, ArrayLike<number>>, names: string[], y: ArrayLike<number>, ncomp = 2): PlsResult {
  const n = y.length;
  const used: string[] = [];
  const constant: string[] = [];
  const X: Float64Array[] = [];
  for (const name of names) {
    const col = inputs[name];
    const m = mean(col);
    const s = sd(col, m);
    if (!(s > 0)) {
      constant.push(name);
      continue;
    }
    used.push(name);
    const scaled = new Float64Array(n);
    // pls scales first, then centres: (x / s) − mean(x / s).
    for (let i = 0; i < n; i++) scaled[i] = col[i] / s;
    const ms = mean(scaled);
    for (let i = 0; i < n; i++) scaled[i] -= ms;
    X.push(scaled);
  }
  const p = X.length;
  const yc = new Float64Array(n);
  const my = mean(y);
  for (let i = 0; i < n; i++) yc[i] = y[i] - my;
  const A = Math.min(ncomp, p);
  const W: Float64Array[] = [];
  const SS: number[] = [];
  const Q: number[] = [];
  const t = new Float64Array(n);
  for (let a = 0; a < A; a++) {
    const w = new Float64Array(p);
    let norm = 0;
    for (let j = 0; j < p; j++) {
      let s = 0;
      const xj = X[j];
      for (let i = 0; i < n; i++) s += xj[i] * yc[i];
      w[j] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm);
    for (let j = 0; j < p; j++) w[j] /= norm;
    t.fill(0);
    for (let j = 0; j < p; j++) {
      const xj = X[j];
      const wj = w[j];
      for (let i = 0; i < n; i++) t[i] += xj[i] * wj;
    }
    let tt = 0;
    let yt = 0;
    for (let i = 0; i < n; i++) {
      tt += t[i] * t[i];
      yt += yc[i] * t[i];
    }
    const q = yt / tt;
    for (let j = 0; j < p; j++) {
      const xj = X[j];
      let s = 0;
      for (let i = 0; i < n; i++) s += xj[i] * t[i];
      const pj = s / tt;
      for (let i = 0; i < n; i++) xj[i] -= t[i] * pj;
    }
    for (let i = 0; i < n; i++) yc[i] -= t[i] * q;
    W.push(w);
    Q.push(q);
    SS.push(q * q * tt);
  }
  const variables = used.map((variable, j) => {
    const vipByComponents: number[] = [];
    let num = 0;
    let den = 0;
    for (let a = 0; a < A; a++) {
      let wnorm2 = 0;
      for (let k = 0; k < p; k++) wnorm2 += W[a][k] * W[a][k];
      num += (SS[a] * W[a][j] * W[a][j]) / wnorm2;
      den += SS[a];
      vipByComponents.push(Math.sqrt((p * num) / den));
    }
    return { variable, vip: vipByComponents[0], coef: W[0][j] * Q[0], vipByComponents };
  });
  return { ncomp: A, variables, constant };
}
