import { describe, expect, it } from 'vitest';
import { exp, log, sigmoid } from '../../../src/lib/model/portable-math.ts';
import { createRng } from '../../../src/lib/model/random.ts';

/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const d = bits[0] - bits[1];
  return Number(d < 0n ? -d : d);
}

describe('portable exp', () => {
  it('is within 2 ulp of Math.exp over the whole finite range', () => {
    const rng = createRng(11);
    const worst = { ulps: 0, x: 0 };
    for (let i = 0; i < 100_000; i++) {
      // Alternate between the whole range and the range sigmoids use.
      const x = (rng.nextFloat() - 0.5) * (i % 2 === 0 ? 1_480 : 40);
      const error = ulps(exp(x), Math.exp(x));
      if (error > worst.ulps) Object.assign(worst, { ulps: error, x });
    }
    expect(worst.ulps, `worst at x = ${worst.x}`).toBeLessThanOrEqual(2);
  });

  it('handles special and extreme values', () => {
    expect(exp(0)).toBe(1);
    expect(exp(NaN)).toBeNaN();
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(709.7)).toBe(Math.exp(709.7));
    expect(ulps(exp(-740), Math.exp(-740))).toBeLessThanOrEqual(1); // subnormal result
  });
});

describe('portable log', () => {
  it('is within 4 ulp of Math.log, including near 1 and for tiny inputs', () => {
    const rng = createRng(12);
    const worst = { ulps: 0, x: 0 };
    for (let i = 0; i < 100_000; i++) {
      const x = i % 2 === 0 ? Math.exp((rng.nextFloat() - 0.5) * 1_400) : 0.5 + rng.nextFloat();
      const error = ulps(log(x), Math.log(x));
      if (error > worst.ulps) Object.assign(worst, { ulps: error, x });
    }
    expect(worst.ulps, `worst at x = ${worst.x}`).toBeLessThanOrEqual(4);
    expect(ulps(log(5e-324), Math.log(5e-324))).toBeLessThanOrEqual(1);
    expect(ulps(log(1e-7), Math.log(1e-7))).toBeLessThanOrEqual(1);
  });

  it('handles special values', () => {
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(2)).toBe(Math.LN2);
  });
});

describe('sigmoid', () => {
  it('is the logistic function, symmetric about 0', () => {
    expect(sigmoid(0)).toBe(0.5);
    for (const z of [-30, -3, -0.5, 0.25, 2, 17]) {
      expect(sigmoid(z)).toBeCloseTo(1 / (1 + Math.exp(-z)), 15);
      expect(sigmoid(z) + sigmoid(-z)).toBeCloseTo(1, 15);
    }
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });
});
