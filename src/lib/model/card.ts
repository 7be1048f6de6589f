/**
 * The model card `models/separator.json`: how the shipped ONNX file was made and how well it
 * does, for the README and the demos. `parseModelCard` validates untrusted JSON against the
 * `ModelCard` shape by hand (a schema library would be one more dependency for pure code).
 */
import type { SeparatorWeights } from './mlp.ts';

/** An input or output of the ONNX graph. */
export interface TensorSpec {
  name: string;
  /** e.g. ["N", 2]: N is the free batch dimension. */
  shape: (string | number)[];
}

/** Metrics of one training run. */
export interface RunMetrics {
  /** How labels were encoded, e.g. "1 if x0 > x1 else 0". */
  labels: string;
  /** Loss of the last epoch as Keras's `fit` logs it. */
  finalEpochLoss: number;
  /** Loss of the final float32 weights on the training set (the article's `model.evaluate(x, y)`). */
  trainLoss: number;
  /** Binary accuracy on the training set. */
  trainAccuracy: number;
  /** Loss on the held-out set. */
  testLoss: number;
  /** Binary accuracy on the held-out set. */
  testAccuracy: number;
  /** Share of training labels equal to 1 (the ceiling of the erratum run's accuracy). */
  positiveShare: number;
}

/** Contents of models/separator.json. */
export interface ModelCard {
  schemaVersion: 1;
  name: string;
  description: string;
  onnx: {
    file: string;
    bytes: number;
    /** Lower-case hex SHA-256 of the file. */
    sha256: string;
    irVersion: number;
    opset: number;
    producerName: string;
    producerVersion: string;
    input: TensorSpec;
    outputs: TensorSpec[];
  };
  architecture: {
    inputSize: number;
    layers: { name: string; units: number; activation: string }[];
    parameterCount: number;
  };
  training: {
    epochs: number;
    batchSize: number;
    shuffle: string;
    loss: string;
    /** Probabilities are clipped to [lossClip, 1 − lossClip] inside the loss. */
    lossClip: number;
    optimizer: {
      name: string;
      learningRate: number;
      beta1: number;
      beta2: number;
      epsilon: number;
    };
    initializer: string;
    arithmetic: string;
  };
  data: {
    seed: number;
    generator: string;
    /** Stream numbers passed to `createRng(seed, stream)` for each use. */
    streams: Record<string, number>;
    distribution: string;
    trainSize: number;
    testSize: number;
  };
  /** The shipped run: labels 1 / 0. */
  results: RunMetrics;
  /** The article's run with labels 1 / −1 (same data, initial weights and shuffles). */
  erratum: RunMetrics & { note: string };
  /** Loss logged every `every` epochs (epochs every, 2·every, …), for plotting. */
  lossHistory: { every: number; results: number[]; erratum: number[] };
  /** The shipped float32 weights; kernels are [inputs][units]. */
  weights: SeparatorWeights;
  /** The training points as [x0, x1, label], label 1 or 0. */
  trainingPoints: [number, number, number][];
}

/** Thrown by {@link parseModelCard}; the message names the offending field. */
export class ModelCardError extends Error {
  override name = 'ModelCardError';
}

type Json = unknown;

function fail(path: string, expected: string, value: Json): never {
  const got = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 60);
  throw new ModelCardError(`model card: ${path} must be ${expected}, got ${got}`);
}

function object(value: Json, path: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, 'an object', value);
  }
  return value as Record<string, Json>;
}

function string(value: Json, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string', value);
  return value;
}

function number(value: Json, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a finite number', value);
  return value;
}

function integer(value: Json, path: string, min = 0): number {
  if (!Number.isInteger(value) || (value as number) < min) {
    fail(path, `an integer >= ${min}`, value);
  }
  return value as number;
}

function fraction(value: Json, path: string): number {
  const n = number(value, path);
  if (n < 0 || n > 1) fail(path, 'a number in [0, 1]', value);
  return n;
}

