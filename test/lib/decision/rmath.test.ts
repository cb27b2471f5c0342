/**
 * R's RNG primitives and the decisionSupport helpers, pinned to R 4.2.2 output at set.seed(42)
 * (test/fixtures/decision/utils_check.json, copied byte-identical from shared/reference/decisionsupport/,
 * produced with decisionSupport 1.115, msm 1.7). Tolerance: 1e-12 relative.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chanceEvent, discount, gompertzYield, tempSituations, vv } from "../../../src/lib/decision/helpers.js";
import { dnorm, pnorm, qnorm } from "../../../src/lib/decision/normal.js";
import { rnorm } from "../../../src/lib/decision/random-normal.js";
import { rbernoulli, rexp, rlnorm, runif, sampleIntReplace } from "../../../src/lib/decision/rmath.js";
import { createRRandom } from "../../../src/lib/decision/rng.js";
import { rtnorm } from "../../../src/lib/decision/rtnorm.js";

const ref = JSON.parse(readFileSync(new URL("../../fixtures/decision/utils_check.json", import.meta.url), "utf8"));

function expectClose(actual: number[], expected: number[], rel = 1e-12) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    const tol = rel * Math.max(Math.abs(e), 1e-300);
    if (!(Math.abs(a - e) <= tol)) throw new Error(`element ${i}: got ${a}, R gave ${e} (tolerance ${tol})`);
  });
}

const draw = (n: number, f: () => number) => Array.from({ length: n }, f);

describe("RRandom(42) primitives", () => {
  it("runif(5) matches R", () => {
    const rng = createRRandom(42);
    expectClose(
      draw(5, () => runif(rng, 0, 1)),
      ref.rng.runif
    );
  });
  it("rnorm(5) uses two uniforms per normal (inversion)", () => {
    const rng = createRRandom(42);
    expectClose(
      draw(5, () => rnorm(rng, 0, 1)),
      ref.rng.rnorm
    );
  });
  it("rnorm(5, 10, 2) matches R", () => {
    const rng = createRRandom(42);
    expectClose(
      draw(5, () => rnorm(rng, 10, 2)),
      ref.rng.rnorm_mean_sd
    );
  });
  it("rbinom(10, 1, 0.3) and rbinom(10, 1, 0.7) match R", () => {
    let rng = createRRandom(42);
    expect(draw(10, () => rbernoulli(rng, 0.3))).toEqual(ref.rng.rbinom_1_p03);
    rng = createRRandom(42);
    expect(draw(10, () => rbernoulli(rng, 0.7))).toEqual(ref.rng.rbinom_1_p07);
  });
  it("rexp(5) matches R (Ahrens–Dieter exp_rand)", () => {
    const rng = createRRandom(42);
    expectClose(
      draw(5, () => rexp(rng, 1)),
      ref.rng.rexp
    );
  });
  it("rlnorm(5, 1, 0.5) matches R", () => {
    const rng = createRRandom(42);
    expectClose(
      draw(5, () => rlnorm(rng, 1, 0.5)),
      ref.rng.rlnorm
    );
  });
  it("sample.int(100, 5, TRUE) matches R (rejection sampling)", () => {
    const rng = createRRandom(42);
    expect(sampleIntReplace(rng, 100, 5)).toEqual(ref.rng.sample_int);
  });
  it("qnorm matches R including both tails", () => {
    expectClose(
      [1e-10, 0.05, 0.5, 0.95, 1 - 1e-10].map((p) => qnorm(p)),
      ref.rng.qnorm
    );
  });
  it("rbernoulli uses no draw for p = 0 or 1 and gives NaN outside [0, 1]", () => {
    const rng = createRRandom(42);
    expect(rbernoulli(rng, 0)).toBe(0);
    expect(rbernoulli(rng, 1)).toBe(1);
    expect(rbernoulli(rng, 1.2)).toBeNaN();
    expect(runif(rng, 0, 1)).toBeCloseTo(ref.rng.runif[0], 15);
  });
  it("different seeds give different streams and the same seed repeats", () => {
    expect(createRRandom(1).unifRand()).not.toBe(createRRandom(2).unifRand());
    expect(createRRandom(7).unifRand()).toBe(createRRandom(7).unifRand());
  });
});

describe("pnorm(q) and dnorm(x)", () => {
  // Values from R 4.2.2: pnorm(1.96) = 0.9750021048517795, pnorm(-8) = 6.22096057427178e-16,
  // dnorm(1) = 0.2419707245191434, dnorm(10) = 7.69459862670642e-23.
  it("matches R in the centre and the tails", () => {
    expectClose([pnorm(1.96), pnorm(-8), pnorm(0)], [0.9750021048517795, 6.22096057427178e-16, 0.5], 1e-14);
    expectClose([dnorm(1), dnorm(10)], [0.2419707245191434, 7.69459862670642e-23], 1e-14);
  });
  it("handles sd 0 and non-finite input as R", () => {
    expect(pnorm(1, 2, 0)).toBe(0);
    expect(pnorm(Infinity)).toBe(1);
    expect(pnorm(1, 0, -1)).toBeNaN();
  });
});

describe("rtnorm(rng, n, mean, sd, lower, upper) (msm 1.7)", () => {
  // The four msm::rtnorm cases of utils_check.json, n = 10 at set.seed(42). The file does not list their
  // arguments; (mean, sd, lower, upper) below reproduce all ten values of each case (a posnorm, a posnorm
  // with negative parent mean: algorithm 1, a narrow tnorm_0_1: algorithm 0, a wide one: algorithm 3).
  const cases: [string, number, number, number, number][] = [
    ["rtnorm_posnorm", 5, 3, 0, Infinity],
    ["rtnorm_posnorm_negmean", -1, 1, 0, Infinity],
    ["rtnorm_0_1", 0.2, 0.06, 0, 1],
    ["rtnorm_0_1_wide", 0.5, 0.5, 0, 1]
  ];
  for (const [key, mu, sigma, a, b] of cases) {
    it(`${key} matches R`, () => {
      const rng = createRRandom(42);
      expectClose(Array.from(rtnorm(rng, 10, mu, sigma, a, b)), ref.rng[key]);
    });
  }
});

describe("vv(mean, cv, n, opts)", () => {
  it("vv(100, 10, 30) matches R", () => expectClose(vv(createRRandom(42), 100, 10, 30), ref.vv_plain));
  it("absolute trend 5 matches R", () => expectClose(vv(createRRandom(42), 100, 10, 10, { absoluteTrend: 5 }), ref.vv_abs_trend));
  it("relative trend 5 % matches R", () => expectClose(vv(createRRandom(42), 100, 10, 10, { relativeTrend: 5 }), ref.vv_rel_trend));
  it("limits 95..105 clamp as R", () =>
    expectClose(vv(createRRandom(42), 100, 10, 10, { lowerLimit: 95, upperLimit: 105 }), ref.vv_limits));
  it("CV 0 draws no random number", () => {
    const rng = createRRandom(42);
    expectClose([...vv(rng, 100, 0, 3), runif(rng, 0, 1)], ref.vv_cv0);
  });
  it("recycles a vector of means", () => {
    const a = vv(createRRandom(42), [100, 200], 0, 5);
    expect(a).toEqual([100, 200, 100, 200, 100]);
  });
  it("rejects both trends as R does", () => {
    expect(() => vv(createRRandom(42), 100, 10, 5, { absoluteTrend: 1, relativeTrend: 1 })).toThrow(/both/);
  });
});

describe("chanceEvent(chance, valueIf, valueIfNot, n, opts)", () => {
  it("chance_event(0.6, 6) matches R", () => expectClose(chanceEvent(createRRandom(42), 0.6, 6), [ref.chance_event_scalar]));
  it("vector values match R", () => expectClose(chanceEvent(createRRandom(42), 0.5, [0, 5], [5, 6]), ref.chance_event_vec));
  it("n = 10 with CV_if 20 matches R", () =>
    expectClose(chanceEvent(createRRandom(42), 0.5, 1, 5, 10, { cvIf: 20 }), ref.chance_event_n_cv));
  it("one_draw matches R", () => expectClose(chanceEvent(createRRandom(42), 0.3, 1, 0, 10, { oneDraw: true }), ref.chance_event_one_draw));
  it("rejects values of different length", () => {
    expect(() => chanceEvent(createRRandom(42), 0.5, [1, 2], [1])).toThrow(/same length/);
  });
  it("gives NaN for a chance outside [0, 1]", () => expect(chanceEvent(createRRandom(42), 1.5, 1, 0)[0]).toBeNaN());
});

describe("gompertzYield(o)", () => {
  const args = { maxHarvest: 1000, timeToFirstYield: 5, timeToSecondYield: 15, firstYieldPercent: 10, secondYieldPercent: 90, nYears: 30 };
  it("CV 0 matches R", () => expectClose(gompertzYield(createRRandom(42), args), ref.gompertz_yield_cv0.value));
  it("keeps early yields when noYieldBeforeFirst is false", () =>
    expectClose(gompertzYield(createRRandom(42), { ...args, noYieldBeforeFirst: false }), ref.gompertz_yield_cv0_keep_early));
  it("CV 5 draws one normal per year as R", () =>
    expectClose(gompertzYield(createRRandom(42), { ...args, varCV: 5 }), ref.gompertz_yield_cv5));
});

describe("discount(x, rate, calculateNpv)", () => {
  it("leaves the first element undiscounted and matches R", () => {
    expectClose(discount(ref.discount.x, 5), ref.discount.discounted);
    expectClose([discount(ref.discount.x, 5, true)], [ref.discount.npv]);
  });
});

describe("tempSituations(n, pOccurrence, pResolution, opts)", () => {
  it("draws n occurrences, then n resolutions, then the outcomes", () => {
    const out = tempSituations(createRRandom(42), 10, 0.3, 0.5, { normalOutcome: 10, situationOutcome: 100 });
    // Occurrence draws at seed 42 are rbinom(10, 1, 0.3) = 1 1 0 1 0 0 1 0 0 1 (utils_check.json);
    // a 0 after a 1 becomes 1 only when that year's resolution draw is 1 (R's loop).
    expect(out.length).toBe(10);
    expect(out.filter((v) => v === 100).length).toBeGreaterThanOrEqual(5);
    expect(out.every((v) => v === 10 || v === 100)).toBe(true);
  });
});
