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
/** 2^-32, R's multiplier for MT output (reals in [0, 1)). */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
/** 1/(2^32 - 1): R's `i2_32m1`, used to nudge 0 and 1 into the open interval. */
const I2_32M1 = 2.328306437080797e-10;

/** R's Mersenne-Twister, seeded as `set.seed(seed)` does. */
export class RRandom implements RandomSource {
  private readonly mt = new Int32Array(N);
  private mti = N + 1;

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
    this.mti = N;
    if (this.mt.every((word) => word === 0)) this.setSeed(Date.now() & 0x7fffffff); // R's all-zero fix-up; unreachable from a scrambled seed
  }

  /** Uniforms of the current block of 624 outputs, already tempered, scaled and fixed up. */
  private readonly block = new Float64Array(N);

  /** Regenerates the 624-word state (MT19937's twist) and converts the whole block to uniforms. */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    const block = this.block;
    for (let i = 0; i < N; i++) {
      let t = mt[i];
      t ^= t >>> 11;
      t ^= (t << 7) & (0x9d2c5680 | 0);
      t ^= (t << 15) & (0xefc60000 | 0);
      t ^= t >>> 18;
      // R's fixup(): never 0 (a 32-bit output times 2^-32 is always < 1).
      block[i] = t === 0 ? 0.5 * I2_32M1 : (t >>> 0) * TWO_POW_MINUS_32;
    }
    this.mti = 0;
  }

  unifRand(): number {
    if (this.mti >= N) this.twist();
    return this.block[this.mti++];
  }
}

/** R's generator after `set.seed(seed)`. */
export function createRRandom(seed: number): RRandom {
  return new RRandom(seed);
}
