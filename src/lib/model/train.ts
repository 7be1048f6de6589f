/**
 * Training as the article's Keras code does it:
 *
 *   model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
 *   model.fit(x, y, epochs=1000, batch_size=10)
 *
 * i.e. mini-batch Adam with Keras's defaults, the batch-mean binary cross-entropy, and the
 * training set reshuffled every epoch. Arithmetic is float64 with the portable exp/log (see
 * portable-math.ts) so that a seed gives the same weights in every engine; Keras itself trains in
 * float32, so its numbers for the same data would differ slightly.
 *
 * Training runs one epoch at a time ({@link createTrainer}) so the playground's worker can pause
 * and step; {@link fit} runs all epochs in one go for `npm run train`. Both go through the same
 * code, so a seed gives the same weights in either.
 */
import type { Dataset } from './dataset.ts';
import { DEFAULT_LOSS_FORM, binaryAccuracy, sampleLoss, sampleLossGradLogit, type LossForm } from './loss.ts';
import {
  backwardNetwork,
  checkWeights,
  cloneNetworkWeights,
  forwardNetwork,
  networkParameterRows,
  zerosLikeNetwork,
  type NetworkSpec,
  type NetworkWeights,
} from './network.ts';
import { shuffleInPlace, type Rng } from './random.ts';

