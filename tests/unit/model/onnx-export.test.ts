import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateModelFiles } from '../../../models/train.ts';
import { buildArtifacts } from '../../../models/lib/artifacts.ts';
import { parseModelCard, serializeModelCard, type ModelCard } from '../../../src/lib/model/card.ts';
import { generateDataset } from '../../../src/lib/model/dataset.ts';
import { binaryAccuracy } from '../../../src/lib/model/loss.ts';
import { forwardFloat32 } from '../../../src/lib/model/mlp.ts';
import { inspectOnnx, readSeparatorOnnx } from '../../../models/lib/onnx-inspect.ts';
import { createSessionChecked, runSeparator, type CheckedSession } from '../../../models/lib/ort-session.ts';
import { createRng } from '../../../src/lib/model/random.ts';

ort.env.wasm.numThreads = 1;

const MODELS = new URL('../../../models/', import.meta.url);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let onnxBytes: Uint8Array;
let cardText: string;
let card: ModelCard;

beforeAll(async () => {
  onnxBytes = new Uint8Array(await readFile(new URL('separator.onnx', MODELS)));
  cardText = await readFile(new URL('separator.json', MODELS), 'utf8');
  card = parseModelCard(JSON.parse(cardText));
});

describe('models/separator.onnx and separator.json', () => {
  it('are exactly what `npm run train` regenerates', async () => {
    const fresh = await generateModelFiles();
    expect(
      Buffer.from(fresh.onnx).equals(Buffer.from(onnxBytes)),
      'separator.onnx is stale: npm run train',
    ).toBe(true);
    expect(fresh.cardText, 'separator.json is stale: npm run train').toBe(cardText);
  });

  it('come out byte-identical from two runs with one seed, and differ for another seed', () => {
    const options = { producerVersion: '0.0.0-test', sha256 };
    const a = buildArtifacts({ ...options, seed: 5 });
    const b = buildArtifacts({ ...options, seed: 5 });
    const c = buildArtifacts({ ...options, seed: 6 });
    expect(Buffer.from(a.onnx).equals(Buffer.from(b.onnx))).toBe(true);
    expect(serializeModelCard(a.card)).toBe(serializeModelCard(b.card));
    expect(Buffer.from(a.onnx).equals(Buffer.from(c.onnx))).toBe(false);
    expect(c.card.onnx.sha256).not.toBe(a.card.onnx.sha256);
  });

  it('agree: the card’s hash, size, versions and weights are the file’s', async () => {
    expect(card.onnx.sha256).toBe(sha256(onnxBytes));
    expect(card.onnx.bytes).toBe(onnxBytes.length);
    const { summary, weights } = readSeparatorOnnx(onnxBytes);
    expect(card.weights).toEqual(weights);
    expect(card.onnx.irVersion).toBe(summary.irVersion);
    expect(summary.opsets).toEqual([{ domain: 'ai.onnx', version: card.onnx.opset }]);
    const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(summary.producerVersion).toBe(pkg.version);
    expect(card.onnx.producerVersion).toBe(pkg.version);
  });
});

describe('the exported graph', () => {
  it('declares x [N, 2] → hidden [N, 3], probability [N, 1] with named initialisers', () => {
    const summary = inspectOnnx(onnxBytes);
    expect(summary.irVersion).toBe(8);
    expect(summary.producerName).toMatch(/train\.ts/);
    expect(summary.docString.length).toBeGreaterThan(50);
    expect(summary.graphDocString.length).toBeGreaterThan(20);
    expect(summary.inputs).toEqual([{ name: 'x', elemType: 'float32', shape: ['N', 2] }]);
    expect(summary.outputs).toEqual([
      { name: 'hidden', elemType: 'float32', shape: ['N', 3] },
      { name: 'probability', elemType: 'float32', shape: ['N', 1] },
    ]);
    expect(summary.initializers.map((t) => [t.name, t.dims])).toEqual([
      ['dense1.kernel', [2, 3]],
      ['dense1.bias', [3]],
      ['dense2.kernel', [3, 1]],
      ['dense2.bias', [1]],
    ]);
    expect(summary.nodes.map((n) => n.opType)).toEqual([
      'MatMul',
      'Add',
      'Sigmoid',
      'MatMul',
      'Add',
      'Sigmoid',
    ]);
  });
});

describe('onnxruntime-web on the shipped model', () => {
  let checked: CheckedSession;
  beforeAll(async () => {
    checked = await createSessionChecked(ort, onnxBytes, { fileName: 'separator.onnx' });
  });

  it('matches the TypeScript forward pass within 1e-6 on 10,000 random points and the corners', async () => {
    const rng = createRng(2026, 99);
    const points: number[][] = [
      [0, 0],
      [1, 1],
      [0, 1],
      [1, 0],
    ];
    for (let i = 0; i < 10_000; i++) points.push([rng.nextFloat(), rng.nextFloat()]);
    const out = await runSeparator(ort, checked.session, Float32Array.from(points.flat()));
    let worst = 0;
    points.forEach((x, i) => {
      const expected = forwardFloat32(card.weights, x);
      worst = Math.max(worst, Math.abs(out.probability[i] - expected.probability));
      expected.hidden.forEach((h, j) => (worst = Math.max(worst, Math.abs(out.hidden[i * 3 + j] - h))));
    });
    expect(worst).toBeLessThanOrEqual(1e-6);
    // The corners: (1, 0) is class 1, (0, 1) class 0; the diagonal points are on the boundary.
    expect(out.probability[3]).toBeGreaterThan(0.9);
    expect(out.probability[2]).toBeLessThan(0.1);
  });

  it('classifies a fresh held-out set from the card’s seed with accuracy >= 0.97', async () => {
    const test = generateDataset(card.data.testSize, card.data.seed, card.data.streams.testData, 'zero-one');
    const out = await runSeparator(ort, checked.session, Float32Array.from(test.points.flat()));
    expect(binaryAccuracy(out.probability, test.labels)).toBeGreaterThanOrEqual(0.97);
  });
});
