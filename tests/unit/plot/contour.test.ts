import { describe, expect, it } from 'vitest';
import { contourSegments, segmentsToPath } from '../../../src/lib/plot/contour.ts';

const grid = (width: number, height: number, f: (col: number, row: number) => number) =>
  Float64Array.from({ length: width * height }, (_, k) => f(k % width, Math.floor(k / width)));

describe('contourSegments', () => {
  it('crosses a 2×2 cell where the values interpolate to the level', () => {
    // Left column 0, right column 1: the 0.5 line is the vertical x = 0.5.
    expect(contourSegments([0, 1, 0, 1], 2, 2)).toEqual([[0.5, 0, 0.5, 1]]);
    // Interpolated, not midpoint: 0 → 0.8 crosses 0.5 at 0.625.
    const [segment] = contourSegments([0, 0.8, 0, 0.8], 2, 2);
    expect(segment?.[0]).toBeCloseTo(0.625);
  });

  it('draws the diagonal of a field that is linear in col − row', () => {
    const n = 21;
    const values = grid(n, n, (col, row) => 0.5 + (col - row) / (2 * n));
    const segments = contourSegments(values, n, n);
    expect(segments.length).toBeGreaterThan(n - 2);
    for (const [x1, y1, x2, y2] of segments) {
      expect(x1).toBeCloseTo(y1, 9);
      expect(x2).toBeCloseTo(y2, 9);
    }
  });

  it('draws nothing when the field stays on one side of the level', () => {
    expect(
      contourSegments(
        grid(4, 4, () => 0.2),
        4,
        4,
      ),
    ).toEqual([]);
    expect(
      contourSegments(
        grid(4, 4, () => 0.9),
        4,
        4,
      ),
    ).toEqual([]);
  });

  it('splits a saddle cell by the mean of its corners', () => {
    // Row-major [tl, tr, bl, br]: tl, br high; tr, bl low. Mean 0.55 ≥ 0.5: the high corners
    // join across the middle, and each segment cuts off one low corner (top-right, bottom-left).
    const joined = contourSegments([1, 0, 0.2, 1], 2, 2);
    expect(joined).toEqual([
      [0.5, 0, 1, 0.5],
      [expect.closeTo(0.375, 9), 1, 0, expect.closeTo(0.625, 9)],
    ]);
    // Mean 0.3 < 0.5: the low corners join; the high ones (top-left, bottom-right) are cut off.
    const cut = contourSegments([0.6, 0, 0, 0.6], 2, 2);
    expect(cut).toEqual([
      [0, expect.closeTo(1 / 6, 9), expect.closeTo(1 / 6, 9), 0],
      [1, expect.closeTo(5 / 6, 9), expect.closeTo(5 / 6, 9), 1],
    ]);
  });

  it('skips cells with a NaN sample and checks the shape', () => {
    expect(contourSegments([0, 1, Number.NaN, 1], 2, 2)).toEqual([]);
    expect(() => contourSegments([0, 1, 0], 2, 2)).toThrow(RangeError);
    expect(() => contourSegments([0], 1, 1)).toThrow(RangeError);
  });
});

describe('segmentsToPath', () => {
  it('writes one M…L… per segment through the mapping', () => {
    const path = segmentsToPath([[0.5, 0, 0.5, 1]], (x, y) => [x * 100, 100 - y * 100]);
    expect(path).toBe('M50 100L50 0');
  });
});
