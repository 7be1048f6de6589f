/**
 * Builds the shipped files — the ONNX model and its card — from a seed. Shared by
 * `models/train.ts` (which writes them) and the tests (which check the shipped files are exactly
 * what this regenerates). Pure: hashing is passed in, since Node and browsers hash differently.
 */
import type { ModelCard, RunMetrics } from '../../src/lib/model/card.ts';
import { STREAMS, runExperiment, type ExperimentResult, type RunResult } from './experiment.ts';
import { KERAS_EPSILON } from '../../src/lib/model/loss.ts';
import { HIDDEN_UNITS, INPUT_SIZE } from '../../src/lib/model/mlp.ts';
import {
  BATCH_DIM,
  IR_VERSION,
  OPSET_VERSION,
  PRODUCER_NAME,
  TENSOR_NAMES,
  exportSeparatorOnnx,
} from '../../src/lib/model/onnx-export.ts';
import { ARTICLE_FIT, KERAS_ADAM } from '../../src/lib/model/train.ts';

/**
 * The shipped model's seed: 0, the first seed, kept because it passes (held-out accuracy 0.9888).
 * About a quarter of seeds fall short of 0.97 with the article's settings; models/README.md
 * gives the distribution over seeds 0–999 (`npm run train -- --survey 1000` recomputes it).
 */
export const SHIPPED_SEED = 0;
/** File name of the shipped model, relative to models/. */
export const ONNX_FILE_NAME = 'separator.onnx';
/** The card stores the loss of every LOSS_HISTORY_EVERY-th epoch. */
export const LOSS_HISTORY_EVERY = 10;

/** Inputs of {@link buildArtifacts}. */
export interface ArtifactOptions {
  seed: number;
  /** ONNX producer_version, normally package.json's version. */
  producerVersion: string;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: (bytes: Uint8Array) => string;
  /** Fewer epochs than the article's 1,000, for quick checks only. */
  epochs?: number;
}

/** The two shipped artifacts and the experiment behind them. */
export interface Artifacts {
  onnx: Uint8Array;
  card: ModelCard;
  experiment: ExperimentResult;
}

function metrics(run: RunResult, labels: string): RunMetrics {
  return {
    labels,
    finalEpochLoss: run.epochLosses[run.epochLosses.length - 1],
    trainLoss: run.train.loss,
    trainAccuracy: run.train.accuracy,
    testLoss: run.test.loss,
    testAccuracy: run.test.accuracy,
    positiveShare: run.positiveShare,
  };
}

function sampleHistory(losses: number[]): number[] {
  return losses.filter((_, i) => (i + 1) % LOSS_HISTORY_EVERY === 0);
}

/** Trains with `options.seed` and returns the ONNX bytes and the card describing them. */
export function buildArtifacts(options: ArtifactOptions): Artifacts {
  const experiment = runExperiment({ seed: options.seed, epochs: options.epochs });
  const { main, erratum } = experiment;
  const onnx = exportSeparatorOnnx(main.weights, {
    producerVersion: options.producerVersion,
    docString: `Seed ${options.seed}; see models/separator.json.`,
  });
  const card: ModelCard = {
    schemaVersion: 1,
    name: 'separator',
    description:
      "The toy classifier of the article's section 5: a Dense(3, sigmoid) -> Dense(1, sigmoid) " +
      'network that learns whether x0 > x1 for points in the unit square, trained in TypeScript ' +
      "with the article's Keras settings and exported to ONNX.",
    onnx: {
      file: ONNX_FILE_NAME,
      bytes: onnx.length,
      sha256: options.sha256(onnx),
      irVersion: IR_VERSION,
      opset: OPSET_VERSION,
      producerName: PRODUCER_NAME,
      producerVersion: options.producerVersion,
      input: { name: TENSOR_NAMES.input, shape: [BATCH_DIM, INPUT_SIZE] },
      outputs: [
        { name: TENSOR_NAMES.hidden, shape: [BATCH_DIM, HIDDEN_UNITS] },
        { name: TENSOR_NAMES.probability, shape: [BATCH_DIM, 1] },
      ],
    },
    architecture: {
      inputSize: INPUT_SIZE,
      layers: [
        { name: 'dense1', units: HIDDEN_UNITS, activation: 'sigmoid' },
        { name: 'dense2', units: 1, activation: 'sigmoid' },
      ],
      parameterCount: INPUT_SIZE * HIDDEN_UNITS + HIDDEN_UNITS + HIDDEN_UNITS + 1,
    },
    training: {
      epochs: experiment.epochs,
      batchSize: ARTICLE_FIT.batchSize,
      shuffle: 'reshuffled every epoch',
      loss: 'binary_crossentropy (batch mean)',
      lossClip: KERAS_EPSILON,
      optimizer: { name: 'adam', ...KERAS_ADAM },
      initializer: 'glorot_uniform kernels, zero biases (Keras defaults)',
      arithmetic:
        'float64 with exp/log built from + - * / (bit-identical in every engine); ' +
        'weights rounded to float32 for export',
    },
    data: {
      seed: options.seed,
      generator: 'xoshiro128** seeded by splitmix32, createRng(seed, stream)',
      streams: { ...STREAMS },
      distribution: 'x uniform on [0, 1)^2, 53-bit floats',
      trainSize: experiment.trainData.points.length,
      testSize: experiment.testData.points.length,
    },
    results: metrics(main, '1 if x0 > x1 else 0'),
    erratum: {
      ...metrics(erratum, '1 if x0 > x1 else -1 (as in the article)'),
      note:
        'Binary cross-entropy expects labels 0/1. With -1 the loss is unbounded below (it goes ' +
        "negative), and Keras's binary accuracy compares the label with a 0/1 prediction, so a " +
        '-1 can never count as correct: accuracy is at most the share of +1 labels.',
    },
    lossHistory: {
      every: LOSS_HISTORY_EVERY,
      results: sampleHistory(main.epochLosses),
      erratum: sampleHistory(erratum.epochLosses),
    },
    weights: main.weights,
    trainingPoints: experiment.trainData.points.map((p, i): [number, number, number] => [
      p[0],
      p[1],
      experiment.trainData.labels[i],
    ]),
  };
  return { onnx, card, experiment };
}
