import { contours } from 'd3-contour';
import { describe, expect, it } from 'vitest';
import { isolines } from '../../../src/lib/plot/contour.ts';
import { polylinesToPath, segmentCount } from '../../../src/lib/plot/polyline.ts';

const grid = (width: number, height: number, f: (col: number, row: number) => number) =>
  Float64Array.from({ length: width * height }, (_, k) => f(k % width, Math.floor(k / width)));

describe('isolines', () => {
  it('crosses between samples where the values interpolate to the level', () => {
    // Left column 0, right column 1: the 0.5 line is the vertical x = 0.5, top to bottom.
    expect(isolines([0, 1, 0, 1], 2, 2)).toEqual([[0.5, 0, 0.5, 1]]);
    // Interpolated, not midpoint: 0 → 0.8 crosses 0.5 at 0.625.
    expect(isolines([0, 0.8, 0, 0.8], 2, 2)).toEqual([[0.625, 0, 0.625, 1]]);
  });

  it('draws the diagonal of a field that is linear in col − row, edge to edge', () => {
    const n = 21;
    const lines = isolines(
      grid(n, n, (col, row) => 0.5 + (col - row + 0.5) / (2 * n)),
      n,
      n,
    );
    expect(lines).toHaveLength(1);
    const [line = []] = lines;
    expect(segmentCount(lines)).toBeGreaterThan(n - 2);
    for (let i = 0; i < line.length; i += 2) expect(line[i]).toBeCloseTo(line[i + 1] - 0.5, 9);
    // From the first column's samples to the last's: nothing along the grid's edge.
    const xs = line.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(n - 1);
  });

  it('closes the line round a region inside the grid', () => {
    // A cone peaking at (2, 2): the 0.5 level is the diamond through the four neighbours.
    const lines = isolines(
      grid(5, 5, (c, r) => 1 - Math.hypot(c - 2, r - 2) / 2),
      5,
      5,
    );
    expect(lines).toEqual([[2, 3, 3, 2, 2, 1, 1, 2, 2, 3]]);
  });

  it('keeps only the parts of d3’s rings inside the grid, point for point', () => {
    // A region touching three edges: d3 closes it along them; the line is what is left.
    const values = grid(6, 5, (c, r) => (c >= 3 || r === 0 ? 1 : 0.1 * c));
    const ring =
      contours()
        .size([6, 5])
        .contour([...values], 0.5).coordinates[0]?.[0] ?? [];
    const inside = ring.filter(([x, y]) => x > 0 && y > 0 && x < 6 && y < 5);
    const [line = []] = isolines(values, 6, 5);
    expect(inside.length).toBeLessThan(ring.length);
    const points = [];
    for (let i = 0; i < line.length; i += 2) points.push(`${line[i] + 0.5},${line[i + 1] + 0.5}`);
    expect(new Set(points)).toEqual(new Set(inside.map(([x, y]) => `${x},${y}`)));
  });

  it('draws nothing when the field stays on one side of the level', () => {
    expect(
      isolines(
        grid(4, 4, () => 0.2),
        4,
        4,
      ),
    ).toEqual([]);
    expect(
      isolines(
        grid(4, 4, () => 0.9),
        4,
        4,
      ),
    ).toEqual([]);
  });

  it('checks the grid’s shape', () => {
    expect(() => isolines([0, 1, 0], 2, 2)).toThrow(RangeError);
    expect(() => isolines([0], 1, 1)).toThrow(RangeError);
  });
});

describe('polylinesToPath', () => {
  it('writes one M…L…L… per polyline through the mapping', () => {
    const path = polylinesToPath(
      [
        [0.5, 0, 0.5, 1, 1, 1],
        [0, 0, 1, 0],
      ],
      (x, y) => [x * 100, 100 - y * 100],
    );
    expect(path).toBe('M50 100L50 0L100 0M0 100L100 100');
    expect(
      segmentCount([
        [0.5, 0, 0.5, 1, 1, 1],
        [0, 0, 1, 0],
      ]),
    ).toBe(3);
  });
});