function array<T>(value: Json, path: string, item: (v: Json, p: string) => T, length?: number): T[] {
  if (!Array.isArray(value)) fail(path, 'an array', value);
  if (length !== undefined && value.length !== length) {
    fail(path, `an array of ${length}`, `${value.length} items`);
  }
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function tensorSpec(value: Json, path: string): TensorSpec {
  const o = object(value, path);
  return {
    name: string(o.name, `${path}.name`),
    shape: array(o.shape, `${path}.shape`, (v, p) => (typeof v === 'string' ? v : integer(v, p, 1))),
  };
}

function runMetrics(value: Json, path: string): RunMetrics {
  const o = object(value, path);
  return {
    labels: string(o.labels, `${path}.labels`),
    finalEpochLoss: number(o.finalEpochLoss, `${path}.finalEpochLoss`),
    trainLoss: number(o.trainLoss, `${path}.trainLoss`),
    trainAccuracy: fraction(o.trainAccuracy, `${path}.trainAccuracy`),
    testLoss: number(o.testLoss, `${path}.testLoss`),
    testAccuracy: fraction(o.testAccuracy, `${path}.testAccuracy`),
    positiveShare: fraction(o.positiveShare, `${path}.positiveShare`),
  };
}

function dense(value: Json, path: string, inputs: number, units: number) {
  const o = object(value, path);
  const row = (v: Json, p: string) => array(v, p, number, units);
  return {
    kernel: array(o.kernel, `${path}.kernel`, row, inputs),
    bias: array(o.bias, `${path}.bias`, number, units),
  };
}

/**
 * Checks that `json` (e.g. from `JSON.parse` or a JSON import) is a model card and returns it
 * typed. Throws {@link ModelCardError} with the path of the first bad field, e.g.
 * "model card: results.testAccuracy must be a number in [0, 1], got 1.2".
 */
export function parseModelCard(json: unknown): ModelCard {
  const card = object(json, '(root)');
  if (card.schemaVersion !== 1) fail('schemaVersion', '1', card.schemaVersion);

  const onnx = object(card.onnx, 'onnx');
  const sha256 = string(onnx.sha256, 'onnx.sha256');
  if (!/^[0-9a-f]{64}$/.test(sha256)) fail('onnx.sha256', '64 lower-case hex digits', sha256);

  const architecture = object(card.architecture, 'architecture');
  const training = object(card.training, 'training');
  const optimizer = object(training.optimizer, 'training.optimizer');
  const data = object(card.data, 'data');
  const streams = object(data.streams, 'data.streams');
  const erratum = object(card.erratum, 'erratum');
  const history = object(card.lossHistory, 'lossHistory');
  const weights = object(card.weights, 'weights');

  return {
    schemaVersion: 1,
    name: string(card.name, 'name'),
    description: string(card.description, 'description'),
    onnx: {
      file: string(onnx.file, 'onnx.file'),
      bytes: integer(onnx.bytes, 'onnx.bytes', 1),
      sha256,
      irVersion: integer(onnx.irVersion, 'onnx.irVersion', 1),
      opset: integer(onnx.opset, 'onnx.opset', 1),
      producerName: string(onnx.producerName, 'onnx.producerName'),
      producerVersion: string(onnx.producerVersion, 'onnx.producerVersion'),
      input: tensorSpec(onnx.input, 'onnx.input'),
      outputs: array(onnx.outputs, 'onnx.outputs', tensorSpec),
    },
    architecture: {
      inputSize: integer(architecture.inputSize, 'architecture.inputSize', 1),
      layers: array(architecture.layers, 'architecture.layers', (v, p) => {
        const layer = object(v, p);
        return {
          name: string(layer.name, `${p}.name`),
          units: integer(layer.units, `${p}.units`, 1),
          activation: string(layer.activation, `${p}.activation`),
        };
      }),
      parameterCount: integer(architecture.parameterCount, 'architecture.parameterCount', 1),
    },
    training: {
      epochs: integer(training.epochs, 'training.epochs', 1),
      batchSize: integer(training.batchSize, 'training.batchSize', 1),
      shuffle: string(training.shuffle, 'training.shuffle'),
      loss: string(training.loss, 'training.loss'),
      lossClip: number(training.lossClip, 'training.lossClip'),
      optimizer: {
        name: string(optimizer.name, 'training.optimizer.name'),
        learningRate: number(optimizer.learningRate, 'training.optimizer.learningRate'),
        beta1: number(optimizer.beta1, 'training.optimizer.beta1'),
        beta2: number(optimizer.beta2, 'training.optimizer.beta2'),
        epsilon: number(optimizer.epsilon, 'training.optimizer.epsilon'),
      },
      initializer: string(training.initializer, 'training.initializer'),
      arithmetic: string(training.arithmetic, 'training.arithmetic'),
    },
    data: {
      seed: integer(data.seed, 'data.seed'),
      generator: string(data.generator, 'data.generator'),
      streams: Object.fromEntries(
        Object.entries(streams).map(([k, v]) => [k, integer(v, `data.streams.${k}`)]),
      ),
      distribution: string(data.distribution, 'data.distribution'),
      trainSize: integer(data.trainSize, 'data.trainSize', 1),
      testSize: integer(data.testSize, 'data.testSize', 1),
    },
    results: runMetrics(card.results, 'results'),
    erratum: { ...runMetrics(erratum, 'erratum'), note: string(erratum.note, 'erratum.note') },
    lossHistory: {
      every: integer(history.every, 'lossHistory.every', 1),
      results: array(history.results, 'lossHistory.results', number),
      erratum: array(history.erratum, 'lossHistory.erratum', number),
    },
    weights: {
      dense1: dense(weights.dense1, 'weights.dense1', 2, 3),
      dense2: dense(weights.dense2, 'weights.dense2', 3, 1),
    },
    trainingPoints: array(card.trainingPoints, 'trainingPoints', (v, p) => {
      const [x0, x1, label] = array(v, p, number, 3) as [number, number, number];
      if (label !== 0 && label !== 1) fail(`${p}[2]`, '0 or 1', label);
      return [x0, x1, label];
    }),
  };
}

/** JSON text of a value: objects one key per line, arrays of scalars on one line. */
function toJson(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    }
    return `[\n${value.map((item) => inner + toJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJson(v, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * The card as written to models/separator.json: indented JSON, with arrays of numbers kept on one
 * line so the 100 training points and the loss history stay readable. Deterministic (key order is
 * the card's construction order), so the file is byte-identical wherever it is generated.
 */
export function serializeModelCard(card: ModelCard): string {
  return `${toJson(card, '')}\n`;
}
