/**
 * Model cards: building one for a trained network (`npm run train` and the playground's export),
 * checking one ({@link parseModelCard}, with the Zod schema of src/schemas/model-card.ts) and
 * writing it as JSON text.
 */
import type { z } from 'astro/zod';
import {
  modelCardSchema,
  shippedModelCardSchema,
  type ModelCard,
  type RunMetrics,
  type ShippedModelCard,
} from '../../schemas/model-card.ts';
import { parseChecked } from './checked-json.ts';
import { DATASET_RULES, type Dataset, type LabelEncoding } from './dataset.ts';
import { KERAS_EPSILON, LOSS_FORM_INFO } from './loss.ts';
import { layerSizes, parameterCount, type NetworkWeights } from './network.ts';
import { STREAMS, isArticleRun, type RunConfig } from './run.ts';
import {
  BATCH_DIM,
  IR_VERSION,
  OPSET_VERSION,
  PRODUCER_NAME,
  TENSOR_NAMES,
  hiddenOutputNames,
} from './tensor-names.ts';
import type { Evaluation } from './train.ts';

export type { ModelCard, ShippedModelCard };

/** Thrown by {@link parseModelCard}; the message names the offending field. */
export class ModelCardError extends Error {
  override name = 'ModelCardError';
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown, source: string): T {
  return parseChecked(schema, json, source, (message, cause) => new ModelCardError(message, { cause }));
}

/**
 * Checks that `json` (e.g. from `JSON.parse` or a JSON import) is the shipped model card (with
 * the erratum run) and returns it typed. Throws {@link ModelCardError} naming `source` (the
 * file, e.g. "models/separator.json") and the path of the first bad field, e.g.
 * "models/separator.json: training.lossForm must be one of logits, clipped-probability, got nothing".
 */
export function parseModelCard(json: unknown, source = 'model card'): ShippedModelCard {
  return parseWith(shippedModelCardSchema, json, source);
}

/** Like {@link parseModelCard} for any card, e.g. one the playground exported. */
export function parseAnyModelCard(json: unknown, source = 'model card'): ModelCard {
  return parseWith(modelCardSchema, json, source);
}

/** The card stores the loss of every LOSS_HISTORY_EVERY-th epoch. */
const LOSS_HISTORY_EVERY = 10;

/** A finished (or paused) run as the card describes it. */
export interface CardRun {
  encoding: LabelEncoding;
  /** Float32 weights, as exported. */
  weights: NetworkWeights;
  /** Loss of every epoch trained, as `fit` logs it. */
  epochLosses: readonly number[];
  train: Evaluation;
  test: Evaluation;
  positiveShare: number;
}

/** Inputs of {@link buildModelCard}. */
export interface CardInput {
  config: RunConfig;
  /** The training data (its labels are turned into classes 0/1). */
  trainData: Dataset;
  /** The run whose weights were exported. */
  main: CardRun;
  /** The same run with the article's labels 1 / −1, for the shipped card. */
  erratum?: CardRun;
  onnx: { bytes: Uint8Array; file: string; sha256: string; producerVersion: string };
  name: string;
}

/** "1 if x0 > x1 else 0". */
function labelsText(config: Pick<RunConfig, 'dataset'>, encoding: LabelEncoding): string {
  const rule = DATASET_RULES[config.dataset].text;
  return encoding === 'zero-one' ? `1 if ${rule} else 0` : `1 if ${rule} else -1 (as in the article)`;
}

/** A run's metrics as the card and the label-bug results store them (without the labels' text). */
export function runMetrics(run: Pick<CardRun, 'epochLosses' | 'train' | 'test' | 'positiveShare'>) {
  return {
    finalEpochLoss: run.epochLosses[run.epochLosses.length - 1],
    trainLoss: run.train.loss,
    trainAccuracy: run.train.accuracy,
    testLoss: run.test.loss,
    testAccuracy: run.test.accuracy,
    positiveShare: run.positiveShare,
  };
}

function metrics(run: CardRun, labels: string): RunMetrics {
  return { labels, ...runMetrics(run) };
}

function sampleHistory(losses: readonly number[]): number[] {
  return losses.filter((_, i) => (i + 1) % LOSS_HISTORY_EVERY === 0);
}

/** Why the article's {1, −1} labels fail, as the card states it. */
const ERRATUM_NOTE =
  'Binary cross-entropy expects labels 0/1. With -1 the loss is unbounded below (it goes ' +
  "negative), and Keras's binary accuracy compares the label with a 0/1 prediction, so a " +
  '-1 can never count as correct: accuracy is at most the share of +1 labels.';

