import { describe, expect, it } from 'vitest';
import { binaryCrossEntropy, binaryCrossEntropyGradLogit } from '../../../src/lib/model/loss.ts';
import {
  forward,
  forwardFloat32,
  toNetworkWeights,
  type SeparatorWeights,
} from '../../../src/lib/model/mlp.ts';
import { glorotUniform, networkParameterRows } from '../../../src/lib/model/network.ts';
import { backward, initialWeights, roundToFloat32, zerosLike } from '../../support/separator-weights.ts';
import { createRng } from '../../../src/lib/model/random.ts';

const parameterRows = (w: SeparatorWeights) => networkParameterRows(toNetworkWeights(w));

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

const handWeights: SeparatorWeights = {
  dense1: {
    kernel: [
      [1, -2, 0.5],
      [-1, 3, 0.25],
    ],
    bias: [0.1, -0.2, 0.3],
  },
  dense2: { kernel: [[2], [-1], [0.5]], bias: [-0.4] },
};

describe('initialWeights', () => {
  it('uses Glorot-uniform kernels within ±sqrt(6 / (fanIn + fanOut)) and zero biases', () => {
    const w = initialWeights(createRng(1, 3));
    const limit1 = Math.sqrt(6 / 5);
    const limit2 = Math.sqrt(6 / 4);
    expect(w.dense1.kernel).toHaveLength(2);
    w.dense1.kernel.forEach((row) => {
      expect(row).toHaveLength(3);
      row.forEach((k) => expect(Math.abs(k)).toBeLessThanOrEqual(limit1));
    });
    expect(w.dense2.kernel.map((row) => row.length)).toEqual([1, 1, 1]);
    w.dense2.kernel.forEach(([k]) => expect(Math.abs(k)).toBeLessThanOrEqual(limit2));
    expect(w.dense1.bias).toEqual([0, 0, 0]);
    expect(w.dense2.bias).toEqual([0]);
  });

  it('fills [-limit, limit] uniformly', () => {
    const values = glorotUniform(200, 300, createRng(2)).flat();
    const limit = Math.sqrt(6 / 500);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + b * b, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.01 * limit);
    // Uniform on [-l, l] has variance l²/3 = 2 / (fanIn + fanOut).
    expect(variance).toBeCloseTo(2 / 500, 4);
  });
});

describe('forward', () => {
  it('computes sigmoid(sigmoid(x·K1 + b1)·K2 + b2)', () => {
    const x = [0.3, 0.8];
    const z1 = [0.1 + 0.3 - 0.8, -0.2 - 0.6 + 2.4, 0.3 + 0.15 + 0.2];
    const h = z1.map(sigma);
    const z2 = -0.4 + 2 * h[0] - h[1] + 0.5 * h[2];
    const pass = forward(handWeights, x);
    pass.z1.forEach((z, j) => expect(z).toBeCloseTo(z1[j], 15));
    pass.hidden.forEach((v, j) => expect(v).toBeCloseTo(h[j], 15));
    expect(pass.z2).toBeCloseTo(z2, 15);
    expect(pass.probability).toBeCloseTo(sigma(z2), 15);
  });

  it('has a float32 variant within float32 rounding of the float64 pass', () => {
    const w = roundToFloat32(initialWeights(createRng(4)));
    const rng = createRng(5);
    for (let i = 0; i < 1_000; i++) {
      const x = [Math.fround(rng.nextFloat()), Math.fround(rng.nextFloat())];
      const exact = forward(w, x);
      const f32 = forwardFloat32(w, x);
      expect(Math.abs(f32.probability - exact.probability)).toBeLessThan(5e-7);
      f32.hidden.forEach((h, j) => expect(Math.abs(h - exact.hidden[j])).toBeLessThan(5e-7));
      expect(Math.fround(f32.probability)).toBe(f32.probability);
    }
  });
});

/** Mean binary cross-entropy over points, in float64. */
function meanLoss(w: SeparatorWeights, points: number[][], labels: number[]): number {
  let sum = 0;
  points.forEach((x, i) => (sum += binaryCrossEntropy(forward(w, x).probability, labels[i])));
  return sum / points.length;
}

function analyticGradient(w: SeparatorWeights, points: number[][], labels: number[]) {
  const grads = zerosLike(w);
  points.forEach((x, i) => {
    const pass = forward(w, x);
    const dLdz2 = binaryCrossEntropyGradLogit(pass.probability, labels[i]) / points.length;
    backward(w, x, pass, dLdz2, grads);
  });
  return grads;
}

describe('backward (gradient check against central finite differences)', () => {
  for (const encoding of ['zero-one', 'plus-minus-one'] as const) {
    it(`agrees on random weights and points, labels ${encoding}`, () => {
      const rng = createRng(6, encoding === 'zero-one' ? 0 : 1);
      for (let trial = 0; trial < 5; trial++) {
        // Scale the Glorot weights up a little so the sigmoids are not all near-linear.
        const w = initialWeights(rng);
        parameterRows(w).forEach((row) => row.forEach((_, i) => (row[i] = row[i] * 2 + 0.1)));
        const points = Array.from({ length: 4 }, () => [rng.nextFloat(), rng.nextFloat()]);
        const negative = encoding === 'zero-one' ? 0 : -1;
        const labels = points.map(([a, b]) => (a > b ? 1 : negative));

        const grads = parameterRows(analyticGradient(w, points, labels));
        const params = parameterRows(w);
        const h = 1e-6;
        params.forEach((row, r) =>
          row.forEach((value, i) => {
            row[i] = value + h;
            const up = meanLoss(w, points, labels);
            row[i] = value - h;
            const down = meanLoss(w, points, labels);
            row[i] = value;
            const numeric = (up - down) / (2 * h);
            const analytic = grads[r][i];
            expect(Math.abs(analytic - numeric)).toBeLessThan(1e-8 + 1e-6 * Math.abs(numeric));
          }),
        );
      }
    });
  }

  it('is zero where the loss clips the probability (p > 1 − 1e-7)', () => {
    const saturated: SeparatorWeights = {
      ...handWeights,
      dense2: { kernel: [[2], [-1], [0.5]], bias: [30] },
    };
    const x = [0.2, 0.4];
    const pass = forward(saturated, x);
    expect(pass.probability).toBeGreaterThan(1 - 1e-7);
    const grads = zerosLike(saturated);
    backward(saturated, x, pass, binaryCrossEntropyGradLogit(pass.probability, 0), grads);
    expect(
      parameterRows(grads)
        .flat()
        .every((g) => g === 0),
    ).toBe(true);
  });
});
