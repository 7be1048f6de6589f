import { describe, expect, it } from 'vitest';
import { binaryCrossEntropy, binaryCrossEntropyGradLogit } from '../../../src/lib/model/loss.ts';
import { toNetworkWeights } from '../../../src/lib/model/mlp.ts';
import { initialWeights } from '../../support/separator-weights.ts';
import {
  ACTIVATIONS,
  ARTICLE_SPEC,
  activate,
  backwardNetwork,
  checkSpec,
  forwardNetwork,
  forwardNetworkFloat32,
  initialNetworkWeights,
  mapNetworkWeights,
  networkParameterRows,
  parameterCount,
  roundNetworkToFloat32,
  tanh,
  zerosLikeNetwork,
  type Activation,
  type NetworkSpec,
  type NetworkWeights,
} from '../../../src/lib/model/network.ts';
import { createRng } from '../../../src/lib/model/random.ts';

const reference: Record<Activation, (z: number) => number> = {
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: Math.tanh,
  relu: (z) => Math.max(0, z),
};

/** A 2-2-2-1 network with hand-picked weights. */
const hand: NetworkWeights = [
  {
    kernel: [
      [1, -2],
      [-1, 3],
    ],
    bias: [0.1, -0.2],
  },
  {
    kernel: [
      [0.5, -1],
      [2, 0.25],
    ],
    bias: [-0.3, 0.4],
  },
  { kernel: [[1.5], [-2]], bias: [0.2] },
];

describe('forwardNetwork', () => {
  it.each(ACTIVATIONS)('computes σ(f(f(x·K1 + b1)·K2 + b2)·K3 + b3) by hand with f = %s', (activation) => {
    const f = reference[activation];
    const x = [0.3, 0.8];
    const z1 = [0.1 + 0.3 - 0.8, -0.2 - 0.6 + 2.4];
    const a1 = z1.map(f);
    const z2 = [-0.3 + 0.5 * a1[0] + 2 * a1[1], 0.4 - a1[0] + 0.25 * a1[1]];
    const a2 = z2.map(f);
    const z3 = 0.2 + 1.5 * a2[0] - 2 * a2[1];
    const pass = forwardNetwork({ inputs: 2, hidden: [2, 2], activation }, hand, x);
    const expected = [z1, a1, z2, a2, [z3], [reference.sigmoid(z3)]].flat();
    const got = pass.layers.flatMap((l) => [...l.z, ...l.a]);
    got.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 14));
    expect(pass.logit).toBe(pass.layers[2].z[0]);
    expect(pass.probability).toBeCloseTo(reference.sigmoid(z3), 14);
  });

  it('equals the 2-3-1 code for the article’s spec', () => {
    const w = initialWeights(createRng(1, 3));
    expect(initialNetworkWeights(ARTICLE_SPEC, createRng(1, 3))).toEqual(toNetworkWeights(w));
  });

  it.each(ACTIVATIONS)(
    'has a float32 variant within float32 rounding of the float64 pass (%s)',
    (activation) => {
      const spec: NetworkSpec = { inputs: 2, hidden: [5, 4], activation };
      const w = roundNetworkToFloat32(initialNetworkWeights(spec, createRng(4)));
      const rng = createRng(5);
      for (let i = 0; i < 300; i++) {
        const x = [Math.fround(rng.nextFloat()), Math.fround(rng.nextFloat())];
        const exact = forwardNetwork(spec, w, x);
        const f32 = forwardNetworkFloat32(spec, w, x);
        expect(Math.abs(f32.probability - exact.probability)).toBeLessThan(1e-6);
        f32.hidden.forEach((layer, l) =>
          layer.forEach((v, j) => expect(Math.abs(v - exact.layers[l].a[j])).toBeLessThan(1e-6)),
        );
      }
    },
  );
});