/** Adam's hyperparameters; the defaults are Keras's. */
export interface AdamSettings {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

/** Keras's `Adam()` defaults. */
export const KERAS_ADAM: Readonly<AdamSettings> = {
  learningRate: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
};

/** The article's `fit` settings. */
export const ARTICLE_FIT = { epochs: 1000, batchSize: 10 } as const;

/** Adam's state: the step count t, β₁ᵗ and β₂ᵗ, and the moment estimates m and v. */
export interface AdamState {
  step: number;
  beta1Power: number;
  beta2Power: number;
  m: NetworkWeights;
  v: NetworkWeights;
}

/** A fresh Adam state (step 0, zero moments) for parameters shaped like `weights`. */
export function createAdamState(weights: NetworkWeights): AdamState {
  return {
    step: 0,
    beta1Power: 1,
    beta2Power: 1,
    m: zerosLikeNetwork(weights),
    v: zerosLikeNetwork(weights),
  };
}

/**
 * One Adam step, in place, written as Keras (and TensorFlow's ApplyAdam) writes it:
 *
 *   t ← t + 1
 *   m ← m + (1 − β₁)(g − m)          v ← v + (1 − β₂)(g² − v)
 *   α ← lr·√(1 − β₂ᵗ) / (1 − β₁ᵗ)
 *   θ ← θ − α·m / (√v + ε)
 *
 * This is Kingma & Ba's algorithm with the bias corrections folded into α. Note that ε is added
 * to √v, which equals adding ε/√(1 − β₂ᵗ) to √v̂ in the paper's form; with ε = 1e-7 the
 * difference is invisible here.
 *
 * @param grads - dL/dθ, same shape as `weights`
 */
export function adamStep(
  weights: NetworkWeights,
  grads: NetworkWeights,
  state: AdamState,
  settings: AdamSettings,
): void {
  const { learningRate, beta1, beta2, epsilon } = settings;
  state.step += 1;
  // Running products rather than `**`: Math.pow is not guaranteed to round alike in all engines.
  state.beta1Power *= beta1;
  state.beta2Power *= beta2;
  const alpha = (learningRate * Math.sqrt(1 - state.beta2Power)) / (1 - state.beta1Power);
  const theta = networkParameterRows(weights);
  const g = networkParameterRows(grads);
  const m = networkParameterRows(state.m);
  const v = networkParameterRows(state.v);
  for (let r = 0; r < theta.length; r++) {
    for (let i = 0; i < theta[r].length; i++) {
      const gi = g[r][i];
      m[r][i] += (1 - beta1) * (gi - m[r][i]);
      v[r][i] += (1 - beta2) * (gi * gi - v[r][i]);
      theta[r][i] -= (alpha * m[r][i]) / (Math.sqrt(v[r][i]) + epsilon);
    }
  }
}

/** Options of {@link createTrainer}. */
export interface TrainerOptions {
  batchSize: number;
  adam: AdamSettings;
  /** Generator for the per-epoch shuffles. */
  shuffleRng: Rng;
  /** How the loss is computed (see `LossForm`); default `'probability'`, the shipped model's. */
  lossForm?: LossForm;
}

/** Training state that advances one epoch per {@link Trainer.runEpoch} call. */
export interface Trainer {
  readonly spec: NetworkSpec;
  /** Epochs completed so far. */
  readonly epoch: number;
  /** The current float64 weights (live: changed in place by `runEpoch`; copy to keep). */
  readonly weights: NetworkWeights;
  /**
   * Trains one epoch and returns its loss as Keras's `fit` logs it: the mean over the epoch's
   * samples of each batch's loss, computed with the weights before that batch's update.
   */
  runEpoch(): number;
}

/**
 * Mini-batch training, one epoch at a time: each epoch shuffles the sample order, splits it into
 * batches of `batchSize` (the last one smaller if needed), and takes one Adam step per batch on
 * the gradient of the batch-mean loss. `initial` is copied, not modified.
 */
export function createTrainer(
  spec: NetworkSpec,
  initial: NetworkWeights,
  data: Dataset,
  options: TrainerOptions,
): Trainer {
  const { batchSize, adam, shuffleRng, lossForm = DEFAULT_LOSS_FORM } = options;
  const n = data.points.length;
  if (n === 0 || n !== data.labels.length) {
    throw new RangeError(`fit: need as many labels as points (> 0), got ${n} and ${data.labels.length}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`fit: batchSize must be a positive integer, got ${batchSize}`);
  }
  checkWeights(spec, initial);
  const weights = cloneNetworkWeights(initial);
  const state = createAdamState(weights);
  let epoch = 0;
  const runEpoch = (): number => {
    const order = shuffleInPlace(
      Array.from({ length: n }, (_, i) => i),
      shuffleRng,
    );
    let lossSum = 0;
    for (let start = 0; start < n; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      const grads = zerosLikeNetwork(weights);
      for (const index of batch) {
        const x = data.points[index];
        const y = data.labels[index];
        const pass = forwardNetwork(spec, weights, x);
        lossSum += sampleLoss(lossForm, pass.logit, pass.probability, y);
        // The batch loss is a mean, so each sample contributes 1/|batch| of its gradient.
        const dLogit = sampleLossGradLogit(lossForm, pass.probability, y) / batch.length;
        backwardNetwork(spec, weights, x, pass, dLogit, grads);
      }
      adamStep(weights, grads, state, adam);
    }
    epoch += 1;
    return lossSum / n;
  };
  return {
    spec,
    get epoch() {
      return epoch;
    },
    weights,
    runEpoch,
  };
}

/** Options of {@link fit}. */
export interface FitOptions extends TrainerOptions {
  epochs: number;
  /** Called after each epoch (1-based) with that epoch's mean loss, e.g. to plot progress. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** What {@link fit} returns. */
export interface FitResult {
  /** Trained float64 weights (a new object; the initial weights are not modified). */
  weights: NetworkWeights;
  /** Per-epoch loss as Keras's `fit` logs it (see {@link Trainer.runEpoch}). Shape [epochs]. */
  epochLosses: number[];
}

/** Trains `epochs` epochs with {@link createTrainer}. */
export function fit(
  spec: NetworkSpec,
  initial: NetworkWeights,
  data: Dataset,
  options: FitOptions,
): FitResult {
  const trainer = createTrainer(spec, initial, data, options);
  const epochLosses: number[] = [];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const loss = trainer.runEpoch();
    epochLosses.push(loss);
    options.onEpoch?.(epoch, loss);
  }
  return { weights: trainer.weights, epochLosses };
}

/** Loss and accuracy of fixed weights on a data set, like Keras's `model.evaluate`. */
export interface Evaluation {
  /** Mean binary cross-entropy. */
  loss: number;
  /** Binary accuracy (threshold 0.5). */
  accuracy: number;
}

/** Evaluates `weights` on `data` (float64 forward pass), the loss in `lossForm`. */
export function evaluate(
  spec: NetworkSpec,
  weights: NetworkWeights,
  data: Dataset,
  lossForm: LossForm = DEFAULT_LOSS_FORM,
): Evaluation {
  const passes = data.points.map((x) => forwardNetwork(spec, weights, x));
  const probabilities = passes.map((pass) => pass.probability);
  let lossSum = 0;
  for (let i = 0; i < passes.length; i++) {
    lossSum += sampleLoss(lossForm, passes[i].logit, passes[i].probability, data.labels[i]);
  }
  return {
    loss: lossSum / probabilities.length,
    accuracy: binaryAccuracy(probabilities, data.labels),
  };
}
