import { describe, expect, it } from 'vitest';
import { createRng, rngFromState, shuffleInPlace } from '../../../src/lib/model/random.ts';

describe('xoshiro128**', () => {
  it('matches the reference implementation from state {1, 2, 3, 4}', () => {
    // First outputs of prng.di.unimi.it/xoshiro128starstar.c with s = {1, 2, 3, 4}.
    const rng = rngFromState([1, 2, 3, 4]);
    const outputs = Array.from({ length: 6 }, () => rng.nextUint32());
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('rejects an all-zero state and seeds outside [0, 2^32)', () => {
    expect(() => rngFromState([0, 0, 0, 0])).toThrow(/all zero/);
    expect(() => createRng(-1)).toThrow(/seed must be an integer/);
    expect(() => createRng(2 ** 32)).toThrow(/seed/);
    expect(() => createRng(1.5)).toThrow(/seed/);
    expect(() => createRng(1, -2)).toThrow(/stream/);
  });

  it('is a pure function of (seed, stream)', () => {
    const draw = (seed: number, stream: number) => {
      const rng = createRng(seed, stream);
      return Array.from({ length: 8 }, () => rng.nextUint32());
    };
    expect(draw(7, 1)).toEqual(draw(7, 1));
    expect(draw(7, 1)).not.toEqual(draw(7, 2));
    expect(draw(7, 1)).not.toEqual(draw(8, 1));
    expect(draw(0, 0)).not.toEqual(draw(0, 1));
  });
});

describe('Rng.nextFloat', () => {
  it('stays in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = createRng(123);
    const n = 200_000;
    let sum = 0;
    let sumSquares = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat();
      min = Math.min(min, u);
      max = Math.max(max, u);
      sum += u;
      sumSquares += u * u;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const mean = sum / n;
    // Standard error of the mean is sqrt(1/12 / n) ≈ 6.5e-4; allow 5 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(3.3e-3);
    expect(Math.abs(sumSquares / n - mean * mean - 1 / 12)).toBeLessThan(2e-3);
  });
});

describe('Rng.nextInt', () => {
  it('covers [0, n) evenly', () => {
    const rng = createRng(5);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[rng.nextInt(10)]++;
    // Each count ~ Binomial(1e5, 0.1): sd ≈ 95; allow 5 sd.
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(475);
  });

  it('rejects bad bounds', () => {
    const rng = createRng(5);
    expect(() => rng.nextInt(0)).toThrow(RangeError);
    expect(() => rng.nextInt(2.5)).toThrow(RangeError);
  });
});

describe('shuffleInPlace', () => {
  it('returns a permutation, determined by the generator', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const a = shuffleInPlace([...items], createRng(1));
    const b = shuffleInPlace([...items], createRng(1));
    const c = shuffleInPlace([...items], createRng(2));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).not.toEqual(items);
  });

  it('makes every position equally likely for each item', () => {
    const rng = createRng(9);
    const firstSlot = new Array<number>(4).fill(0);
    for (let i = 0; i < 40_000; i++) firstSlot[shuffleInPlace([0, 1, 2, 3], rng)[0]]++;
    for (const count of firstSlot) expect(Math.abs(count - 10_000)).toBeLessThan(450);
  });
});
