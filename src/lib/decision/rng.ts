/**
 * Random sources for the decision engine.
 *
 * Everything random in the engine draws from a `RandomSource`: one method returning a uniform number in
 * the open interval (0, 1). `createRRandom(seed)` is R's default generator (Mersenne-Twister with R's
 * `set.seed` scrambling), so that a seed gives the same numbers as R 4.x with
 * RNGkind("Mersenne-Twister", "Inversion", "Rejection"). Any other seeded generator can be plugged in by
 * implementing `RandomSource`; the samplers in rmath.ts only call `unifRand()`.
 *
 * Source of the algorithm: R's src/main/RNG.c (MT_genrand, Randomize/FixupSeeds, fixup) and
 * Matsumoto & Nishimura (1998), "Mersenne Twister", ACM TOMACS 8(1).
 *
 * Speed: the twist and the inversion normals run in WebAssembly (rng.wat, bit-identical to the
 * JavaScript here and in rmath.ts, which is used where WebAssembly is unavailable).
 */
import { RNG_WASM_BASE64 } from "./rng-wasm.js";

export interface RandomSource {
  /** A uniform random number strictly inside (0, 1). */
  unifRand(): number;
}

const N = 624;
const M = 397;
// As signed 32-bit integers, so the twist stays in V8's small-integer arithmetic.
const MATRIX_A = 0x9908b0df | 0;
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;
const TEMPERING_B = 0x9d2c5680 | 0;
const TEMPERING_C = 0xefc60000 | 0;
/** 2^-32, R's multiplier for MT output (reals in [0, 1)). */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
/** 1/(2^32 - 1): R's `i2_32m1`, used to nudge 0 and 1 into the open interval. */
const I2_32M1 = 2.328306437080797e-10;

/** The WebAssembly core of R's generator (rng.wat): state and outputs live in its memory. */
export interface RngWasm {
  /** The twist: regenerates the state and tempers it into the block. */
  refill(): void;
  /** `count` (≤ 1024) inversion normals into the result buffer from block[pos...]; returns the new pos. */
  normals(pos: number, count: number): number;
  /** qnorm of the probabilities buffer into the result buffer (for the tests). */
  quantiles(count: number): void;
  /** The result buffer (1025 doubles), the probabilities buffer (1025 doubles). */
  readonly results: Float64Array;
  readonly probabilities: Float64Array;
}

// Byte offsets in the WebAssembly memory (see rng.wat).
const WASM_MT = 0;
const WASM_BLOCK = 2496;
const WASM_P = 8192;
const WASM_OUT = 20480;
/** Most normals one normals() call makes. */
export const WASM_MAX_COUNT = 1024;

let wasmModule: WebAssembly.Module | null | undefined;

/** A new instance of the core, or null where WebAssembly (with SIMD) is not available. */
function instantiateRngWasm(): { core: RngWasm; memory: ArrayBuffer } | null {
  if (wasmModule === undefined) {
    try {
      const bytes = Uint8Array.from(atob(RNG_WASM_BASE64), (c) => c.charCodeAt(0));
      wasmModule = new WebAssembly.Module(bytes);
    } catch {
      wasmModule = null;
    }
  }
  if (!wasmModule) return null;
  let exports: { memory: WebAssembly.Memory; refill(): void; normals(pos: number, count: number): number; quantiles(count: number): void };
  try {
    exports = new WebAssembly.Instance(wasmModule, { math: { log: Math.log } }).exports as unknown as typeof exports;
  } catch {
    return null; // e.g. a browser that refuses synchronous instantiation here: the JavaScript generator
  }
  const memory = exports.memory.buffer;
  return {
    memory,
    core: {
      refill: exports.refill,
      normals: exports.normals,
      quantiles: exports.quantiles,
      results: new Float64Array(memory, WASM_OUT, WASM_MAX_COUNT + 1),
      probabilities: new Float64Array(memory, WASM_P, WASM_MAX_COUNT + 1)
    }
  };
}

