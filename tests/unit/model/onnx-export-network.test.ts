import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { readNetworkOnnx } from '../../../models/lib/onnx-inspect.ts';
import { createNetworkSessionChecked, runNetwork } from '../../../models/lib/ort-session.ts';
import {
  ACTIVATIONS,
  forwardNetwork,
  initialNetworkWeights,
  mapNetworkWeights,
  roundNetworkToFloat32,
  type NetworkSpec,
} from '../../../src/lib/model/network.ts';
import { exportNetworkOnnx } from '../../../src/lib/model/onnx-export.ts';
import { createRng } from '../../../src/lib/model/random.ts';
import { hiddenOutputNames } from '../../../src/lib/model/tensor-names.ts';

ort.env.wasm.numThreads = 1;

/** Every activation with one and two hidden layers, at the unit limits and in between. */
const SPECS: NetworkSpec[] = ACTIVATIONS.flatMap((activation) => [
  { inputs: 2, hidden: [1], activation },
  { inputs: 2, hidden: [8], activation },
  { inputs: 2, hidden: [5, 3], activation },
  { inputs: 2, hidden: [8, 8], activation },
]);

const label = (spec: NetworkSpec) => `2-${spec.hidden.join('-')}-1 ${spec.activation}`;

describe('exportNetworkOnnx', () => {
  it.each(SPECS.map((spec) => [label(spec), spec] as const))(
    '%s: onnxruntime-web matches the TypeScript forward pass within 1e-6',
    async (_, spec) => {
      const rng = createRng(
        spec.hidden.reduce((a, b) => a * 10 + b, 0),
        7,
      );
      // Larger than initial weights (and non-zero biases) so the activations are exercised
      // beyond their linear part and ReLU units are both on and off.
      const weights = roundNetworkToFloat32(
        mapNetworkWeights(initialNetworkWeights(spec, rng), (v) => 3 * v + 0.2 * (rng.nextFloat() - 0.5)),
      );
      const bytes = exportNetworkOnnx(spec, weights, { producerVersion: '0.0.0-test', dataset: 'xor' });
      expect(exportNetworkOnnx(spec, weights, { producerVersion: '0.0.0-test', dataset: 'xor' })).toEqual(
        bytes,
      );

      const read = readNetworkOnnx(bytes);
      expect(read.spec).toEqual(spec);
      expect(read.weights).toEqual(weights);
      expect(read.summary.outputs.map((o) => o.name)).toEqual([
        ...hiddenOutputNames(spec.hidden.length),
        'probability',
      ]);

      const { session } = await createNetworkSessionChecked(ort, bytes, {}, spec);
      const n = 2_000;
      const points = new Float32Array(n * 2);
      for (let i = 0; i < points.length; i++) points[i] = rng.nextFloat() * 1.2 - 0.1;
      const out = await runNetwork(ort, session, spec, points);
      await session.release();
      let maxDiff = 0;
      let maxHiddenDiff = 0;
      for (let i = 0; i < n; i++) {
        const pass = forwardNetwork(spec, weights, [points[2 * i], points[2 * i + 1]]);
        maxDiff = Math.max(maxDiff, Math.abs(out.probability[i] - pass.probability));
        spec.hidden.forEach((units, l) => {
          for (let j = 0; j < units; j++) {
            // ReLU activations are unbounded (here up to ~20), so float32 gives them relative,
            // not absolute, precision: compare relative to max(1, |a|).
            const a = pass.layers[l].a[j];
            const diff = Math.abs(out.hidden[l][i * units + j] - a) / Math.max(1, Math.abs(a));
            maxHiddenDiff = Math.max(maxHiddenDiff, diff);
          }
        });
      }
      expect(maxDiff).toBeLessThan(1e-6);
      expect(maxHiddenDiff).toBeLessThan(1e-6);
    },
  );

  it('refuses weights that do not fit the spec', () => {
    const spec: NetworkSpec = { inputs: 2, hidden: [4], activation: 'relu' };
    const weights = initialNetworkWeights({ ...spec, hidden: [3] }, createRng(1));
    expect(() => exportNetworkOnnx(spec, weights, { producerVersion: 'x' })).toThrow(
      /do not fit the 2-4-1 network/,
    );
  });

  it('names the hidden activation node and the data set in the graph', () => {
    const spec: NetworkSpec = { inputs: 2, hidden: [2, 2], activation: 'tanh' };
    const bytes = exportNetworkOnnx(spec, initialNetworkWeights(spec, createRng(2)), {
      producerVersion: 'x',
      dataset: 'circle',
      epochs: 300,
      batchSize: 5,
    });
    const { summary } = readNetworkOnnx(bytes);
    expect(summary.nodes.map((node) => node.opType)).toEqual([
      ...['MatMul', 'Add', 'Tanh'],
      ...['MatMul', 'Add', 'Tanh'],
      ...['MatMul', 'Add', 'Sigmoid'],
    ]);
    expect(summary.graphDocString).toBe(
      'Dense(2, tanh) -> Dense(2, tanh) -> Dense(1, sigmoid). Input: points in [0,1)^2. ' +
        'Outputs: the hidden activations and the probability that (x0 - 0.5)^2 + (x1 - 0.5)^2 < 1/(2 pi).',
    );
    expect(summary.docString).toMatch(/^A playground classifier: a 2-2-2-1 network .*300 epochs, batch 5\)/);
  });
});
