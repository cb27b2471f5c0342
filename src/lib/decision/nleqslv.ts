/**
 * nleqslv (Hasselman, R package nleqslv 3.3, Fortran sources nwbrdn.f, nwddlg.f, nwtrup.f, nwutil.f,
 * lautil.f) with the defaults decisionSupport uses: method "Broyden", global "dbldog", xscalm "fixed"
 * (scale 1), ftol = xtol = 1e-8, btol = 1e-3, delta = −2 (first trust radius = Newton step length),
 * stepmax = max(1000·‖x0‖, 1000), maxit = 150, cndtol = 1e-12.
 *
 * The algorithm is reproduced step by step (Dennis & Schnabel 1996: forward-difference Jacobian, QR by a
 * Householder reflection, Broyden rank-one QR updates with Givens rotations, the double-dogleg step and
 * its trust-region update, the same termination tests), so that it stops at the same iterate as R for
 * a 2-equation system: where R stops with max|f| just under 1e-8, this stops at the same point.
 * Written for the 2 × 2 systems of the truncated-normal solve, but general in n.
 */

const EPSM = 2.220446049250313e-16; // dlamch('p')

export interface NleqslvResult {
  x: number[];
  fvec: number[];
  /** 1 max|f| ≤ ftol, 2 step ≤ xtol, 3 no better point, 4 iteration limit, 5/6 ill-conditioned/singular Jacobian. */
  termcd: number;
  iterations: number;
}

export interface NleqslvControl {
  ftol?: number;
  xtol?: number;
  btol?: number;
  maxit?: number;
  cndtol?: number;
}

type Vec = number[];
/** Column-major n × n matrices as arrays of columns: M[j][i] is row i, column j. */
type Mat = number[][];

const dot = (a: Vec, b: Vec) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
const nrm2 = (a: Vec) => Math.sqrt(dot(a, a));

/** R·x for upper-triangular R (dtrmv 'U','N','N'). */
function upperTimes(R: Mat, x: Vec): Vec {
  const n = x.length;
  const out = new Array(n).fill(0);
  for (let j = 0; j < n; j++) for (let i = 0; i <= j; i++) out[i] += R[j][i] * x[j];
  return out;
}

/** Rᵀ·x for upper-triangular R (dtrmv 'U','T','N'). */
function upperTransTimes(R: Mat, x: Vec): Vec {
  const n = x.length;
  const out = new Array(n).fill(0);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i <= j; i++) s += R[j][i] * x[i];
    out[j] = s;
  }
  return out;
}

/** Solves R·x = b by back substitution (dtrsv 'U','N','N'). */
function upperSolve(R: Mat, b: Vec): Vec {
  const n = b.length;
  const x = b.slice();
  for (let j = n - 1; j >= 0; j--) {
    x[j] = x[j] / R[j][j];
    for (let i = 0; i < j; i++) x[i] -= x[j] * R[j][i];
  }
  return x;
}

/** Qᵀ·x (dgemv 'T'). */
function transTimes(Q: Mat, x: Vec): Vec {
  return Q.map((col) => dot(col, x));
}

/** LAPACK ≥ 3.10 dlartg: c ≥ 0, r = sign(√(f²+g²), f), s = g/r. */
function givens(f: number, g: number): [number, number, number] {
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, Math.sign(g), Math.abs(g)];
  const d = Math.sqrt(f * f + g * g);
  const c = Math.abs(f) / d;
  const r = f >= 0 ? d : -d;
  return [c, g / r, r];
}

