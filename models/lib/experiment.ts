/**
 * The complete experiment behind the shipped model, as a pure function of one seed:
 * data, Keras-default initialisation, training with the article's settings, evaluation on the
 * training set (what the article reports) and on a fresh held-out set (what it should report),
 * plus the same run with the article's {1, −1} labels to show that erratum's effect.
 */
import { generateDataset, type Dataset, type LabelEncoding } from '../../src/lib/model/dataset.ts';
import { initialWeights, roundToFloat32, type SeparatorWeights } from '../../src/lib/model/mlp.ts';
import { createRng } from '../../src/lib/model/random.ts';
import { ARTICLE_FIT, KERAS_ADAM, evaluate, fit, type Evaluation } from '../../src/lib/model/train.ts';

/**
 * Independent random streams derived from the one seed (see `createRng`), so that, say, a larger
 * test set does not change the training data or the initial weights.
 */
export const STREAMS = { trainData: 1, testData: 2, init: 3, shuffle: 4 } as const;

/** Sizes of the data sets: the article's 100 training points and a held-out set. */
export const DATA_SIZES = { train: 100, test: 10_000 } as const;

/** Settings of one experiment; defaults are the article's. */
export interface ExperimentOptions {
  seed: number;
  epochs?: number;
  trainSize?: number;
  testSize?: number;
}

/** One training run and its evaluation. */
export interface RunResult {
  encoding: LabelEncoding;
  /** Labels of the training points in this run's encoding, shape [trainSize]. */
  trainLabels: number[];
  /** Trained weights rounded to float32 (what is shipped / exported). */
  weights: SeparatorWeights;
  /** Per-epoch training loss as logged by `fit`, shape [epochs]. */
  epochLosses: number[];
  /** The float32 weights evaluated on the training set (the article's `model.evaluate(x, y)`). */
  train: Evaluation;
  /** The float32 weights evaluated on the held-out set, labelled in this run's encoding. */
  test: Evaluation;
  /** Share of training labels equal to 1. */
  positiveShare: number;
}

/** Everything the experiment produced. */
export interface ExperimentResult {
  seed: number;
  epochs: number;
  trainData: Dataset;
  testData: Dataset;
  initialWeights: SeparatorWeights;
  /** Labels 1 / 0: the corrected run, whose weights are shipped. */
  main: RunResult;
  /** Labels 1 / −1 as in the article: same data, initial weights and shuffles. */
  erratum: RunResult;
}

/**
 * Runs one training with the given label encoding; every run with the same seed sees the same
 * points, initial weights and batch order.
 */
export function runTraining(
  seed: number,
  encoding: LabelEncoding,
  options: Omit<ExperimentOptions, 'seed'> = {},
): { run: RunResult; trainData: Dataset; testData: Dataset; initialWeights: SeparatorWeights } {
  const epochs = options.epochs ?? ARTICLE_FIT.epochs;
  const trainData = generateDataset(options.trainSize ?? DATA_SIZES.train, seed, STREAMS.trainData, encoding);
  const testData = generateDataset(options.testSize ?? DATA_SIZES.test, seed, STREAMS.testData, encoding);
  const initial = initialWeights(createRng(seed, STREAMS.init));
  const result = fit(initial, trainData, {
    epochs,
    batchSize: ARTICLE_FIT.batchSize,
    adam: KERAS_ADAM,
    shuffleRng: createRng(seed, STREAMS.shuffle),
  });
  const weights = roundToFloat32(result.weights);
  const positives = trainData.labels.filter((label) => label === 1).length;
  return {
    run: {
      encoding,
      trainLabels: [...trainData.labels],
      weights,
      epochLosses: result.epochLosses,
      train: evaluate(weights, trainData),
      test: evaluate(weights, testData),
      positiveShare: positives / trainData.labels.length,
    },
    trainData,
    testData,
    initialWeights: initial,
  };
}

/** Runs the corrected training (labels 1 / 0) and the article's erratum run (labels 1 / −1). */
export function runExperiment(options: ExperimentOptions): ExperimentResult {
  const { seed } = options;
  const main = runTraining(seed, 'zero-one', options);
  const erratum = runTraining(seed, 'plus-minus-one', options);
  return {
    seed,
    epochs: options.epochs ?? ARTICLE_FIT.epochs,
    trainData: main.trainData,
    testData: main.testData,
    initialWeights: main.initialWeights,
    main: main.run,
    erratum: erratum.run,
  };
}
