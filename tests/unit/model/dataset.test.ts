import { describe, expect, it } from 'vitest';
import {
  CIRCLE_RADIUS_SQUARED,
  DATASETS,
  generateDataset,
  isPositive,
  labelOf,
  relabel,
  type DatasetKind,
  type Point,
} from '../../../src/lib/model/dataset.ts';

describe('labelOf', () => {
  it('gives 1 when x0 > x1, else 0 or -1 by encoding', () => {
    expect(labelOf([0.7, 0.2], 'zero-one')).toBe(1);
    expect(labelOf([0.7, 0.2], 'plus-minus-one')).toBe(1);
    expect(labelOf([0.2, 0.7], 'zero-one')).toBe(0);
    expect(labelOf([0.2, 0.7], 'plus-minus-one')).toBe(-1);
    // On the diagonal x0 > x1 is false, as in the article's `x[i, 0] > x[i, 1]`.
    expect(labelOf([0.5, 0.5], 'zero-one')).toBe(0);
  });
});

describe('generateDataset', () => {
  it('draws the requested number of points in [0, 1)^2 with matching labels', () => {
    const data = generateDataset(1_000, 3, 1, 'zero-one');
    expect(data.points).toHaveLength(1_000);
    expect(data.labels).toHaveLength(1_000);
    data.points.forEach((p, i) => {
      expect(p[0] >= 0 && p[0] < 1 && p[1] >= 0 && p[1] < 1).toBe(true);
      expect(data.labels[i]).toBe(p[0] > p[1] ? 1 : 0);
    });
    const share = data.labels.filter((y) => y === 1).length / 1_000;
    expect(share).toBeGreaterThan(0.43);
    expect(share).toBeLessThan(0.57);
  });

  it('is reproducible per (seed, stream), and streams are independent', () => {
    expect(generateDataset(50, 3, 1, 'zero-one')).toEqual(generateDataset(50, 3, 1, 'zero-one'));
    expect(generateDataset(50, 3, 1, 'zero-one').points).not.toEqual(
      generateDataset(50, 3, 2, 'zero-one').points,
    );
    // A prefix does not depend on the size asked for.
    expect(generateDataset(10, 3, 1, 'zero-one').points).toEqual(
      generateDataset(50, 3, 1, 'zero-one').points.slice(0, 10),
    );
  });

  it('uses the same points for both label encodings', () => {
    const a = generateDataset(100, 4, 1, 'zero-one');
    const b = generateDataset(100, 4, 1, 'plus-minus-one');
    expect(b.points).toEqual(a.points);
    expect(b.labels).toEqual(a.labels.map((y) => (y === 1 ? 1 : -1)));
    expect(relabel(a.points, 'plus-minus-one')).toEqual(b);
  });

  it('rejects a non-positive size', () => {
    expect(() => generateDataset(0, 1, 1, 'zero-one')).toThrow(/positive integer/);
  });
});

describe('isPositive (circle and XOR)', () => {
  it.each<[DatasetKind, Point, boolean]>([
    ['circle', [0.5, 0.5], true],
    ['circle', [0.5 + 0.39, 0.5], true], // r = √(1/(2π)) ≈ 0.3989
    ['circle', [0.5 + 0.4, 0.5], false],
    ['circle', [0.05, 0.95], false],
    ['xor', [0.7, 0.2], true],
    ['xor', [0.2, 0.7], true],
    ['xor', [0.7, 0.7], false],
    ['xor', [0.2, 0.2], false],
    ['xor', [0.5, 0.7], true], // x0 > 0.5 is false on the line
    ['article', [0.7, 0.2], true],
    ['article', [0.2, 0.7], false],
  ])('%s: %j is positive: %s', (kind, point, positive) => {
    expect(isPositive(kind, point)).toBe(positive);
    expect(labelOf(point, 'plus-minus-one', kind)).toBe(positive ? 1 : -1);
  });

  it('splits the square about in half for every data set, on the same points', () => {
    const points = generateDataset(4_000, 9, 1, 'zero-one').points;
    for (const kind of DATASETS) {
      const data = generateDataset(4_000, 9, 1, 'zero-one', kind);
      expect(data.points).toEqual(points);
      const share = data.labels.filter((y) => y === 1).length / 4_000;
      expect(share, kind).toBeGreaterThan(0.46);
      expect(share, kind).toBeLessThan(0.54);
    }
    expect(CIRCLE_RADIUS_SQUARED * Math.PI).toBeCloseTo(0.5, 15);
  });
});
