;; R's Mersenne-Twister and inversion normals in WebAssembly: the hot path of the decision engine.
;;
;; Bit-identical to the JavaScript in rng.ts (RRandom.refill) and rmath.ts (normRand, AS241), which stay as
;; the fallback and the reference: WebAssembly's integer and IEEE double arithmetic is exact and never fused,
;; and log is JavaScript's own Math.log, imported. What is faster here: SIMD (four words of the twist and
;; tempering at once, two AS241 central quotients at once) and no bounds checks or boxed numbers.
;; Compiled by scripts/build-rng-wasm.mjs into rng-wasm.ts (a test checks the two agree).
;;
;; Memory (one 64 KiB page), byte offsets:
;;   0     mt[624]     i32  the generator state (R's mt[], without mti)
;;   2496  block[624]  i32  the tempered outputs of the last twist (rng.ts reads them for unifRand)
;;   8192  p[1028]     f64  normals() scratch: the probabilities (⌊2^27·U1⌋ + U2)/2^27
;;   20480 out[1028]   f64  normals() result (up to 3 slots more than asked for: pass 2 works in fours)
;;   40960 tails[1024] i32  quantiles() scratch: indices of the p in AS241's tails
(module
  (import "math" "log" (func $log (param f64) (result f64)))
  (memory (export "memory") 1)

;; MT19937's twist of all 624 words (Matsumoto & Nishimura 1998; R's MT_genrand), each new word also
  ;; tempered into block[]. y = (mt[k] & 0x80000000) | (mt[k+1] & 0x7fffffff);
  ;; mt[k] = mt[k + 397 mod 624] ^ (y >>> 1) ^ (y odd ? 0x9908b0df : 0).
  (func $refill (export "refill")
    (local $a i32) (local $y v128) (local $v v128) (local $ys i32) (local $vs i32)
    ;; words 0..223, four at a time: mt[kk] = mt[kk+397] ^ ...
    (local.set $a (i32.const 0))
    (loop $l1
      (local.set $y (v128.or (v128.and (v128.load (local.get $a)) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
                             (v128.and (v128.load offset=4 (local.get $a)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
      (local.set $v (v128.xor (v128.xor (v128.load offset=1588 (local.get $a)) (i32x4.shr_u (local.get $y) (i32.const 1)))
                              (v128.and (i32x4.neg (v128.and (local.get $y) (v128.const i32x4 1 1 1 1))) (v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df))))
      (v128.store (local.get $a) (local.get $v))
      (local.set $v (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 11))))
      (local.set $v (v128.xor (local.get $v) (v128.and (i32x4.shl (local.get $v) (i32.const 7)) (v128.const i32x4 0x9d2c5680 0x9d2c5680 0x9d2c5680 0x9d2c5680))))
      (local.set $v (v128.xor (local.get $v) (v128.and (i32x4.shl (local.get $v) (i32.const 15)) (v128.const i32x4 0xefc60000 0xefc60000 0xefc60000 0xefc60000))))
      (v128.store offset=2496 (local.get $a) (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 18))))
      (br_if $l1 (i32.lt_u (local.tee $a (i32.add (local.get $a) (i32.const 16))) (i32.const 896))))
    ;; words 224..226
    (loop $l1s
      (local.set $ys (i32.or (i32.and (i32.load (local.get $a)) (i32.const 0x80000000))
                            (i32.and (i32.load offset=4 (local.get $a)) (i32.const 0x7fffffff))))
      (local.set $vs (i32.xor (i32.xor (i32.load offset=1588 (local.get $a)) (i32.shr_u (local.get $ys) (i32.const 1)))
                             (i32.and (i32.sub (i32.const 0) (i32.and (local.get $ys) (i32.const 1))) (i32.const 0x9908b0df))))
      (i32.store (local.get $a) (local.get $vs))
      (local.set $vs (i32.xor (local.get $vs) (i32.shr_u (local.get $vs) (i32.const 11))))
      (local.set $vs (i32.xor (local.get $vs) (i32.and (i32.shl (local.get $vs) (i32.const 7)) (i32.const 0x9d2c5680))))
      (local.set $vs (i32.xor (local.get $vs) (i32.and (i32.shl (local.get $vs) (i32.const 15)) (i32.const 0xefc60000))))
      (i32.store offset=2496 (local.get $a) (i32.xor (local.get $vs) (i32.shr_u (local.get $vs) (i32.const 18))))
      (br_if $l1s (i32.lt_u (local.tee $a (i32.add (local.get $a) (i32.const 4))) (i32.const 908))))
    ;; words 227..622, four at a time: mt[kk] = mt[kk-227] ^ ...
    (loop $l2
      (local.set $y (v128.or (v128.and (v128.load (local.get $a)) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
                             (v128.and (v128.load offset=4 (local.get $a)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
      (local.set $v (v128.xor (v128.xor (v128.load (i32.sub (local.get $a) (i32.const 908))) (i32x4.shr_u (local.get $y) (i32.const 1)))
                              (v128.and (i32x4.neg (v128.and (local.get $y) (v128.const i32x4 1 1 1 1))) (v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df))))
      (v128.store (local.get $a) (local.get $v))
      (local.set $v (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 11))))
      (local.set $v (v128.xor (local.get $v) (v128.and (i32x4.shl (local.get $v) (i32.const 7)) (v128.const i32x4 0x9d2c5680 0x9d2c5680 0x9d2c5680 0x9d2c5680))))
      (local.set $v (v128.xor (local.get $v) (v128.and (i32x4.shl (local.get $v) (i32.const 15)) (v128.const i32x4 0xefc60000 0xefc60000 0xefc60000 0xefc60000))))
      (v128.store offset=2496 (local.get $a) (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 18))))
      (br_if $l2 (i32.lt_u (local.tee $a (i32.add (local.get $a) (i32.const 16))) (i32.const 2492))))
    ;; word 623: y from mt[623] and the new mt[0]
    (local.set $ys (i32.or (i32.and (i32.load (i32.const 2492)) (i32.const 0x80000000))
                          (i32.and (i32.load (i32.const 0)) (i32.const 0x7fffffff))))
    (local.set $vs (i32.xor (i32.xor (i32.load (i32.const 1584)) (i32.shr_u (local.get $ys) (i32.const 1)))
                           (i32.and (i32.sub (i32.const 0) (i32.and (local.get $ys) (i32.const 1))) (i32.const 0x9908b0df))))
    (i32.store (i32.const 2492) (local.get $vs))
    (local.set $vs (i32.xor (local.get $vs) (i32.shr_u (local.get $vs) (i32.const 11))))
    (local.set $vs (i32.xor (local.get $vs) (i32.and (i32.shl (local.get $vs) (i32.const 7)) (i32.const 0x9d2c5680))))
    (local.set $vs (i32.xor (local.get $vs) (i32.and (i32.shl (local.get $vs) (i32.const 15)) (i32.const 0xefc60000))))
    (i32.store (i32.const 4988) (i32.xor (local.get $vs) (i32.shr_u (local.get $vs) (i32.const 18)))))

  ;; count (≤ 1024) draws of R's norm_rand() (inversion, two uniforms each) into out[], reading block[]
  ;; from pos and twisting when it runs out; returns the new pos. U = word·2^-32 (a zero word: R's fix-up
  ;; 0.5·i2_32m1 = 0.5·2.328306437080797e-10); ⌊2^27·U1⌋ is word1 >>> 5 exactly.
  (func (export "normals") (param $pos i32) (param $count i32) (result i32)
    (local $i i32) (local $w1 i32) (local $w2 i32) (local $u2 f64) (local $k i32) (local $avail i32) (local $end i32)
    ;; pass 1: p = ((word1 >>> 5) + U2) / 2^27 (times 2^-27: the same number, exact scaling)
    (block $done1 (loop $l1
      (br_if $done1 (i32.ge_u (local.get $i) (local.get $count)))
      (if (i32.le_u (local.get $pos) (i32.const 622))
        (then
          ;; both words of the next normals are in this block: $k of them without checks
          (local.set $k (i32.sub (local.get $count) (local.get $i)))
          (local.set $avail (i32.shr_u (i32.sub (i32.const 624) (local.get $pos)) (i32.const 1)))
          (if (i32.lt_u (local.get $avail) (local.get $k)) (then (local.set $k (local.get $avail))))
          (local.set $end (i32.add (local.get $i) (local.get $k)))
          (loop $fast
            (local.set $w1 (i32.load offset=2496 (i32.shl (local.get $pos) (i32.const 2))))
            (local.set $w2 (i32.load offset=2500 (i32.shl (local.get $pos) (i32.const 2))))
            (local.set $pos (i32.add (local.get $pos) (i32.const 2)))
            (local.set $u2 (if (result f64) (i32.eqz (local.get $w2))
              (then (f64.const 0x1.00000000fffffp-33))
              (else (f64.mul (f64.convert_i32_u (local.get $w2)) (f64.const 0x1p-32)))))
            (f64.store offset=8192 (i32.shl (local.get $i) (i32.const 3))
              (f64.mul (f64.add (f64.convert_i32_u (i32.shr_u (local.get $w1) (i32.const 5))) (local.get $u2)) (f64.const 0x1p-27)))
            (br_if $fast (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $end)))))
        (else
          ;; a normal across the end of the block
          (if (i32.ge_u (local.get $pos) (i32.const 624)) (then (call $refill) (local.set $pos (i32.const 0))))
          (local.set $w1 (i32.load offset=2496 (i32.shl (local.get $pos) (i32.const 2))))
          (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
          (if (i32.ge_u (local.get $pos) (i32.const 624)) (then (call $refill) (local.set $pos (i32.const 0))))
          (local.set $w2 (i32.load offset=2496 (i32.shl (local.get $pos) (i32.const 2))))
          (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
          (local.set $u2 (if (result f64) (i32.eqz (local.get $w2))
            (then (f64.const 0x1.00000000fffffp-33))
            (else (f64.mul (f64.convert_i32_u (local.get $w2)) (f64.const 0x1p-32)))))
          (f64.store offset=8192 (i32.shl (local.get $i) (i32.const 3))
            (f64.mul (f64.add (f64.convert_i32_u (i32.shr_u (local.get $w1) (i32.const 5))) (local.get $u2)) (f64.const 0x1p-27)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))))
      (br $l1)))
    (call $quantiles (local.get $count))
    (local.get $pos))

  ;; out[i] = qnorm(p[i]) for i < count (AS241, R's qnorm for 0 < p < 1; exported for the tests).
  (func $quantiles (export "quantiles") (param $count i32)
    (local $i i32) (local $p f64) (local $q f64) (local $r f64) (local $val f64) (local $qv v128) (local $rv v128) (local $qv2 v128) (local $rv2 v128) (local $nt i32) (local $j i32)
    (local $i2 i32) (local $p2 f64) (local $q2 f64)
    ;; pass 2: AS241's central quotient for every p, four at a time (two independent f64x2 chains, so the
    ;; CPU overlaps them; a stale p past count gives a harmless extra quotient)
    (block $done2 (loop $l2
      (br_if $done2 (i32.ge_u (local.get $i) (local.get $count)))
      (local.set $qv (f64x2.sub (v128.load offset=8192 (i32.shl (local.get $i) (i32.const 3))) (f64x2.splat (f64.const 0.5))))
      (local.set $rv (f64x2.sub (f64x2.splat (f64.const 0.180625)) (f64x2.mul (local.get $qv) (local.get $qv))))
      (v128.store offset=20480 (i32.shl (local.get $i) (i32.const 3))
        (f64x2.div
          (f64x2.mul (local.get $qv)
            (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add
              (f64x2.mul (local.get $rv) (f64x2.splat (f64.const 2509.0809287301226727))) (f64x2.splat (f64.const 33430.575583588128105)))
              (local.get $rv)) (f64x2.splat (f64.const 67265.770927008700853)))
              (local.get $rv)) (f64x2.splat (f64.const 45921.953931549871457)))
              (local.get $rv)) (f64x2.splat (f64.const 13731.693765509461125)))
              (local.get $rv)) (f64x2.splat (f64.const 1971.5909503065514427)))
              (local.get $rv)) (f64x2.splat (f64.const 133.14166789178437745)))
              (local.get $rv)) (f64x2.splat (f64.const 3.387132872796366608))))
          (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add
              (f64x2.mul (local.get $rv) (f64x2.splat (f64.const 5226.495278852545925))) (f64x2.splat (f64.const 28729.085735721942674)))
              (local.get $rv)) (f64x2.splat (f64.const 39307.89580009271061)))
              (local.get $rv)) (f64x2.splat (f64.const 21213.794301586595867)))
              (local.get $rv)) (f64x2.splat (f64.const 5394.1960214247511077)))
              (local.get $rv)) (f64x2.splat (f64.const 687.1870074920579083)))
              (local.get $rv)) (f64x2.splat (f64.const 42.313330701600911252)))
              (local.get $rv)) (f64x2.splat (f64.const 1)))))
      (local.set $qv2 (f64x2.sub (v128.load offset=8208 (i32.shl (local.get $i) (i32.const 3))) (f64x2.splat (f64.const 0.5))))
      (local.set $rv2 (f64x2.sub (f64x2.splat (f64.const 0.180625)) (f64x2.mul (local.get $qv2) (local.get $qv2))))
      (v128.store offset=20496 (i32.shl (local.get $i) (i32.const 3))
        (f64x2.div
          (f64x2.mul (local.get $qv2)
            (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add
              (f64x2.mul (local.get $rv2) (f64x2.splat (f64.const 2509.0809287301226727))) (f64x2.splat (f64.const 33430.575583588128105)))
              (local.get $rv2)) (f64x2.splat (f64.const 67265.770927008700853)))
              (local.get $rv2)) (f64x2.splat (f64.const 45921.953931549871457)))
              (local.get $rv2)) (f64x2.splat (f64.const 13731.693765509461125)))
              (local.get $rv2)) (f64x2.splat (f64.const 1971.5909503065514427)))
              (local.get $rv2)) (f64x2.splat (f64.const 133.14166789178437745)))
              (local.get $rv2)) (f64x2.splat (f64.const 3.387132872796366608))))
          (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add
              (f64x2.mul (local.get $rv2) (f64x2.splat (f64.const 5226.495278852545925))) (f64x2.splat (f64.const 28729.085735721942674)))
              (local.get $rv2)) (f64x2.splat (f64.const 39307.89580009271061)))
              (local.get $rv2)) (f64x2.splat (f64.const 21213.794301586595867)))
              (local.get $rv2)) (f64x2.splat (f64.const 5394.1960214247511077)))
              (local.get $rv2)) (f64x2.splat (f64.const 687.1870074920579083)))
              (local.get $rv2)) (f64x2.splat (f64.const 42.313330701600911252)))
              (local.get $rv2)) (f64x2.splat (f64.const 1)))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $l2)))
    ;; pass 3a: indices of the tails, without a branch per p (15 % of p, in no predictable pattern)
    (local.set $i (i32.const 0))
    (block $done3 (loop $l3
      (br_if $done3 (i32.ge_u (local.get $i) (local.get $count)))
      (i32.store offset=40960 (i32.shl (local.get $nt) (i32.const 2)) (local.get $i))
      (local.set $nt (i32.add (local.get $nt)
        (f64.gt (f64.abs (f64.sub (f64.load offset=8192 (i32.shl (local.get $i) (i32.const 3))) (f64.const 0.5))) (f64.const 0.425))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l3)))
    ;; pass 3b: AS241's tails (r = sqrt(-log(min(p, 1 - p)))) replace those quotients, two at a time
    ;; (r ≤ 5, i.e. p ≥ 1.4e-11, in both lanes; otherwise and for an odd last one, $tail)
    (local.set $j (i32.const 0))
    (block $done4 (loop $l4
      (br_if $done4 (i32.gt_u (i32.add (local.get $j) (i32.const 2)) (local.get $nt)))
      (local.set $i (i32.load offset=40960 (i32.shl (local.get $j) (i32.const 2))))
      (local.set $i2 (i32.load offset=40964 (i32.shl (local.get $j) (i32.const 2))))
      (local.set $p (f64.load offset=8192 (i32.shl (local.get $i) (i32.const 3))))
      (local.set $p2 (f64.load offset=8192 (i32.shl (local.get $i2) (i32.const 3))))
      (local.set $q (f64.sub (local.get $p) (f64.const 0.5)))
      (local.set $q2 (f64.sub (local.get $p2) (f64.const 0.5)))
      (local.set $rv (f64x2.sqrt (f64x2.replace_lane 1
        (f64x2.splat (f64.neg (call $log (if (result f64) (f64.lt (local.get $q) (f64.const 0))
          (then (local.get $p)) (else (f64.add (f64.sub (f64.const 0.5) (local.get $p)) (f64.const 0.5)))))))
        (f64.neg (call $log (if (result f64) (f64.lt (local.get $q2) (f64.const 0))
          (then (local.get $p2)) (else (f64.add (f64.sub (f64.const 0.5) (local.get $p2)) (f64.const 0.5)))))))))
      (if (v128.any_true (f64x2.gt (local.get $rv) (f64x2.splat (f64.const 5))))
        (then
          (f64.store offset=20480 (i32.shl (local.get $i) (i32.const 3)) (call $tail (local.get $p) (local.get $q)))
          (f64.store offset=20480 (i32.shl (local.get $i2) (i32.const 3)) (call $tail (local.get $p2) (local.get $q2))))
        (else
          (local.set $rv (f64x2.add (local.get $rv) (f64x2.splat (f64.const -1.6))))
          (local.set $rv (f64x2.div
            (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (local.get $rv) (f64x2.splat (f64.const 7.7454501427834140764e-4))) (f64x2.splat (f64.const 0.0227238449892691845833))) (local.get $rv)) (f64x2.splat (f64.const 0.24178072517745061177))) (local.get $rv)) (f64x2.splat (f64.const 1.27045825245236838258))) (local.get $rv)) (f64x2.splat (f64.const 3.64784832476320460504))) (local.get $rv)) (f64x2.splat (f64.const 5.7694972214606914055))) (local.get $rv)) (f64x2.splat (f64.const 4.6303378461565452959))) (local.get $rv)) (f64x2.splat (f64.const 1.42343711074968357734)))
            (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (f64x2.add (f64x2.mul (local.get $rv) (f64x2.splat (f64.const 1.05075007164441684324e-9))) (f64x2.splat (f64.const 5.475938084995344946e-4))) (local.get $rv)) (f64x2.splat (f64.const 0.0151986665636164571966))) (local.get $rv)) (f64x2.splat (f64.const 0.14810397642748007459))) (local.get $rv)) (f64x2.splat (f64.const 0.68976733498510000455))) (local.get $rv)) (f64x2.splat (f64.const 1.6763848301838038494))) (local.get $rv)) (f64x2.splat (f64.const 2.05319162663775882187))) (local.get $rv)) (f64x2.splat (f64.const 1)))))
          (f64.store offset=20480 (i32.shl (local.get $i) (i32.const 3))
            (if (result f64) (f64.lt (local.get $q) (f64.const 0))
              (then (f64.neg (f64x2.extract_lane 0 (local.get $rv)))) (else (f64x2.extract_lane 0 (local.get $rv)))))
          (f64.store offset=20480 (i32.shl (local.get $i2) (i32.const 3))
            (if (result f64) (f64.lt (local.get $q2) (f64.const 0))
              (then (f64.neg (f64x2.extract_lane 1 (local.get $rv)))) (else (f64x2.extract_lane 1 (local.get $rv)))))))
      (local.set $j (i32.add (local.get $j) (i32.const 2)))
      (br $l4)))
    (if (i32.lt_u (local.get $j) (local.get $nt)) (then
      (local.set $i (i32.load offset=40960 (i32.shl (local.get $j) (i32.const 2))))
      (local.set $p (f64.load offset=8192 (i32.shl (local.get $i) (i32.const 3))))
      (f64.store offset=20480 (i32.shl (local.get $i) (i32.const 3))
        (call $tail (local.get $p) (f64.sub (local.get $p) (f64.const 0.5)))))))

  ;; AS241 for |q| > 0.425, q = p - 0.5: rational functions of r = sqrt(-log(min(p, 1 - p))) - 1.6 or - 5.
  (func $tail (param $p f64) (param $q f64) (result f64)
    (local $r f64) (local $val f64)
        (local.set $r (if (result f64) (f64.lt (local.get $q) (f64.const 0))
          (then (local.get $p))
          (else (f64.add (f64.sub (f64.const 0.5) (local.get $p)) (f64.const 0.5)))))
        (local.set $r (f64.sqrt (f64.neg (call $log (local.get $r)))))
        (if (f64.le (local.get $r) (f64.const 5))
          (then
            (local.set $r (f64.add (local.get $r) (f64.const -1.6)))
            (local.set $val (f64.div
              (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add
                (f64.mul (local.get $r) (f64.const 7.7454501427834140764e-4)) (f64.const 0.0227238449892691845833))
                (local.get $r)) (f64.const 0.24178072517745061177))
                (local.get $r)) (f64.const 1.27045825245236838258))
                (local.get $r)) (f64.const 3.64784832476320460504))
                (local.get $r)) (f64.const 5.7694972214606914055))
                (local.get $r)) (f64.const 4.6303378461565452959))
                (local.get $r)) (f64.const 1.42343711074968357734))
              (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add
                (f64.mul (local.get $r) (f64.const 1.05075007164441684324e-9)) (f64.const 5.475938084995344946e-4))
                (local.get $r)) (f64.const 0.0151986665636164571966))
                (local.get $r)) (f64.const 0.14810397642748007459))
                (local.get $r)) (f64.const 0.68976733498510000455))
                (local.get $r)) (f64.const 1.6763848301838038494))
                (local.get $r)) (f64.const 2.05319162663775882187))
                (local.get $r)) (f64.const 1)))))
          (else
            (local.set $r (f64.add (local.get $r) (f64.const -5)))
            (local.set $val (f64.div
              (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add
                (f64.mul (local.get $r) (f64.const 2.01033439929228813265e-7)) (f64.const 2.71155556874348757815e-5))
                (local.get $r)) (f64.const 0.0012426609473880784386))
                (local.get $r)) (f64.const 0.026532189526576123093))
                (local.get $r)) (f64.const 0.29656057182850489123))
                (local.get $r)) (f64.const 1.7848265399172913358))
                (local.get $r)) (f64.const 5.4637849111641143699))
                (local.get $r)) (f64.const 6.6579046435011037772))
              (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add (f64.mul (f64.add
                (f64.mul (local.get $r) (f64.const 2.04426310338993978564e-15)) (f64.const 1.4215117583164458887e-7))
                (local.get $r)) (f64.const 1.8463183175100546818e-5))
                (local.get $r)) (f64.const 7.868691311456132591e-4))
                (local.get $r)) (f64.const 0.0148753612908506148525))
                (local.get $r)) (f64.const 0.13692988092273580531))
                (local.get $r)) (f64.const 0.59983220655588793769))
                (local.get $r)) (f64.const 1))))))
    (if (result f64) (f64.lt (local.get $q) (f64.const 0)) (then (f64.neg (local.get $val))) (else (local.get $val))))
)
