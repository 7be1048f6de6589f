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