describe('tanh (portable)', () => {
  it('matches Math.tanh to a few ulp and is odd', () => {
    const rng = createRng(11);
    for (let i = 0; i < 10_000; i++) {
      const z = (rng.nextFloat() - 0.5) * 40;
      expect(Math.abs(tanh(z) - Math.tanh(z))).toBeLessThanOrEqual(4 * Number.EPSILON);
      expect(tanh(-z)).toBe(-tanh(z));
    }
    expect(tanh(0)).toBe(0);
    expect(tanh(1e3)).toBe(1);
    expect(tanh(-1e3)).toBe(-1);
  });

  it('is what activate gives for tanh; ReLU clips at 0', () => {
    expect(activate('tanh', 0.3)).toBe(tanh(0.3));
    expect(activate('relu', -2)).toBe(0);
    expect(activate('relu', 2.5)).toBe(2.5);
  });
});

function meanLoss(spec: NetworkSpec, w: NetworkWeights, points: number[][], labels: number[]): number {
  let sum = 0;
  points.forEach((x, i) => (sum += binaryCrossEntropy(forwardNetwork(spec, w, x).probability, labels[i])));
  return sum / points.length;
}

describe('backwardNetwork (gradient check against central finite differences)', () => {
  const specs: NetworkSpec[] = ACTIVATIONS.flatMap((activation) => [
    { inputs: 2, hidden: [3], activation },
    { inputs: 2, hidden: [4, 3], activation },
    { inputs: 2, hidden: [1, 8], activation },
  ]);
  it.each(specs.map((spec) => [`${spec.hidden.join('-')} ${spec.activation}`, spec] as const))(
    'agrees for %s',
    (_, spec) => {
      const rng = createRng(6, spec.hidden.length);
      for (let trial = 0; trial < 3; trial++) {
        // Scaled-up Glorot weights plus an offset, so units are neither all linear nor at ReLU's kink.
        const w = mapNetworkWeights(initialNetworkWeights(spec, rng), (v) => v * 2 + 0.1);
        const points = Array.from({ length: 4 }, () => [rng.nextFloat(), rng.nextFloat()]);
        const labels = points.map(([a, b]) => (a > b ? 1 : trial === 2 ? -1 : 0));
        const grads = zerosLikeNetwork(w);
        points.forEach((x, i) => {
          const pass = forwardNetwork(spec, w, x);
          const d = binaryCrossEntropyGradLogit(pass.probability, labels[i]) / points.length;
          backwardNetwork(spec, w, x, pass, d, grads);
        });
        const analytic = networkParameterRows(grads);
        const h = 1e-6;
        networkParameterRows(w).forEach((row, r) =>
          row.forEach((value, i) => {
            row[i] = value + h;
            const up = meanLoss(spec, w, points, labels);
            row[i] = value - h;
            const down = meanLoss(spec, w, points, labels);
            row[i] = value;
            const numeric = (up - down) / (2 * h);
            // Central differences are good to ~1e-8 here (loss ~1, h = 1e-6); a wrong term is far larger.
            expect(Math.abs(analytic[r][i] - numeric)).toBeLessThan(5e-8 + 1e-6 * Math.abs(numeric));
          }),
        );
      }
    },
  );
});

describe('checkSpec and parameterCount', () => {
  it('accepts 1–2 hidden layers of 1–8 units and counts parameters', () => {
    expect(parameterCount(ARTICLE_SPEC)).toBe(13);
    expect(parameterCount({ inputs: 2, hidden: [8, 8], activation: 'relu' })).toBe(
      2 * 8 + 8 + 8 * 8 + 8 + 8 + 1,
    );
    expect(() => checkSpec({ inputs: 2, hidden: [1], activation: 'tanh' })).not.toThrow();
  });

  it.each<[string, NetworkSpec]>([
    ['no hidden layer', { inputs: 2, hidden: [], activation: 'sigmoid' }],
    ['three hidden layers', { inputs: 2, hidden: [2, 2, 2], activation: 'sigmoid' }],
    ['9 units', { inputs: 2, hidden: [9], activation: 'sigmoid' }],
    ['0 units', { inputs: 2, hidden: [0], activation: 'sigmoid' }],
    ['2.5 units', { inputs: 2, hidden: [2.5], activation: 'sigmoid' }],
    ['an unknown activation', { inputs: 2, hidden: [3], activation: 'gelu' as Activation }],
  ])('refuses %s', (_, spec) => {
    expect(() => checkSpec(spec)).toThrow(RangeError);
  });
});
