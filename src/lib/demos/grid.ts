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

/**
 * The p = 0.5 contour of f over the unit square as line segments, by marching squares on an
 * n×n lattice of samples (used for the static, no-JavaScript figure). Coordinates in [0, 1].
 */
export function boundarySegments(
  f: (x0: number, x1: number) => number,
  n: number,
  level = 0.5,
): [number, number, number, number][] {
  const v = (i: number, j: number) => f(i / n, j / n) - level;
  const segments: [number, number, number, number][] = [];
  const lerp = (a: number, b: number) => a / (a - b);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      // Corners counter-clockwise from bottom-left; collect edge crossings.
      const c = [v(i, j), v(i + 1, j), v(i + 1, j + 1), v(i, j + 1)] as const;
      const p = [
        [i, j],
        [i + 1, j],
        [i + 1, j + 1],
        [i, j + 1],
      ] as const;
      const cross: [number, number][] = [];
      for (let e = 0; e < 4; e++) {
        const a = c[e];
        const b = c[(e + 1) % 4];
        if (a < 0 !== b < 0) {
          const t = lerp(a, b);
          const [ax, ay] = p[e];
          const [bx, by] = p[(e + 1) % 4];
          cross.push([(ax + t * (bx - ax)) / n, (ay + t * (by - ay)) / n]);
        }
      }
      if (cross.length >= 2) segments.push([cross[0][0], cross[0][1], cross[1][0], cross[1][1]]);
      if (cross.length === 4) segments.push([cross[2][0], cross[2][1], cross[3][0], cross[3][1]]);
    }
  }
  return segments;
}
