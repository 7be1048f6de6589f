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
 */
import type { Dataset } from './dataset.ts';
import { binaryAccuracy, binaryCrossEntropy, binaryCrossEntropyGradLogit } from './loss.ts';
import { backward, cloneWeights, forward, parameterRows, zerosLike, type SeparatorWeights } from './mlp.ts';
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
  m: SeparatorWeights;
  v: SeparatorWeights;
}

/** A fresh Adam state (step 0, zero moments) for parameters shaped like `weights`. */
export function createAdamState(weights: SeparatorWeights): AdamState {
  return { step: 0, beta1Power: 1, beta2Power: 1, m: zerosLike(weights), v: zerosLike(weights) };
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
  weights: SeparatorWeights,
  grads: SeparatorWeights,
  state: AdamState,
  settings: AdamSettings,
): void {
  const { learningRate, beta1, beta2, epsilon } = settings;
  state.step += 1;
  // Running products rather than `**`: Math.pow is not guaranteed to round alike in all engines.
  state.beta1Power *= beta1;
  state.beta2Power *= beta2;
  const alpha = (learningRate * Math.sqrt(1 - state.beta2Power)) / (1 - state.beta1Power);
  const theta = parameterRows(weights);
  const g = parameterRows(grads);
  const m = parameterRows(state.m);
  const v = parameterRows(state.v);
  for (let r = 0; r < theta.length; r++) {
    for (let i = 0; i < theta[r].length; i++) {
      const gi = g[r][i];
      m[r][i] += (1 - beta1) * (gi - m[r][i]);
      v[r][i] += (1 - beta2) * (gi * gi - v[r][i]);
      theta[r][i] -= (alpha * m[r][i]) / (Math.sqrt(v[r][i]) + epsilon);
    }
  }
}

/** Options of {@link fit}. */
export interface FitOptions {
  epochs: number;
  batchSize: number;
  adam: AdamSettings;
  /** Generator for the per-epoch shuffles. */
  shuffleRng: Rng;
  /** Called after each epoch (1-based) with that epoch's mean loss, e.g. to plot progress. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** What {@link fit} returns. */
export interface FitResult {
  /** Trained float64 weights (a new object; the initial weights are not modified). */
  weights: SeparatorWeights;
  /**
   * Per-epoch loss as Keras's `fit` logs it: the mean over the epoch's samples of each batch's
   * loss, computed with the weights before that batch's update. Shape [epochs].
   */
  epochLosses: number[];
}

/**
 * Mini-batch training: each epoch shuffles the sample order, splits it into batches of
 * `batchSize` (the last one smaller if needed), and takes one Adam step per batch on the gradient
 * of the batch-mean loss.
 */
export function fit(initial: SeparatorWeights, data: Dataset, options: FitOptions): FitResult {
  const { epochs, batchSize, adam, shuffleRng, onEpoch } = options;
  const n = data.points.length;
  if (n === 0 || n !== data.labels.length) {
    throw new RangeError(`fit: need as many labels as points (> 0), got ${n} and ${data.labels.length}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`fit: batchSize must be a positive integer, got ${batchSize}`);
  }
  const weights = cloneWeights(initial);
  const state = createAdamState(weights);
  const epochLosses: number[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = shuffleInPlace(
      Array.from({ length: n }, (_, i) => i),
      shuffleRng,
    );
    let lossSum = 0;
    for (let start = 0; start < n; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      const grads = zerosLike(weights);
      for (const index of batch) {
        const x = data.points[index];
        const y = data.labels[index];
        const pass = forward(weights, x);
        lossSum += binaryCrossEntropy(pass.probability, y);
        // The batch loss is a mean, so each sample contributes 1/|batch| of its gradient.
        backward(weights, x, pass, binaryCrossEntropyGradLogit(pass.probability, y) / batch.length, grads);
      }
      adamStep(weights, grads, state, adam);
    }
    const epochLoss = lossSum / n;
    epochLosses.push(epochLoss);
    onEpoch?.(epoch, epochLoss);
  }
  return { weights, epochLosses };
}

/** Loss and accuracy of fixed weights on a data set, like Keras's `model.evaluate`. */
export interface Evaluation {
  /** Mean binary cross-entropy. */
  loss: number;
  /** Binary accuracy (threshold 0.5). */
  accuracy: number;
}

/** Evaluates `weights` on `data` (float64 forward pass). */
export function evaluate(weights: SeparatorWeights, data: Dataset): Evaluation {
  const probabilities = data.points.map((x) => forward(weights, x).probability);
  let lossSum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    lossSum += binaryCrossEntropy(probabilities[i], data.labels[i]);
  }
  return {
    loss: lossSum / probabilities.length,
    accuracy: binaryAccuracy(probabilities, data.labels),
  };
}