function description(config: RunConfig): string {
  const { spec } = config;
  if (isArticleRun(config)) {
    return (
      "The toy classifier of the article's section 5: a Dense(3, sigmoid) -> Dense(1, sigmoid) " +
      'network that learns whether x0 > x1 for points in the unit square, trained in TypeScript ' +
      "with the article's Keras settings and exported to ONNX."
    );
  }
  const layers = [...spec.hidden.map((u) => `Dense(${u}, ${spec.activation})`), 'Dense(1, sigmoid)'].join(
    ' -> ',
  );
  return (
    `A classifier trained in the site's playground: a ${layers} network that learns whether ` +
    `${DATASET_RULES[config.dataset].text} for points in the unit square, trained in TypeScript ` +
    'with Adam and binary cross-entropy as Keras does, and exported to ONNX.'
  );
}

/**
 * The model card of an exported network. Key order is fixed, so `serializeModelCard` of the
 * result is byte-identical wherever it runs (Node for `npm run train`, the playground's worker).
 */
export function buildModelCard(input: CardInput): ModelCard {
  const { config, main, erratum, onnx, trainData } = input;
  const { spec } = config;
  const sizes = layerSizes(spec);
  const hiddenNames = hiddenOutputNames(spec.hidden.length);
  return {
    schemaVersion: 1,
    name: input.name,
    description: description(config),
    onnx: {
      file: onnx.file,
      bytes: onnx.bytes.length,
      sha256: onnx.sha256,
      irVersion: IR_VERSION,
      opset: OPSET_VERSION,
      producerName: PRODUCER_NAME,
      producerVersion: onnx.producerVersion,
      input: { name: TENSOR_NAMES.input, shape: [BATCH_DIM, spec.inputs] },
      outputs: [
        ...hiddenNames.map((name, l) => ({ name, shape: [BATCH_DIM, spec.hidden[l]] })),
        { name: TENSOR_NAMES.probability, shape: [BATCH_DIM, 1] },
      ],
    },
    architecture: {
      inputSize: spec.inputs,
      layers: sizes.slice(1).map((units, l) => ({
        name: `dense${l + 1}`,
        units,
        activation: l === spec.hidden.length ? 'sigmoid' : spec.activation,
      })),
      parameterCount: parameterCount(spec),
    },
    training: {
      epochs: main.epochLosses.length,
      batchSize: config.batchSize,
      shuffle: 'reshuffled every epoch',
      lossForm: config.lossForm,
      loss: LOSS_FORM_INFO[config.lossForm].card,
      lossClip: config.lossForm === 'clipped-probability' ? KERAS_EPSILON : undefined,
      optimizer: { name: 'adam', ...config.adam },
      initializer: 'glorot_uniform kernels, zero biases (Keras defaults)',
      arithmetic:
        'float64 with exp/log built from + - * / (bit-identical in every engine); ' +
        'weights rounded to float32 for export',
    },
    data: {
      seed: config.seed,
      dataset: config.dataset,
      generator: 'xoshiro128** seeded by splitmix32, createRng(seed, stream)',
      streams: { ...STREAMS },
      distribution: 'x uniform on [0, 1)^2, 53-bit floats',
      trainSize: trainData.points.length,
      testSize: config.testSize,
    },
    results: metrics(main, labelsText(config, main.encoding)),
    erratum: erratum && { ...metrics(erratum, labelsText(config, erratum.encoding)), note: ERRATUM_NOTE },
    lossHistory: {
      every: LOSS_HISTORY_EVERY,
      results: sampleHistory(main.epochLosses),
      erratum: erratum && sampleHistory(erratum.epochLosses),
    },
    weights: Object.fromEntries(
      main.weights.map((layer, l) => [`dense${l + 1}`, layer]),
    ) as ModelCard['weights'],
    trainingPoints: trainData.points.map((p, i): [number, number, number] => [
      p[0],
      p[1],
      trainData.labels[i] === 1 ? 1 : 0,
    ]),
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
 * A value as the files in models/ are written: indented JSON, with arrays of scalars kept on one
 * line, undefined keys left out, and a final newline. Deterministic (key order is the value's).
 */
export function serializeJson(value: unknown): string {
  return `${toJson(value, '')}\n`;
}

/**
 * The card as written to models/separator.json ({@link serializeJson}): the 100 training points
 * and the loss history stay readable. Deterministic (key order is the card's construction order),
 * so the file is byte-identical wherever it is generated.
 */
export function serializeModelCard(card: ModelCard): string {
  return serializeJson(card);
}
