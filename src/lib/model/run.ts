/**
 * One training run's configuration and its set-up — data, initial weights, trainer — as a pure
 * function of the configuration. Shared by `npm run train` (models/lib/experiment.ts) and the
 * playground's worker, so both draw the same points, weights and shuffles from a seed.
 */
import { generateDataset, type Dataset, type DatasetKind, type LabelEncoding } from './dataset.ts';
import {
  ARTICLE_SPEC,
  checkSpec,
  initialNetworkWeights,
  type NetworkSpec,
  type NetworkWeights,
} from './network.ts';
import { createRng } from './random.ts';
import { ARTICLE_FIT, KERAS_ADAM, createTrainer, type AdamSettings, type Trainer } from './train.ts';
import type { LossForm } from './loss.ts';

/**
 * Independent random streams derived from the one seed (see `createRng`), so that, say, a larger
 * test set does not change the training data or the initial weights.
 */
export const STREAMS = { trainData: 1, testData: 2, init: 3, shuffle: 4 } as const;

/** Sizes of the data sets: the article's 100 training points and a held-out set. */
const DATA_SIZES = { train: 100, test: 10_000 } as const;

/** Everything that determines a run. */
export interface RunConfig {
  seed: number;
  dataset: DatasetKind;
  labels: LabelEncoding;
  trainSize: number;
  testSize: number;
  spec: NetworkSpec;
  epochs: number;
  batchSize: number;
  adam: AdamSettings;
  /** How the loss is computed (see `LossForm`); `DEFAULT_LOSS_FORM` when omitted. */
  lossForm?: LossForm;
}

/** The article's run with the corrected 0/1 labels: what `npm run train` ships (seed 0). */
export const ARTICLE_RUN: Readonly<RunConfig> = Object.freeze({
  seed: 0,
  dataset: 'article',
  labels: 'zero-one',
  trainSize: DATA_SIZES.train,
  testSize: DATA_SIZES.test,
  spec: ARTICLE_SPEC,
  epochs: ARTICLE_FIT.epochs,
  batchSize: ARTICLE_FIT.batchSize,
  adam: KERAS_ADAM,
});

/** Whether `config` is the shipped configuration apart from the seed. */
export function isArticleRun(config: RunConfig): boolean {
  const a = ARTICLE_RUN;
  return (
    config.dataset === a.dataset &&
    config.labels === a.labels &&
    config.trainSize === a.trainSize &&
    config.testSize === a.testSize &&
    config.spec.hidden.join() === a.spec.hidden.join() &&
    config.spec.activation === a.spec.activation &&
    config.epochs === a.epochs &&
    config.batchSize === a.batchSize &&
    config.adam.learningRate === a.adam.learningRate &&
    config.adam.beta1 === a.adam.beta1 &&
    config.adam.beta2 === a.adam.beta2 &&
    config.adam.epsilon === a.adam.epsilon
  );
}

/** A run ready to train. */
export interface RunSetup {
  config: RunConfig;
  trainData: Dataset;
  testData: Dataset;
  /** Initial weights (Keras defaults); the trainer works on a copy. */
  initial: NetworkWeights;
  trainer: Trainer;
  /** Share of training labels equal to +1. */
  positiveShare: number;
}

/**
 * Draws the training and held-out points, the initial weights and the shuffle generator from
 * `config.seed`'s streams, and creates the trainer. Runs that differ only in labels or data set
 * rule see the same points, initial weights and batch order.
 */
export function setupRun(config: RunConfig): RunSetup {
  checkSpec(config.spec);
  const { seed, dataset, labels } = config;
  const trainData = generateDataset(config.trainSize, seed, STREAMS.trainData, labels, dataset);
  const testData = generateDataset(config.testSize, seed, STREAMS.testData, labels, dataset);
  const initial = initialNetworkWeights(config.spec, createRng(seed, STREAMS.init));
  const trainer = createTrainer(config.spec, initial, trainData, {
    batchSize: config.batchSize,
    adam: config.adam,
    shuffleRng: createRng(seed, STREAMS.shuffle),
    lossForm: config.lossForm,
  });
  const positives = trainData.labels.filter((label) => label === 1).length;
  return {
    config,
    trainData,
    testData,
    initial,
    trainer,
    positiveShare: positives / trainData.labels.length,
  };
}
