import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseModelCard } from '../../../src/lib/model/card.ts';
import { generateDataset } from '../../../src/lib/model/dataset.ts';
import { runExperiment, runTraining } from '../../../models/lib/experiment.ts';
import { binaryAccuracy } from '../../../src/lib/model/loss.ts';
import { forward, toNetworkWeights, type SeparatorWeights } from '../../../src/lib/model/mlp.ts';
import { ARTICLE_SPEC, initialNetworkWeights, zerosLikeNetwork } from '../../../src/lib/model/network.ts';
import { readSeparatorOnnx } from '../../../models/lib/onnx-inspect.ts';
import { createRng } from '../../../src/lib/model/random.ts';
import { KERAS_ADAM, adamStep, createAdamState, evaluate, fit } from '../../../src/lib/model/train.ts';

const MODELS = new URL('../../../models/', import.meta.url);
const shippedCard = async () =>
  parseModelCard(JSON.parse(await readFile(new URL('separator.json', MODELS), 'utf8')));
const shippedWeights = async () =>
  readSeparatorOnnx(new Uint8Array(await readFile(new URL('separator.onnx', MODELS))), 'separator.onnx')
    .weights;

describe('adamStep', () => {
  it('follows Keras: θ −= lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + ε)', () => {
    const weights = zerosLikeNetwork(initialNetworkWeights(ARTICLE_SPEC, createRng(1)));
    const grads = zerosLikeNetwork(weights);
    const state = createAdamState(weights);
    const { learningRate: lr, beta1, beta2, epsilon } = KERAS_ADAM;
    const gradients = [0.5, -2];
    let m = 0;
    let v = 0;
    let theta = 0;
    gradients.forEach((g, step) => {
      const t = step + 1;
      grads[0].kernel[1][2] = g;
      adamStep(weights, grads, state, KERAS_ADAM);
      m = beta1 * m + (1 - beta1) * g;
      v = beta2 * v + (1 - beta2) * g * g;
      theta -= ((lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t)) * (m / (Math.sqrt(v) + epsilon));
      expect(weights[0].kernel[1][2]).toBeCloseTo(theta, 15);
    });
    // The first step moves by ≈ lr against the gradient's sign, whatever its size.
    expect(state.step).toBe(2);
    expect(weights[0].bias).toEqual([0, 0, 0]);
  });
});

describe('fit', () => {
  const data = generateDataset(100, 7, 1, 'zero-one');
  const run = (shuffleSeed: number, epochs = 50) =>
    fit(ARTICLE_SPEC, initialNetworkWeights(ARTICLE_SPEC, createRng(7, 3)), data, {
      epochs,
      batchSize: 10,
      adam: KERAS_ADAM,
      shuffleRng: createRng(shuffleSeed, 4),
    });

  it('is deterministic for a seed and depends on the shuffle order', () => {
    expect(run(7)).toEqual(run(7));
    expect(run(8).weights).not.toEqual(run(7).weights);
  });

  it('does not modify the initial weights and logs one loss per epoch', () => {
    const initial = initialNetworkWeights(ARTICLE_SPEC, createRng(7, 3));
    const copy = structuredClone(initial);
    const epochs: number[] = [];
    const result = fit(ARTICLE_SPEC, initial, data, {
      epochs: 20,
      batchSize: 10,
      adam: KERAS_ADAM,
      shuffleRng: createRng(1),
      onEpoch: (epoch) => epochs.push(epoch),
    });
    expect(initial).toEqual(copy);
    expect(result.epochLosses).toHaveLength(20);
    expect(epochs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('lowers the loss', () => {
    const losses = run(7, 300).epochLosses;
    expect(losses[299]).toBeLessThan(losses[0] - 0.2);
  });
});

describe('runExperiment', () => {
  it('gives identical results for one seed and different ones for another', () => {
    const a = runExperiment({ seed: 3, epochs: 30, testSize: 500 });
    const b = runExperiment({ seed: 3, epochs: 30, testSize: 500 });
    const c = runExperiment({ seed: 4, epochs: 30, testSize: 500 });
    expect(a).toEqual(b);
    expect(c.main.weights).not.toEqual(a.main.weights);
    expect(c.trainData.points).not.toEqual(a.trainData.points);
  });

  it('exports float32 weights', () => {
    const { main } = runExperiment({ seed: 3, epochs: 5, testSize: 10 });
    const values = main.weights.flatMap((l) => [...l.kernel.flat(), ...l.bias]);
    values.forEach((v) => expect(Math.fround(v)).toBe(v));
  });
});

describe('the shipped model', () => {
  it('reaches held-out accuracy >= 0.97 on a fresh test set drawn from the card’s seed', async () => {
    const card = await shippedCard();
    const weights: SeparatorWeights = await shippedWeights();
    const test = generateDataset(card.data.testSize, card.data.seed, card.data.streams.testData, 'zero-one');
    expect(test.points.length).toBeGreaterThanOrEqual(1_000);
    const accuracy = binaryAccuracy(
      test.points.map((x) => forward(weights, x).probability),
      test.labels,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
    expect(card.results.testAccuracy).toBe(accuracy);
  });

  it('was trained with the article’s settings on the card’s training points', async () => {
    const card = await shippedCard();
    expect(card.training).toMatchObject({
      epochs: 1000,
      batchSize: 10,
      lossForm: 'logits',
      optimizer: { name: 'adam', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
    });
    expect(card.data.trainSize).toBe(100);
    const train = generateDataset(100, card.data.seed, card.data.streams.trainData, 'zero-one');
    expect(card.trainingPoints).toEqual(train.points.map((p, i) => [p[0], p[1], train.labels[i]]));
    const trainEval = evaluate(ARTICLE_SPEC, toNetworkWeights(await shippedWeights()), train);
    expect(card.results.trainAccuracy).toBe(trainEval.accuracy);
    expect(card.results.trainLoss).toBe(trainEval.loss);
  });
});

describe('the article’s {1, −1} labels (erratum)', () => {
  it('drive the loss negative and cap accuracy at the share of +1 labels', async () => {
    const card = await shippedCard();
    const { run } = runTraining(card.data.seed, 'plus-minus-one');
    expect(run.trainLabels.every((y) => y === 1 || y === -1)).toBe(true);
    expect(run.epochLosses.at(-1)).toBeLessThan(0);
    expect(run.train.loss).toBeLessThan(0);
    expect(run.train.accuracy).toBeLessThanOrEqual(run.positiveShare);
    expect(run.positiveShare).toBeGreaterThan(0.3);
    expect(card.erratum).toMatchObject({
      finalEpochLoss: run.epochLosses.at(-1),
      trainLoss: run.train.loss,
      trainAccuracy: run.train.accuracy,
      positiveShare: run.positiveShare,
    });
  });
});
