/**
 * The playground's heatmap: the network's output on every point of a grid and its 0.5 line,
 * computed by the training worker with each progress message (the page only paints it, in the
 * class colours it reads from its stylesheet). Same arithmetic as `forwardNetwork` (same sums in
 * the same order, same activations), so the values are identical bit for bit, but without its
 * per-point arrays: two scratch buffers per call instead of four arrays per point, which keeps
 * the worker's work per message (and its garbage) small.
 */
import { activate, type NetworkSpec, type NetworkWeights } from '../model/network.ts';
import { isolines } from '../plot/contour.ts';
import type { Polyline } from '../plot/polyline.ts';

/**
 * Everything the page needs to draw the decision boundary of one set of weights on an n×n
 * grid (see `makeGrid`: row 0 at the top), made by the worker so that the page only paints it.
 * `values` is a fresh buffer, so the worker can transfer it.
 */
export interface Heatmap {
  /** Side of the grid. */
  n: number;
  /** The output y at each grid point, row-major. */
  values: Float64Array;
  /** The y = 0.5 line as polylines in sample coordinates (column, row), as `isolines` gives them. */
  contour: Polyline[];
}

/** Computes the {@link Heatmap} of `weights` on `points` = `makeGrid(n)`. */
export function computeHeatmap(
  spec: NetworkSpec,
  weights: NetworkWeights,
  points: ArrayLike<number>,
  n: number,
): Heatmap {
  const values = new Float64Array(n * n);
  gridProbabilities(spec, weights, points, values);
  return { n, values, contour: isolines(values, n, n, 0.5) };
}

/**
 * Writes p = σ(z^L) for each point of `points` (shape [n, 2], row-major) into `out` (length n).
 * `weights` must fit `spec` (see `checkWeights`).
 */
export function gridProbabilities(
  spec: NetworkSpec,
  weights: NetworkWeights,
  points: ArrayLike<number>,
  out: Float64Array,
): void {
  const n = out.length;
  if (points.length !== 2 * n) {
    throw new RangeError(`gridProbabilities: ${n} outputs need ${2 * n} coordinates, got ${points.length}`);
  }
  const widest = Math.max(2, ...weights.map((layer) => layer.bias.length));
  let input = new Float64Array(widest);
  let output = new Float64Array(widest);
  const last = weights.length - 1;
  for (let k = 0; k < n; k++) {
    input[0] = points[2 * k] ?? 0;
    input[1] = points[2 * k + 1] ?? 0;
    let width = 2;
    for (let l = 0; l <= last; l++) {
      const { kernel, bias } = weights[l];
      const f = l === last ? 'sigmoid' : spec.activation;
      for (let j = 0; j < bias.length; j++) {
        let sum = bias[j];
        for (let i = 0; i < width; i++) sum += input[i] * kernel[i][j];
        output[j] = activate(f, sum);
      }
      width = bias.length;
      [input, output] = [output, input];
    }
    out[k] = input[0];
  }
}
