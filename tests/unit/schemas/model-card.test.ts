import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ModelCardError,
  buildModelCard,
  parseAnyModelCard,
  parseModelCard,
  serializeModelCard,
  type ShippedModelCard as ModelCard,
} from '../../../src/lib/model/card.ts';
import {
  ACTIVATIONS,
  parameterCount,
  roundNetworkToFloat32,
  type NetworkSpec,
} from '../../../src/lib/model/network.ts';
import { ARTICLE_RUN, setupRun } from '../../../src/lib/model/run.ts';
import { evaluate } from '../../../src/lib/model/train.ts';

const shippedJson = async () =>
  JSON.parse(await readFile(new URL('../../../models/separator.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

/** The shipped card with one change, as plain JSON. */
async function withChange(change: (card: ModelCard) => void): Promise<unknown> {
  const card = (await shippedJson()) as unknown as ModelCard;
  change(card);
  return card;
}

describe('parseModelCard', () => {
  it('accepts the shipped card and returns it unchanged', async () => {
    const json = await shippedJson();
    expect(parseModelCard(json)).toEqual(json);
  });

  it('is written by serializeModelCard, which round-trips through JSON.parse', async () => {
    const text = await readFile(new URL('../../../models/separator.json', import.meta.url), 'utf8');
    const card = parseModelCard(JSON.parse(text));
    expect(serializeModelCard(card)).toBe(text);
    expect(text).toMatch(/^ {4}\[0\.\d+, 0\.\d+, [01]\],?$/m); // one training point per line
  });

  it('carries what the demos need: 100 labelled points, weights, both runs', async () => {
    const card = parseModelCard(await shippedJson());
    expect(card.trainingPoints).toHaveLength(100);
    expect(card.weights.dense1.kernel).toHaveLength(2);
    expect(card.lossHistory.results).toHaveLength(card.training.epochs / card.lossHistory.every);
    expect(card.erratum.labels).toMatch(/-1/);
  });

  it('requires the erratum run for the shipped card but not for any card', async () => {
    const json = await withChange((c) => {
      delete (c as Partial<ModelCard>).erratum;
      delete (c.lossHistory as Partial<ModelCard['lossHistory']>).erratum;
    });
    expect(() => parseModelCard(json)).toThrow('model card: erratum must be an object, got nothing');
    expect(parseAnyModelCard(json).erratum).toBeUndefined();
  });

  it('rejects a non-object', () => {
    expect(() => parseModelCard('hello')).toThrow('model card: (root) must be an object, got "hello"');
    expect(() => parseModelCard([])).toThrow('model card: (root) must be an object, got []');
  });

  it.each<[string, (card: ModelCard) => void, string]>([
    [
      'a wrong schema version',
      (c) => ((c as { schemaVersion: number }).schemaVersion = 2),
      'model card: schemaVersion must be 1, got 2',
    ],
    [
      'a malformed hash',
      (c) => (c.onnx.sha256 = 'ABC'),
      'model card: onnx.sha256 must be 64 lower-case hex digits, got "ABC"',
    ],
    [
      'an accuracy above 1',
      (c) => (c.results.testAccuracy = 1.2),
      'model card: results.testAccuracy must be a number in [0, 1], got 1.2',
    ],
    [
      'a missing field',
      (c) => delete (c.erratum as Partial<ModelCard['erratum']>).note,
      'model card: erratum.note must be a string, got nothing',
    ],
    [
      'a misshapen kernel',
      (c) => c.weights.dense1.kernel[1].pop(),
      'model card: weights.dense1.kernel[1] must be an array of 3, got [',
    ],
    [
      'a −1 label among the training points',
      (c) => (c.trainingPoints[4][2] = -1),
      'model card: trainingPoints[4][2] must have class 0 or 1, got -1',
    ],
    [
      'a training point with two numbers',
      (c) => c.trainingPoints[7].pop(),
      'model card: trainingPoints[7] must be an array of 3, got [',
    ],
    [
      'a missing section',
      (c) => delete (c as Partial<ModelCard>).training,
      'model card: training must be an object, got nothing',
    ],
    [
      'an unknown activation',
      (c) => (c.architecture.layers[0] = { ...c.architecture.layers[0], activation: 'softplus' as 'relu' }),
      'model card: architecture.layers[0].activation must be one of sigmoid, tanh, relu, got "softplus"',
    ],
    [
      'an unknown data set',
      (c) => ((c.data as { dataset: string }).dataset = 'moons'),
      'model card: data.dataset must be one of article, circle, xor, got "moons"',
    ],
    [
      'a parameter count that does not match the layers',
      (c) => (c.architecture.parameterCount = 12),
      "model card: architecture.parameterCount must be 13 (the layers' weights and biases), got 12",
    ],
    [
      'a hidden layer whose weights do not fit the architecture',
      (c) =>
        c.architecture.layers.splice(1, 0, { name: 'dense2', units: 3, activation: 'sigmoid' }) &&
        (c.architecture.layers[2] = { name: 'dense3', units: 1, activation: 'sigmoid' }),
      'model card: weights.dense2.kernel[0] must be an array of 3, got [',
    ],
    [
      'a missing layer of weights',
      (c) => delete (c.weights as Partial<ModelCard['weights']>).dense2,
      'model card: weights.dense2 must be an object, got nothing',
    ],
    [
      'an output layer that is not one sigmoid unit',
      (c) => (c.architecture.layers[1] = { name: 'dense2', units: 1, activation: 'tanh' }),
      'model card: architecture.layers[1] must be the output layer: 1 sigmoid unit, got',
    ],
    [
      'a non-integer seed',
      (c) => (c.data.seed = 0.5),
      'model card: data.seed must be an integer >= 0, got 0.5',
    ],
  ])('rejects %s with the field’s path', async (_, change, message) => {
    const json = await withChange(change);
    expect(() => parseModelCard(json)).toThrow(ModelCardError);
    expect(() => parseModelCard(json)).toThrow(message);
  });
});

describe('the loss form a card records', () => {
  it.each([
    [
      'missing',
      (c: ModelCard) => delete (c.training as Partial<ModelCard['training']>).lossForm,
      'models/separator.json: training.lossForm must be one of logits, clipped-probability, got nothing',
    ],
    [
      'unknown',
      (c: ModelCard) => ((c.training as { lossForm: string }).lossForm = 'probability'),
      'models/separator.json: training.lossForm must be one of logits, clipped-probability, got "probability"',
    ],
    [
      'clipped without its clip',
      (c: ModelCard) => (c.training.lossForm = 'clipped-probability'),
      'models/separator.json: training.lossClip must be given when lossForm is clipped-probability, got nothing',
    ],
    [
      'logits with a clip',
      (c: ModelCard) => (c.training.lossClip = 1e-7),
      'models/separator.json: training.lossClip must be absent when lossForm is logits (nothing is clipped), got 1e-7',
    ],
  ])('fails when it is %s, naming the file and the field', async (_, change, message) => {
    const json = await withChange(change);
    expect(() => parseModelCard(json, 'models/separator.json')).toThrow(message);
    expect(() => parseAnyModelCard(json, 'models/separator.json')).toThrow(message);
  });

  it('is what the run used, with the clip only for the clipped form', () => {
    for (const lossForm of ['logits', 'clipped-probability'] as const) {
      const config = { ...ARTICLE_RUN, lossForm, epochs: 2, testSize: 50 };
      const setup = setupRun(config);
      const epochLosses = [setup.trainer.runEpoch(), setup.trainer.runEpoch()];
      const weights = roundNetworkToFloat32(setup.trainer.weights);
      const run = {
        encoding: 'zero-one' as const,
        weights,
        epochLosses,
        train: evaluate(config.spec, weights, setup.trainData, lossForm),
        test: evaluate(config.spec, weights, setup.testData, lossForm),
        positiveShare: setup.positiveShare,
      };
      const card = parseAnyModelCard(
        JSON.parse(
          serializeModelCard(
            buildModelCard({
              config,
              trainData: setup.trainData,
              main: run,
              onnx: {
                bytes: new Uint8Array(1),
                file: 'm.onnx',
                sha256: '0'.repeat(64),
                producerVersion: 'x',
              },
              name: 'm',
            }),
          ),
        ),
      );
      expect(card.training.lossForm).toBe(lossForm);
      expect(card.training.lossClip).toBe(lossForm === 'clipped-probability' ? 1e-7 : undefined);
    }
  });

  it('is the logit form in the shipped card, described in words', async () => {
    const card = parseModelCard(await shippedJson());
    expect(card.training.lossForm).toBe('logits');
    expect(card.training.lossClip).toBeUndefined();
    expect(card.training.loss).toContain('sigmoid_cross_entropy_with_logits');
  });
});

describe('buildModelCard', () => {
  const specs: NetworkSpec[] = ACTIVATIONS.flatMap((activation) =>
    [[1], [8], [1, 8], [8, 8]].map((hidden) => ({ inputs: 2 as const, hidden, activation })),
  );

  it.each(specs.map((spec) => [`2-${spec.hidden.join('-')}-1 ${spec.activation}`, spec] as const))(
    'writes a card the schema accepts for %s, with its layers, parameter count and data set',
    (_, spec) => {
      const config = { ...ARTICLE_RUN, spec, dataset: 'xor' as const, epochs: 20, testSize: 50 };
      const setup = setupRun(config);
      const epochLosses = Array.from({ length: config.epochs }, () => setup.trainer.runEpoch());
      const weights = roundNetworkToFloat32(setup.trainer.weights);
      const card = buildModelCard({
        config,
        trainData: setup.trainData,
        main: {
          encoding: 'zero-one',
          weights,
          epochLosses,
          train: evaluate(spec, weights, setup.trainData),
          test: evaluate(spec, weights, setup.testData),
          positiveShare: setup.positiveShare,
        },
        onnx: { bytes: new Uint8Array(100), file: 'm.onnx', sha256: '0'.repeat(64), producerVersion: 'x' },
        name: 'm',
      });
      const parsed = parseAnyModelCard(JSON.parse(serializeModelCard(card)));
      expect(parsed).toEqual(card);
      expect(parsed.architecture.layers.map((l) => l.units)).toEqual([...spec.hidden, 1]);
      expect(parsed.architecture.parameterCount).toBe(parameterCount(spec));
      expect(parsed.data.dataset).toBe('xor');
      expect(parsed.results.labels).toBe('1 if (x0 > 0.5) xor (x1 > 0.5) else 0');
      expect(parsed.onnx.outputs.map((o) => o.name)).toEqual(
        spec.hidden.length === 1 ? ['hidden', 'probability'] : ['hidden1', 'hidden2', 'probability'],
      );
      expect(parsed.lossHistory.results).toHaveLength(2);
      expect(parsed.erratum).toBeUndefined();
      // The same card with one layer's weights cut short is refused.
      const broken = JSON.parse(serializeModelCard(card)) as ModelCard;
      broken.weights.dense1.bias.pop();
      expect(() => parseAnyModelCard(broken)).toThrow(
        `model card: weights.dense1.bias must be an array of ${spec.hidden[0]}, got`,
      );
    },
  );
});
