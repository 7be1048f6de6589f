import { contourSegments } from '../plot/contour.ts';

/**
 * The decision-boundary heatmap's sampling grid over the unit square, as one batch for the
 * model. Row 0 is the top of the picture (x₁ near 1), column 0 the left (x₀ near 0).
 */

/**
 * Cell centres of an n×n grid, row-major, as model input of shape [n², 2]: point k = row·n + col
 * is (x₀, x₁) = ((col + ½)/n, 1 − (row + ½)/n).
 */
export function makeGrid(n: number): Float32Array {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`makeGrid: n must be a positive integer, got ${n}`);
  const points = new Float32Array(n * n * 2);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      const k = (row * n + col) * 2;
      points[k] = (col + 0.5) / n;
      points[k + 1] = 1 - (row + 0.5) / n;
    }
  }
  return points;
}

/** Index of the grid cell containing (x₀, x₁); points on or past an edge go to the edge cell. */
export function cellIndex(x0: number, x1: number, n: number): number {
  const col = Math.min(n - 1, Math.max(0, Math.floor(x0 * n)));
  const row = Math.min(n - 1, Math.max(0, Math.floor((1 - x1) * n)));
  return row * n + col;
}

/** Share of grid probabilities above 0.5, i.e. the area the model assigns to class 1. */
export function classOneShare(probabilities: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < probabilities.length; i++) if ((probabilities[i] ?? 0) > 0.5) count++;
  return probabilities.length === 0 ? 0 : count / probabilities.length;
}

/** A segment in the unit square, (x₀, x₁) → (x₀, x₁), x₁ pointing up. */
export type UnitSegment = [number, number, number, number];

/**
 * The `level` contour of f over the unit square as line segments, by marching squares on an
 * (n + 1)×(n + 1) lattice of samples at the corners i/n (used for the static, no-JavaScript
 * figure, computed at build time with the TypeScript forward pass).
 */
export function boundarySegments(
  f: (x0: number, x1: number) => number,
  n: number,
  level = 0.5,
): UnitSegment[] {
  const size = n + 1;
  // Row-major, row 0 at the top (x₁ = 1), as in the picture.
  const values = Float64Array.from({ length: size * size }, (_, k) =>
    f((k % size) / n, 1 - Math.floor(k / size) / n),
  );
  return contourSegments(values, size, size, level).map(([c1, r1, c2, r2]) => [
    c1 / n,
    1 - r1 / n,
    c2 / n,
    1 - r2 / n,
  ]);
}

/**
 * The `level` contour of probabilities the model gave on `makeGrid(n)` (cell centres), as
 * segments in the unit square. The contour spans the centres, so it stops half a cell short
 * of the square's edges.
 */
export function gridContour(probabilities: ArrayLike<number>, n: number, level = 0.5): UnitSegment[] {
  return contourSegments(probabilities, n, n, level).map(([c1, r1, c2, r2]) => [
    (c1 + 0.5) / n,
    1 - (r1 + 0.5) / n,
    (c2 + 0.5) / n,
    1 - (r2 + 0.5) / n,
  ]);
}
