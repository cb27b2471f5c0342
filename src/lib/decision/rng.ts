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
 */

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

/** R's Mersenne-Twister, seeded as `set.seed(seed)` does. */
export class RRandom implements RandomSource {
  private readonly mt = new Int32Array(N);
  /**
   * The current block of 624 tempered 32-bit outputs (as signed integers) and the index of the next unused
   * one (624: exhausted). Public for the batched samplers in rmath.ts, which read the block in their own
   * loops instead of calling unifRand() per number; only `refill()` writes them.
   */
  readonly block = new Int32Array(N);
  pos = N;

  constructor(seed: number) {
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
    this.pos = 0;
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
export function createRRandom(seed: number): RRandom {
  return new RRandom(seed);
}
