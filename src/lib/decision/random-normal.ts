/**
 * R's normal random numbers by INVERSION (snorm.c), one at a time and in batches (the batch path uses the
 * WebAssembly core of rng.ts where it can), bit-identical to R 4.2 at the same seed.
 */

import { qnormCentral, qnormStd, qnormTail } from "./normal.js";
import { type RandomSource, RRandom, WASM_MAX_COUNT, wordToUnif } from "./rng.js";

/** Uniform in (0, 1), guarded as R's runif does against a source returning the bounds. */
export function unifOpen(rng: RandomSource): number {
  let u: number;
  do u = rng.unifRand();
  while (u <= 0 || u >= 1);
  return u;
}

/** R's norm_rand() with normal.kind "Inversion": two uniforms per normal. */
export function normRand(rng: RandomSource): number {
  const BIG = 134217728; // 2^27
  let u = rng.unifRand();
  u = Math.trunc(BIG * u) + rng.unifRand();
  return qnormStd(u / BIG);
}

/**
 * `count` draws of norm_rand() into out[0..count), the same numbers in the same order as `count` calls of
 * normRand(rng). Most of a normal's cost in JavaScript is overhead around the arithmetic (a call and a
 * boxed number per uniform and per quantile), so with R's generator this reads the block of tempered
 * words directly, see fillNormRandMt.
 */
export function fillNormRand(rng: RandomSource, out: Float64Array, count: number): void {
  if (rng instanceof RRandom) fillNormRandMt(rng, out, count);
  else for (let i = 0; i < count; i++) out[i] = normRand(rng);
}

let normalsScratch = new Float64Array(64);

/**
 * `count` draws of norm_rand(), returned in the first `count` slots of a buffer that is only valid until
 * the next draw from any generator (it may be the WebAssembly core's result buffer): saves the copy of
 * fillNormRand for callers that use the normals at once.
 */
export function drawNormals(rng: RandomSource, count: number): Float64Array {
  if (rng instanceof RRandom && rng.wasm && count <= WASM_MAX_COUNT) {
    rng.pos = rng.wasm.normals(rng.pos, count);
    return rng.wasm.results;
  }
  if (normalsScratch.length < count) normalsScratch = new Float64Array(Math.max(count, 2 * normalsScratch.length));
  fillNormRand(rng, normalsScratch, count);
  return normalsScratch;
}

/** Probabilities of the normals being drawn, in chunks (see fillNormRandMt). */
const probabilities = new Float64Array(256);

/**
 * Normals from R's Mersenne-Twister: the WebAssembly core (rng.wat) when there is one, else in
 * JavaScript, the same three passes over chunks of up to 256:
 * 1. p = (⌊2²⁷·U₁⌋ + U₂)/2²⁷ from two words, where ⌊2²⁷·U₁⌋ = word₁ >>> 5 exactly (U₁ = word₁·2⁻³², and
 *    a zero word's fix-up value 2⁻³³ also floors to 0), so the number is bit-identical to normRand's;
 * 2. AS241's central rational function for every p (branch-free, so consecutive draws overlap in the CPU);
 * 3. the tails (|p − ½| > 0.425, 15 % of draws) recomputed with their own formula.
 */
function fillNormRandMt(rng: RRandom, out: Float64Array, count: number): void {
  const wasm = rng.wasm;
  if (wasm) {
    const results = wasm.results;
    for (let start = 0; start < count; start += WASM_MAX_COUNT) {
      const m = Math.min(WASM_MAX_COUNT, count - start);
      rng.pos = wasm.normals(rng.pos, m);
      for (let i = 0; i < m; i++) out[start + i] = results[i];
    }
    return;
  }
  const BIG = 134217728; // 2^27
  const block = rng.block;
  const len = block.length;
  const p = probabilities;
  for (let start = 0; start < count; start += p.length) {
    const m = Math.min(p.length, count - start);
    let pos = rng.pos;
    for (let i = 0; i < m; i++) {
      if (pos >= len) {
        rng.refill();
        pos = 0;
      }
      const word1 = block[pos++];
      if (pos >= len) {
        rng.refill();
        pos = 0;
      }
      p[i] = ((word1 >>> 5) + wordToUnif(block[pos++])) / BIG;
    }
    rng.pos = pos;
    for (let i = 0; i < m; i++) out[start + i] = qnormCentral(p[i] - 0.5);
    for (let i = 0; i < m; i++) {
      const q = p[i] - 0.5;
      if (!(Math.abs(q) <= 0.425)) out[start + i] = qnormTail(p[i], q);
    }
  }
}

/** One draw of rnorm(1, mu, sigma). sigma = 0 returns mu without using the stream, as R does. */
export function rnorm(rng: RandomSource, mu: number, sigma: number): number {
  if (Number.isNaN(mu) || !Number.isFinite(sigma) || sigma < 0) return NaN;
  if (sigma === 0 || !Number.isFinite(mu)) return mu;
  return mu + sigma * normRand(rng);
}

/** `count` draws of rnorm(1, mu, sigma) into out[0..count) (R's rnorm(count, mu, sigma)), batched. */
export function fillRnorm(rng: RandomSource, mu: number, sigma: number, out: Float64Array, count: number): void {
  if (Number.isNaN(mu) || !Number.isFinite(sigma) || sigma < 0 || sigma === 0 || !Number.isFinite(mu)) {
    out.fill(rnorm(rng, mu, sigma), 0, count); // no draw: NaN or mu
    return;
  }
  fillNormRand(rng, out, count);
  for (let i = 0; i < count; i++) out[i] = mu + sigma * out[i];
}
