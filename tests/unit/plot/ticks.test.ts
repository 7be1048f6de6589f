import { describe, expect, it } from 'vitest';
import { formatTick, niceStep, niceTicks, scaleLinear } from '../../../src/lib/plot/ticks.ts';

describe('niceStep', () => {
  it('picks 1, 2 or 5 × 10ⁿ nearest to span / count', () => {
    expect(niceStep(1, 5)).toBeCloseTo(0.2);
    expect(niceStep(1, 10)).toBeCloseTo(0.1);
    expect(niceStep(100, 4)).toBe(20); // 25 → 20
    expect(niceStep(100, 2)).toBe(50);
    expect(niceStep(7, 1)).toBe(5); // 7 < √50 ≈ 7.07 → 5
    expect(niceStep(7.5, 1)).toBe(10);
  });

  it('rejects an empty span or count', () => {
    expect(() => niceStep(0, 5)).toThrow(RangeError);
    expect(() => niceStep(1, 0)).toThrow(RangeError);
  });
});

describe('niceTicks', () => {
  it('covers the unit square with ticks 0.2 apart, rounded', () => {
    expect(niceTicks(0, 1)).toEqual({ values: [0, 0.2, 0.4, 0.6, 0.8, 1], step: 0.2, decimals: 1 });
  });

  it('keeps every tick inside the interval', () => {
    const { values, step } = niceTicks(-0.37, 2.91, 6);
    expect(step).toBe(0.5);
    expect(values).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  });

  it('counts in whole numbers for large spans (epochs)', () => {
    expect(niceTicks(0, 1000, 4)).toEqual({ values: [0, 200, 400, 600, 800, 1000], step: 200, decimals: 0 });
  });

  it('has one tick for a single value and refuses min > max', () => {
    expect(niceTicks(3, 3).values).toEqual([3]);
    expect(() => niceTicks(2, 1)).toThrow(RangeError);
    expect(() => niceTicks(0, Number.NaN)).toThrow(RangeError);
  });
});

describe('formatTick', () => {
  it('shows the axis decimals and never −0', () => {
    expect(formatTick(0.4, 1)).toBe('0.4');
    expect(formatTick(1, 1)).toBe('1.0');
    expect(formatTick(-0, 0)).toBe('0');
  });
});

describe('scaleLinear', () => {
  it('maps the domain onto a range, including reversed ranges (SVG y)', () => {
    expect(scaleLinear(0.25, [0, 1], [0, 200])).toBe(50);
    expect(scaleLinear(0.25, [0, 1], [200, 0])).toBe(150);
    expect(scaleLinear(5, [5, 5], [0, 10])).toBe(5);
  });
});