/** Householder QR of a square matrix (dgeqrf/dorgqr): returns Q, R and a function applying Qᵀ (dormqr). */
function householderQr(A: Mat): { Q: Mat; R: Mat; applyQt: (y: Vec) => Vec } {
  const n = A.length;
  const a = A.map((col) => col.slice());
  const taus: number[] = [];
  const vs: Vec[] = [];
  for (let k = 0; k < n; k++) {
    // dlarfg on a(k:n, k)
    const alpha = a[k][k];
    let xnorm = 0;
    for (let i = k + 1; i < n; i++) xnorm += a[k][i] * a[k][i];
    xnorm = Math.sqrt(xnorm);
    const v = new Array(n).fill(0);
    v[k] = 1;
    let tau = 0;
    if (xnorm !== 0) {
      const norm = Math.sqrt(alpha * alpha + xnorm * xnorm);
      const beta = alpha >= 0 ? -norm : norm;
      tau = (beta - alpha) / beta;
      const scale = 1 / (alpha - beta);
      for (let i = k + 1; i < n; i++) {
        a[k][i] *= scale;
        v[i] = a[k][i];
      }
      a[k][k] = beta;
    }
    taus.push(tau);
    vs.push(v);
    // apply H = I − τ v vᵀ to the remaining columns (dlarf)
    if (tau !== 0)
      for (let j = k + 1; j < n; j++) {
        let w = 0;
        for (let i = k; i < n; i++) w += a[j][i] * v[i];
        for (let i = k; i < n; i++) a[j][i] -= tau * w * v[i];
      }
  }
  const R: Mat = a.map((col, j) => col.map((x, i) => (i <= j ? x : 0)));
  // Q = H1 H2 … Hn applied to the identity (dorg2r order: last reflector first).
  const Q: Mat = Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)));
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k];
    const tau = taus[k];
    if (tau === 0) continue;
    for (let j = 0; j < n; j++) {
      let w = 0;
      for (let i = k; i < n; i++) w += Q[j][i] * v[i];
      for (let i = k; i < n; i++) Q[j][i] -= tau * w * v[i];
    }
  }
  const applyQt = (y: Vec) => {
    const out = y.slice();
    for (let k = 0; k < n; k++) {
      if (taus[k] === 0) continue;
      let w = 0;
      for (let i = k; i < n; i++) w += vs[k][i] * out[i];
      for (let i = k; i < n; i++) out[i] -= taus[k] * w * vs[k][i];
    }
    return out;
  };
  return { Q, R, applyQt };
}

/** 1-norm reciprocal condition number of upper-triangular R (dtrcon '1'), computed exactly. */
function rcondUpper(R: Mat): number {
  const n = R.length;
  for (let i = 0; i < n; i++) if (R[i][i] === 0) return 0;
  const norm1 = (M: Mat) => Math.max(...M.map((col) => col.reduce((s, x) => s + Math.abs(x), 0)));
  const inv: Mat = Array.from({ length: n }, (_, j) =>
    upperSolve(
      R,
      Array.from({ length: n }, (_, i) => (i === j ? 1 : 0))
    )
  );
  return 1 / (norm1(R) * norm1(inv));
}

/**
 * Solves f(x) = 0 from x0 as R's nleqslv(x0, f) does with its defaults (Broyden, double dogleg).
 */
