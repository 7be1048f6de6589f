import { describe, expect, it } from 'vitest';
import { gridProbabilities } from '../../../src/lib/playground/heatmap.ts';
import { forwardNetwork, initialNetworkWeights, type NetworkSpec } from '../../../src/lib/model/network.ts';
import { createRng } from '../../../src/lib/model/random.ts';
import { makeGrid } from '../../../src/lib/demos/grid.ts';

describe('gridProbabilities', () => {
  const specs: NetworkSpec[] = [
    { inputs: 2, hidden: [3], activation: 'sigmoid' },
    { inputs: 2, hidden: [8, 5], activation: 'tanh' },
    { inputs: 2, hidden: [1, 8], activation: 'relu' },
  ];

  it.each(specs)('equals forwardNetwork bit for bit on a 9×9 grid: %j', (spec) => {
    const weights = initialNetworkWeights(spec, createRng(7, 3));
    // Non-zero biases, so every term of the sums matters.
    weights.forEach((layer, l) => layer.bias.forEach((_, j) => (layer.bias[j] = 0.1 * (j + 1) - 0.2 * l)));
    const grid = makeGrid(9);
    const out = new Float64Array(81);
    gridProbabilities(spec, weights, grid, out);
    const expected = Array.from(
      { length: 81 },
      (_, k) => forwardNetwork(spec, weights, [grid[2 * k], grid[2 * k + 1]]).probability,
    );
    expect([...out]).toEqual(expected);
  });

  it('refuses a grid whose size does not match the output', () => {
    const spec = specs[0];
    const weights = initialNetworkWeights(spec, createRng(0, 3));
    expect(() => gridProbabilities(spec, weights, new Float32Array(10), new Float64Array(4))).toThrow(
      RangeError,
    );
  });
});
