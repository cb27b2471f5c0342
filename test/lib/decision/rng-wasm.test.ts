/**
 * The WebAssembly core of R's generator (src/lib/decision/rng.wat) against the JavaScript code it speeds
 * up (rng.ts, rmath.ts): the same words, uniforms, normals and Bernoulli draws, bit for bit. The
 * JavaScript itself is pinned to R's numbers in rmath.test.ts and simulate.test.ts.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without type declarations
import { compileWat } from "../../../scripts/build-rng-wasm.mjs";
import { qnorm } from "../../../src/lib/decision/normal.js";
import { fillNormRand, normRand } from "../../../src/lib/decision/random-normal.js";
import { fillBernoulli, rbernoulli } from "../../../src/lib/decision/rmath.js";
import { createRRandom, type RRandom } from "../../../src/lib/decision/rng.js";
import { RNG_WASM_BASE64 } from "../../../src/lib/decision/rng-wasm.js";

/** The same mixed sequence of draws from a generator: normals in batches of many sizes, uniforms, Bernoullis. */
function drawMixed(rng: RRandom): number[] {
  const out: number[] = [];
  const buf = new Float64Array(3000);
  for (const size of [1, 2, 3, 19, 20, 623, 624, 625, 1024, 1025, 2999, 7]) {
    fillNormRand(rng, buf, size);
    out.push(...buf.subarray(0, size));
    out.push(rng.unifRand());
    fillBernoulli(rng, 0.3, buf, 5);
    out.push(...buf.subarray(0, 5));
  }
  return out;
}

describe("createRRandom(seed) with the WebAssembly core", () => {
  it("uses WebAssembly in Node (so the tests below compare two implementations)", () => {
    expect(createRRandom(42).wasm).not.toBeNull();
    expect(createRRandom(42, { webAssembly: false }).wasm).toBeNull();
  });

  it("gives the same numbers as the JavaScript generator, bit for bit", () => {
    for (const seed of [42, 1, 0, -7, 2147483647]) {
      const a = drawMixed(createRRandom(seed));
      const b = drawMixed(createRRandom(seed, { webAssembly: false }));
      expect(a.length).toBe(b.length);
      const differing = a.filter((v, i) => !Object.is(v, b[i])).length;
      expect(differing).toBe(0);
    }
  });

  it("fills batches with the draws of normRand and rbernoulli one by one", () => {
    for (const p of [0.3, 0.5, 0.7, 1e-9, 1 - 1e-9, 0.05]) {
      const a = createRRandom(7);
      const b = createRRandom(7);
      const buf = new Float64Array(1500);
      fillBernoulli(a, p, buf, 1500);
      const one = Array.from({ length: 1500 }, () => rbernoulli(b, p));
      expect(Array.from(buf)).toEqual(one);
      fillNormRand(a, buf, 700);
      const normals = Array.from({ length: 700 }, () => normRand(b));
      expect(Array.from(buf.subarray(0, 700)).every((v, i) => Object.is(v, normals[i]))).toBe(true);
    }
  });

  it("computes AS241's three branches as qnorm does", () => {
    const core = createRRandom(1).wasm!;
    // central (|p − ½| ≤ 0.425), tails with r ≤ 5 and the far tails (p < e^−25 ≈ 1.4e−11), both sides
    const ps = [0.5, 0.075, 0.925, 0.0749999, 0.9250001, 0.3, 0.7, 1e-3, 1 - 1e-3, 1e-10, 1e-12, 1e-300, 1 - 1e-16, 5e-324, 0.42, 0.58];
    core.probabilities.set(ps);
    core.quantiles(ps.length);
    ps.forEach((p, i) => expect(Object.is(core.results[i], qnorm(p))).toBe(true));
  });

  it("rng-wasm.ts is the compiled rng.wat", async () => {
    const bytes: Uint8Array = await compileWat(new URL("../../../src/lib/decision/rng.wat", import.meta.url).pathname);
    expect(Buffer.from(bytes).toString("base64")).toBe(RNG_WASM_BASE64);
  });
});