export function nleqslv(fn: (x: Vec) => Vec, x0: Vec, control: NleqslvControl = {}): NleqslvResult {
  const n = x0.length;
  const ftol = control.ftol ?? 1e-8;
  const xtol = control.xtol ?? 1e-8;
  const btol = Math.max(control.btol ?? 1e-3, xtol);
  const maxit = control.maxit ?? 150;
  const cndtol = control.cndtol ?? 1e-12;
  const stepmx = Math.max(1000 * nrm2(x0), 1000);
  const dlt0 = -2;
  let dlt = dlt0;
  const fnorm = (f: Vec) => {
    const l = nrm2(f);
    return 0.5 * l * l;
  };
  const fmaxAbs = (f: Vec) => Math.max(...f.map(Math.abs));

  let xc = x0.slice();
  let fc = fn(xc);
  let fcnorm = fnorm(fc);
  let xp = xc.slice();
  let fp = fc.slice();
  let fpnorm = fcnorm;
  if (fmaxAbs(fc) <= ftol) return { x: xc, fvec: fc, termcd: 1, iterations: 0 };

  let Q: Mat = [];
  let R: Mat = [];
  let iter = 0;
  let termcd = 0;
  let jacevl = true;
  // Finite-difference step factor: p = √max(10^−ndigit, ε), ndigit = −log10 ε (fdjac).
  const ndigit = -Math.log10(EPSM);
  const p = Math.sqrt(Math.max(Math.pow(10, -ndigit), EPSM));

  while (termcd === 0) {
    iter++;
    let dn: Vec = [];
    let qtf: Vec = [];
    let gp: Vec = [];
    let ierr = 0;
    if (jacevl) {
      const J: Mat = [];
      for (let j = 0; j < n; j++) {
        let h = p + p * Math.abs(xc[j]);
        const xcj = xc[j];
        const xh = xc.slice();
        xh[j] = xcj + h;
        h = xh[j] - xcj;
        const fz = fn(xh);
        J.push(fz.map((v, i) => (v - fc[i]) / h));
      }
      gp = transTimes(J, fc);
      const qr = householderQr(J);
      const rc = rcondUpper(qr.R);
      ierr = rc === 0 ? 2 : rc <= cndtol ? 1 : 0;
      if (ierr === 0) {
        qtf = qr.applyQt(fc);
        dn = upperSolve(qr.R, qtf).map((v) => -v);
        Q = qr.Q;
        R = qr.R;
      }
    } else {
      const rc = rcondUpper(R);
      ierr = rc === 0 ? 2 : rc <= cndtol ? 1 : 0;
      if (ierr === 0) {
        qtf = transTimes(Q, fc);
        dn = upperSolve(R, qtf).map((v) => -v);
        gp = upperTransTimes(R, qtf);
      }
    }
    let retcd = 0;
    if (ierr > 0) {
      xp = xc.slice();
      fp = fc.slice();
      fpnorm = fcnorm;
    } else {
      const step = doubleDogleg();
      retcd = step;
    }
    // Termination tests (nwtcvg).
    termcd = 0;
    if (ierr !== 0) termcd = 4 + ierr;
    else if (fmaxAbs(fp) <= ftol) termcd = 1;
    else if (retcd === 1) termcd = 3;
    else if (Math.max(...xp.map((v, i) => Math.abs(v - xc[i]) / Math.max(Math.abs(v), 1))) <= xtol) termcd = 2;
    else if (iter >= maxit) termcd = 4;

    let jacupd: boolean;
    if (termcd === 3 && !jacevl) {
      jacevl = true;
      jacupd = false;
      dlt = dlt0;
      termcd = 0;
    } else if (termcd > 0) jacupd = false;
    else {
      jacupd = true;
      jacevl = false;
    }
    if (jacupd) {
      broydenUpdate();
      xc = xp.slice();
      fc = fp.slice();
      fcnorm = fpnorm;
    }

    // nwddlg: the double-dogleg global step; returns retcd of nwtrup.
    function doubleDogleg(): number {
      const dnlen = nrm2(dn);
      const sqalpha = nrm2(gp);
      const alpha = sqalpha * sqalpha;
      const rg = upperTimes(R, gp);
      const rgl = nrm2(rg);
      const beta = rgl * rgl;
      const ssd = gp.map((g) => -(alpha / beta) * g);
      const ssdlen = (alpha * sqalpha) / beta;
      if (dlt === -1) dlt = Math.min(ssdlen, stepmx);
      else if (dlt === -2) dlt = Math.min(dnlen, stepmx);
      const gamma = (alpha * alpha) / (-beta * dot(gp, dn));
      const eta = 0.2 + 0.8 * gamma;
      const v = dn.map((d, i) => eta * d - ssd[i]);
      const vssdag = dot(v, ssd);
      const vl = nrm2(v);
      const vlen = vl * vl;
      let rc = 4;
      let xprev: Vec = [];
      let fprev: Vec = [];
      let fpnsav = 0;
      while (rc > 1) {
        // dogstp
        let nwtake = false;
        let d: Vec;
        if (dnlen <= dlt) {
          nwtake = true;
          d = dn.slice();
          dlt = dnlen;
        } else if (eta * dnlen <= dlt) d = dn.map((x) => (dlt / dnlen) * x);
        else if (ssdlen >= dlt) d = ssd.map((x) => (dlt / ssdlen) * x);
        else {
          const lambda = (-vssdag + Math.sqrt(vssdag * vssdag - vlen * (ssdlen * ssdlen - dlt * dlt))) / vlen;
          d = ssd.map((x, i) => x + lambda * v[i]);
        }
        const wa = upperTimes(R, d).map((x, i) => x + qtf[i]);
        const wl = nrm2(wa);
        const fpred = 0.5 * wl * wl;
        xp = xc.map((x, i) => x + d[i]);
        fp = fn(xp);
        fpnorm = fnorm(fp);
        // nwtrup
        const ared = fpnorm - fcnorm;
        const pred = fpred - fcnorm;
        const slope = dot(gp, d);
        const ret3ok = rc === 3 && (fpnorm >= fpnsav || ared > 1e-4 * slope);
        if (rc === 3 && ret3ok) {
          rc = 0;
          xp = xprev.slice();
          fp = fprev.slice();
          fpnorm = fpnsav;
          dlt = 0.5 * dlt;
        } else if (ared > 1e-4 * slope) {
          const rln = Math.max(...d.map((x, i) => Math.abs(x) / Math.max(Math.abs(xp[i]), 1)));
          if (rln < btol) rc = 1;
          else {
            rc = 2;
            const sclen = nrm2(d);
            const dltmp = (-slope * sclen) / (2 * (ared - slope));
            if (dltmp < 0.1 * dlt) dlt = 0.1 * dlt;
            else dlt = Math.min(0.5 * dlt, dltmp);
          }
        } else if (rc !== 2 && Math.abs(pred - ared) <= 0.1 * Math.abs(ared) && !nwtake && dlt <= 0.99 * stepmx) {
          xprev = xp.slice();
          fprev = fp.slice();
          fpnsav = fpnorm;
          dlt = Math.min(2 * dlt, stepmx);
          rc = 3;
        } else {
          rc = 0;
          if (ared >= 0.1 * pred) dlt = 0.5 * dlt;
          else if (ared <= 0.75 * pred) dlt = Math.min(2 * dlt, stepmx);
        }
      }
      return rc;
    }

    // brupdt: Broyden rank-one update of Q and R with (xp − xc, fp − fc).
    function broydenUpdate(): void {
      const eta = 100 * 2 * EPSM;
      const dx = xp.map((x, i) => x - xc[i]);
      const df = fp.map((f, i) => f - fc[i]);
      for (let j = 0; j < n; j++) for (let i = j + 1; i < n; i++) R[j][i] = 0;
      const rdx = upperTimes(R, dx);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += Q[j][i] * rdx[j];
        df[i] -= s;
      }
      let doupdt = false;
      for (let i = 0; i < n; i++) {
        if (Math.abs(df[i]) > eta * (Math.abs(fp[i]) + Math.abs(fc[i]))) doupdt = true;
        else df[i] = 0;
      }
      if (!doupdt) return;
      const sts = nrm2(dx);
      const u = df.map((x) => x * (1 / sts));
      const v = dx.map((x) => x * (1 / sts));
      qrRankOneUpdate(u, v);
    }

    // liqrup: QR of Q·R + u·vᵀ by Givens rotations (ACM TOMS Algorithm 686).
    function qrRankOneUpdate(u: Vec, v: Vec): void {
      const wk = Q.map((col) => dot(col, u));
      const rotRows = (k: number, from: number, c: number, s: number) => {
        for (let j = from; j < n; j++) {
          const x = R[j][k];
          const y = R[j][k + 1];
          R[j][k] = c * x + s * y;
          R[j][k + 1] = c * y - s * x;
        }
      };
      const rotQ = (k: number, c: number, s: number) => {
        for (let i = 0; i < n; i++) {
          const x = Q[k][i];
          const y = Q[k + 1][i];
          Q[k][i] = c * x + s * y;
          Q[k + 1][i] = c * y - s * x;
        }
      };
      for (let k = n - 2; k >= 0; k--) {
        const [c, s, r] = givens(wk[k], wk[k + 1]);
        wk[k] = r;
        wk[k + 1] = 0;
        rotRows(k, k, c, s);
        rotQ(k, c, s);
      }
      for (let j = 0; j < n; j++) R[j][0] += wk[0] * v[j];
      for (let k = 0; k < n - 1; k++) {
        const [c, s, r] = givens(R[k][k], R[k][k + 1]);
        R[k][k] = r;
        R[k][k + 1] = 0;
        rotRows(k, k + 1, c, s);
        rotQ(k, c, s);
      }
    }
  }
  return { x: xp, fvec: fp, termcd, iterations: iter };
}
