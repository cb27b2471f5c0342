/**
 * R's normal distribution functions, ported so that the engine gives R 4.2's numbers: qnorm (Wichura's
 * AS241, qnorm.c), pnorm (Cody 1993, pnorm.c) and dnorm. AS241 is split in a small central part and the
 * tails so that V8 inlines the part 85 % of normal draws take.
 */
export const M_1_SQRT_2PI = 0.398942280401432677939946059934;
const M_SQRT_32 = 5.65685424949238019520675489683879231;
const DBL_EPSILON = 2.220446049250313e-16;
/** qnorm(0.95): the 95 % critical value decisionSupport uses to turn a 90 % interval into a sd. */
export const C95 = 1.6448536269514722;

/** Quantile of the normal distribution (R's qnorm, lower tail, AS241). */
export function qnorm(p: number, mu = 0, sigma = 1): number {
  if (Number.isNaN(p) || Number.isNaN(mu) || Number.isNaN(sigma)) return NaN;
  if (p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (sigma < 0) return NaN;
  if (sigma === 0) return mu;
  return mu + sigma * qnormStd(p);
}

/** Standard normal quantile for 0 < p < 1 (AS241), without argument checks: the sampler's hot path. */
export function qnormStd(p: number): number {
  const q = p - 0.5;
  return Math.abs(q) <= 0.425 ? qnormCentral(q) : qnormTail(p, q);
}

// AS241 is split in a small central part (85 % of normal draws) and the tails so that V8 inlines the
// central part into the samplers' loops (a function over its bytecode limit is always called, and every
// call returning a double allocates a boxed number). The arithmetic is R's, operation for operation.

/** AS241 for |q| ≤ 0.425, q = p − 0.5: a rational function of r = 0.180625 − q². */
export function qnormCentral(q: number): number {
  const r = 0.180625 - q * q;
  return (
    (q *
      (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
        13731.693765509461125) *
        r +
        1971.5909503065514427) *
        r +
        133.14166789178437745) *
        r +
        3.387132872796366608)) /
    (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
      5394.1960214247511077) *
      r +
      687.1870074920579083) *
      r +
      42.313330701600911252) *
      r +
      1)
  );
}

/** AS241 for |q| > 0.425: rational functions of r = sqrt(−log(min(p, 1 − p))). */
export function qnormTail(p: number, q: number): number {
  let r = q < 0 ? p : 0.5 - p + 0.5;
  r = Math.sqrt(-Math.log(r));
  let val: number;
  if (r <= 5) {
    r += -1.6;
    val =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r += -5;
    val =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -val : val;
}

const PN_A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const PN_B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const PN_C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
  11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8
];
const PN_D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266,
  38912.003286093271411, 19685.429676859990727
];
const PN_P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303
];
const PN_Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

/** Standard normal lower-tail probability, R's pnorm_both(x, i_tail = 0) (Cody's algorithm). */
function pnormStd(x: number): number {
  const y = Math.abs(x);
  let xnum: number;
  let xden: number;
  let temp: number;
  if (y <= 0.67448975) {
    if (y > DBL_EPSILON * 0.5) {
      const xsq = x * x;
      xnum = PN_A[4] * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i++) {
        xnum = (xnum + PN_A[i]) * xsq;
        xden = (xden + PN_B[i]) * xsq;
      }
    } else {
      xnum = xden = 0;
    }
    temp = (x * (xnum + PN_A[3])) / (xden + PN_B[3]);
    return 0.5 + temp;
  }
  let cum: number;
  if (y <= M_SQRT_32) {
    xnum = PN_C[8] * y;
    xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + PN_C[i]) * y;
      xden = (xden + PN_D[i]) * y;
    }
    temp = (xnum + PN_C[7]) / (xden + PN_D[7]);
    const xsq = Math.trunc(y * 16) / 16;
    const del = (y - xsq) * (y + xsq);
    cum = Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp;
  } else if (-37.5193 < x && x < 8.2924) {
    const xsq1 = 1 / (x * x);
    xnum = PN_P[5] * xsq1;
    xden = xsq1;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + PN_P[i]) * xsq1;
      xden = (xden + PN_Q[i]) * xsq1;
    }
    temp = (xsq1 * (xnum + PN_P[4])) / (xden + PN_Q[4]);
    temp = (M_1_SQRT_2PI - temp) / y;
    const xsq = Math.trunc(x * 16) / 16;
    const del = (x - xsq) * (x + xsq);
    cum = Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp;
  } else {
    return x > 0 ? 1 : 0;
  }
  // cum is the tail beyond |x|; swap for positive x as R's swap_tail does.
  return x > 0 ? 1 - cum : cum;
}

/** Normal distribution function P(X ≤ q), R's pnorm(q, mean, sd). */
export function pnorm(q: number, mean = 0, sd = 1): number {
  if (Number.isNaN(q) || Number.isNaN(mean) || Number.isNaN(sd)) return NaN;
  if (!Number.isFinite(q) && mean === q) return NaN;
  if (sd <= 0) {
    if (sd < 0) return NaN;
    return q < mean ? 0 : 1;
  }
  const p = (q - mean) / sd;
  if (!Number.isFinite(p)) return q < mean ? 0 : 1;
  return pnormStd(p);
}

/** Normal density, R's dnorm(x, mean, sd). */
export function dnorm(x: number, mean = 0, sd = 1): number {
  if (Number.isNaN(x) || Number.isNaN(mean) || Number.isNaN(sd)) return NaN;
  if (sd < 0) return NaN;
  if (!Number.isFinite(sd)) return 0;
  if (sd === 0) return x === mean ? Infinity : 0;
  const z = (x - mean) / sd;
  if (!Number.isFinite(z)) return 0;
  const a = Math.abs(z);
  if (a >= 2 * Math.sqrt(Number.MAX_VALUE)) return 0;
  if (a < 5) return (M_1_SQRT_2PI * Math.exp(-0.5 * a * a)) / sd;
  if (a > Math.sqrt(-2 * Math.LN2 * (-1074 + 1 - 1024))) return 0; // R's underflow bound
  // R splits x² into a 16-bit-exact part and a remainder for accuracy in the tail.
  const x1 = Math.round(a * 65536) / 65536;
  const x2 = a - x1;
  return (M_1_SQRT_2PI / sd) * (Math.exp(-0.5 * x1 * x1) * Math.exp((-0.5 * x2 - x1) * x2));
}
