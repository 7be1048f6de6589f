/**
 * The decision boundary y = 0.5 as lines in the unit square (x₁ pointing up), from the model's
 * outputs on a grid, by marching squares (d3-contour, see contour.ts). Apart from grid.ts so that
 * the islands that only sample the grid do not load the contour code.
 */
import { isolines } from '../plot/contour.ts';
import type { Polyline } from '../plot/polyline.ts';

/** Polylines in sample coordinates → in the unit square, point by point via `point`. */
function mapLines(lines: Polyline[], point: (col: number, row: number) => [number, number]): Polyline[] {
  return lines.map((line) => {
    const out: Polyline = [];
    for (let i = 0; i + 1 < line.length; i += 2) out.push(...point(line[i], line[i + 1]));
    return out;
  });
}

/**
 * The `level` line of f over the unit square as polylines [x₀, x₁, x₀, x₁, …] (x₁ pointing up),
 * by marching squares on an (n + 1)×(n + 1) lattice of samples at the corners i/n (used for the
 * static, no-JavaScript figure, computed at build time with the TypeScript forward pass).
 */
export function boundaryLines(f: (x0: number, x1: number) => number, n: number, level = 0.5): Polyline[] {
  const size = n + 1;
  // Row-major, row 0 at the top (x₁ = 1), as in the picture.
  const values = Float64Array.from({ length: size * size }, (_, k) =>
    f((k % size) / n, 1 - Math.floor(k / size) / n),
  );
  return mapLines(isolines(values, size, size, level), (col, row) => [col / n, 1 - row / n]);
}

/**
 * The `level` line of probabilities the model gave on `makeGrid(n)` (cell centres), as
 * polylines in the unit square. The line spans the centres, so it stops half a cell short of
 * the square's edges.
 */
export function gridLines(probabilities: ArrayLike<number>, n: number, level = 0.5): Polyline[] {
  return mapLines(isolines(probabilities, n, n, level), (col, row) => [(col + 0.5) / n, 1 - (row + 0.5) / n]);
}
