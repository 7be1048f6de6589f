/**
 * The complete experiment behind the shipped model, as a pure function of one seed:
 * data, Keras-default initialisation, training with the article's settings, evaluation on the
 * training set (what the article reports) and on a fresh held-out set (what it should report),
 * plus the same run with the article's {1, −1} labels to show that erratum's effect.
 *
 * The set-up (streams, data, initial weights, trainer) is `setupRun` in src/lib/model/run.ts,
 * which the playground's worker uses too.
 */
import type { Dataset, LabelEncoding } from '../../src/lib/model/dataset.ts';
import { roundNetworkToFloat32, type NetworkWeights } from '../../src/lib/model/network.ts';
import { ARTICLE_RUN, evaluateRun, setupRun, type RunConfig } from '../../src/lib/model/run.ts';
import type { Evaluation } from '../../src/lib/model/train.ts';

/** Settings of one experiment; defaults are the article's (see `ARTICLE_RUN`). */
export type ExperimentOptions = { seed: number } & Partial<Omit<RunConfig, 'seed' | 'labels'>>;

/** One training run and its evaluation. */
export interface RunResult {
  encoding: LabelEncoding;
  /** Labels of the training points in this run's encoding, shape [trainSize]. */
  trainLabels: number[];
  /** Trained weights rounded to float32 (what is shipped / exported). */
  weights: NetworkWeights;
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
  config: RunConfig;
  seed: number;
  epochs: number;
  trainData: Dataset;
  testData: Dataset;
  initialWeights: NetworkWeights;
  /** Labels 1 / 0: the corrected run, whose weights are shipped. */
  main: RunResult;
  /** Labels 1 / −1 as in the article: same data, initial weights and shuffles. */
  erratum: RunResult;
}

/** The full configuration for `options`, filling in the article's settings. */
function runConfig(options: ExperimentOptions, labels: LabelEncoding): RunConfig {
  // Options given as undefined keep the article's value.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...ARTICLE_RUN, ...given, labels };
}

/**
 * Runs one training with the given label encoding; every run with the same seed sees the same
 * points, initial weights and batch order.
 */
export function runTraining(
  seed: number,
  encoding: LabelEncoding,
  options: Partial<Omit<RunConfig, 'seed' | 'labels'>> = {},
): { run: RunResult; trainData: Dataset; testData: Dataset; initialWeights: NetworkWeights } {
  const config = runConfig({ ...options, seed }, encoding);
  const setup = setupRun(config);
  const epochLosses: number[] = [];
  for (let epoch = 1; epoch <= config.epochs; epoch++) epochLosses.push(setup.trainer.runEpoch());
  const weights = roundNetworkToFloat32(setup.trainer.weights);
  return {
    run: {
      encoding,
      trainLabels: [...setup.trainData.labels],
      weights,
      epochLosses,
      train: evaluateRun(config, weights, setup.trainData),
      test: evaluateRun(config, weights, setup.testData),
      positiveShare: setup.positiveShare,
    },
    trainData: setup.trainData,
    testData: setup.testData,
    initialWeights: setup.initial,
  };
}

/** Runs the corrected training (labels 1 / 0) and the article's erratum run (labels 1 / −1). */
export function runExperiment(options: ExperimentOptions): ExperimentResult {
  const { seed, ...rest } = options;
  const main = runTraining(seed, 'zero-one', rest);
  const erratum = runTraining(seed, 'plus-minus-one', rest);
  const config = runConfig(options, 'zero-one');
  return {
    config,
    seed,
    epochs: config.epochs,
    trainData: main.trainData,
    testData: main.testData,
    initialWeights: main.initialWeights,
    main: main.run,
    erratum: erratum.run,
  };
}