export interface RRandomOptions {
  /** Use the WebAssembly core when available (default true); false: the JavaScript code only. */
  webAssembly?: boolean;
}

/** R's Mersenne-Twister, seeded as `set.seed(seed)` does. */
export class RRandom implements RandomSource {
  private readonly mt: Int32Array;
  /**
   * The current block of 624 tempered 32-bit outputs (as signed integers) and the index of the next unused
   * one (624: exhausted). Public for the batched samplers in rmath.ts, which read the block in their own
   * loops instead of calling unifRand() per number; only `refill()` writes them.
   */
  readonly block: Int32Array;
  pos = N;
  /** The WebAssembly core holding mt and block, or null (JavaScript only). */
  readonly wasm: RngWasm | null;

  constructor(seed: number, options: RRandomOptions = {}) {
    const instance = options.webAssembly === false ? null : instantiateRngWasm();
    this.wasm = instance ? instance.core : null;
    this.mt = instance ? new Int32Array(instance.memory, WASM_MT, N) : new Int32Array(N);
    this.block = instance ? new Int32Array(instance.memory, WASM_BLOCK, N) : new Int32Array(N);
    this.setSeed(seed);
  }

  /** R's set.seed(seed): 50 LCG scrambling steps, then 625 more words (word 0 is mti, fixed up to 624). */
  setSeed(seed: number): void {
    if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
    let s = seed >>> 0;
    for (let j = 0; j < 50; j++) s = (Math.imul(69069, s) + 1) >>> 0;
    // word 0 (dummy[0] = mti) is drawn and then overwritten by FixupSeeds.
    s = (Math.imul(69069, s) + 1) >>> 0;
    for (let j = 0; j < N; j++) {
      s = (Math.imul(69069, s) + 1) >>> 0;
      this.mt[j] = s;
    }
    // mti = 624: the first draw regenerates the state.
    this.pos = N;
    if (this.mt.every((word) => word === 0)) this.setSeed(Date.now() & 0x7fffffff); // R's all-zero fix-up; unreachable from a scrambled seed
  }

  /**
   * Regenerates the 624-word state (MT19937's twist), tempers each new word into `block` and rewinds `pos`
   * to 0. R tempers one word per draw; doing the whole block at once gives the same numbers.
   */
  refill(): void {
    if (this.wasm) this.wasm.refill();
    else this.refillJs();
    this.pos = 0;
  }

  private refillJs(): void {
    const mt = this.mt;
    const block = this.block;
    let y: number;
    let v: number;
    for (let kk = 0; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      v = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
      mt[kk] = v;
      v ^= v >>> 11;
      v ^= (v << 7) & TEMPERING_B;
      v ^= (v << 15) & TEMPERING_C;
      block[kk] = v ^ (v >>> 18);
    }
    for (let kk = N - M; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      v = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
      mt[kk] = v;
      v ^= v >>> 11;
      v ^= (v << 7) & TEMPERING_B;
      v ^= (v << 15) & TEMPERING_C;
      block[kk] = v ^ (v >>> 18);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    v = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    mt[N - 1] = v;
    v ^= v >>> 11;
    v ^= (v << 7) & TEMPERING_B;
    v ^= (v << 15) & TEMPERING_C;
    block[N - 1] = v ^ (v >>> 18);
  }

  unifRand(): number {
    if (this.pos >= N) this.refill();
    return wordToUnif(this.block[this.pos++]);
  }
}

/**
 * R's MT_genrand() · 2^-32 followed by fixup(): a tempered word (as a signed 32-bit integer) as a uniform
 * in (0, 1). The product is exact; only a zero word needs the fix-up (it can never reach 1).
 */
export function wordToUnif(word: number): number {
  return word === 0 ? 0.5 * I2_32M1 : (word >>> 0) * TWO_POW_MINUS_32;
}

/** R's generator after `set.seed(seed)`. */
export function createRRandom(seed: number, options: RRandomOptions = {}): RRandom {
  return new RRandom(seed, options);
}
