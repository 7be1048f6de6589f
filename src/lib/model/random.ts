/**
 * Seeded pseudo-random numbers for the separator model.
 *
 * Everything random in training (data, initial weights, shuffles) comes from here, never from
 * `Math.random`, so a run is a pure function of its seed. The generator is xoshiro128** 1.1
 * (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c), seeded through splitmix32.
 * It only uses 32-bit integer operations (`Math.imul`, shifts, xor), which every JavaScript
 * engine computes identically, and builds floats by exact integer arithmetic.
 */

/** A source of random numbers; each call advances the generator's state. */
export interface Rng {
  /** Next 32-bit unsigned integer, uniform on [0, 2^32). */
  nextUint32(): number;
  /** Next float64, uniform on [0, 1), with 53 random bits (every multiple of 2^-53 equally likely). */
  nextFloat(): number;
  /** Next integer, uniform on [0, n) for an integer 1 <= n <= 2^32 (rejection sampling, no bias). */
  nextInt(n: number): number;
}

const TWO_POW_26 = 67_108_864;
const TWO_POW_53 = 9_007_199_254_740_992;
const TWO_POW_32 = 4_294_967_296;

/**
 * splitmix32 (the 32-bit variant of Steele, Lea & Flood's splitmix, with the mixing constants of
 * MurmurHash3's finaliser). Used only to expand a 32-bit seed into xoshiro's 128-bit state:
 * each output is a bijection of the counter, so distinct seeds give distinct states.
 */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function assertUint32(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= TWO_POW_32) {
    throw new RangeError(`${what} must be an integer in [0, 2^32), got ${value}`);
  }
}

/**
 * Creates a xoshiro128** generator.
 *
 * `stream` selects an independent sequence for the same seed, so that e.g. the test set does
 * not change when the training set size does. Two words of state come from `seed` and two from
 * `stream` (through separate splitmix32 sequences), which makes (seed, stream) -> state
 * injective and never all-zero (two consecutive splitmix32 outputs are never both 0).
 *
 * @param seed - integer in [0, 2^32)
 * @param stream - integer in [0, 2^32), default 0
 */
export function createRng(seed: number, stream = 0): Rng {
  assertUint32(seed, 'seed');
  assertUint32(stream, 'stream');
  const fromSeed = splitmix32(seed);
  // The xor keeps stream 0 from reusing seed 0's words.
  const fromStream = splitmix32(stream ^ 0x5bd1e995);
  return rngFromState([fromSeed(), fromSeed(), fromStream(), fromStream()]);
}

/**
 * Creates a xoshiro128** generator from its raw 128-bit state (four 32-bit words, not all 0).
 * Exposed to check the generator against the reference implementation's output.
 */
export function rngFromState(state: readonly [number, number, number, number]): Rng {
  let [s0, s1, s2, s3] = state.map((word) => word | 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** state must not be all zero');

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };

  const nextFloat = (): number => {
    // 27 + 26 bits, combined exactly in float64 (both parts fit in 53 bits).
    const high = nextUint32() >>> 5;
    const low = nextUint32() >>> 6;
    return (high * TWO_POW_26 + low) / TWO_POW_53;
  };

  const nextInt = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new RangeError(`nextInt: n must be an integer in [1, 2^32], got ${n}`);
    }
    // Reject the top partial block of 2^32 so every residue is equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const r = nextUint32();
      if (r < limit) return r % n;
    }
  };

  return { nextUint32, nextFloat, nextInt };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * Shuffles `items` in place with the Fisher–Yates algorithm (Durstenfeld's variant) and
 * returns it. Uses `rng.nextInt`, so the permutation is unbiased and seed-determined.
 */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}
