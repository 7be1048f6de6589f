/**
 * Keras's `binary_crossentropy` loss and `'accuracy'` metric for a single sigmoid output unit.
 */
import { log } from './portable-math.ts';

/** Keras's `backend.epsilon()`: probabilities are clipped to [ε, 1 − ε] before the logarithm. */
export const KERAS_EPSILON = 1e-7;

/** p clipped to [1e-7, 1 − 1e-7], as Keras does before taking logarithms. */
export function clipProbability(p: number): number {
  return Math.min(Math.max(p, KERAS_EPSILON), 1 - KERAS_EPSILON);
}

/**
 * Binary cross-entropy of one prediction: −[y·ln p + (1 − y)·ln(1 − p)] with p clipped.
 *
 * Like Keras, it does not check that y is 0 or 1. With the article's label −1 it becomes
 * ln p − 2·ln(1 − p), which goes below zero as p → 0: that is how the article's run reaches a
 * negative "loss".
 *
 * (TensorFlow-backed Keras may skip the clipping when it can see the sigmoid's input and compute
 * the loss from logits instead; both agree except for p within 1e-7 of 0 or 1.)
 */
export function binaryCrossEntropy(p: number, y: number): number {
  const clipped = clipProbability(p);
  return -(y * log(clipped) + (1 - y) * log(1 - clipped));
}

/**
 * Equals dL/dz for L = binaryCrossEntropy(σ(z), y): the chain rule through the clip and the
 * sigmoid, −(y/p − (1 − y)/(1 − p)) · p(1 − p), simplifies to p − y. It is 0 where the clip is
 * active (p outside [ε, 1 − ε]) because the clip's derivative is 0 there, as in TensorFlow's
 * `clip_by_value` gradient.
 */
export function binaryCrossEntropyGradLogit(p: number, y: number): number {
  if (p < KERAS_EPSILON || p > 1 - KERAS_EPSILON) return 0;
  return p - y;
}

/** Keras's binary prediction for a probability: 1 when p > 0.5, else 0. */
export function predictClass(p: number): 0 | 1 {
  return p > 0.5 ? 1 : 0;
}

/**
 * Keras's `'accuracy'` for a 1-unit output, i.e. binary accuracy: the share of i with
 * labels[i] === (probabilities[i] > 0.5 ? 1 : 0). A label of −1 therefore never counts as correct.
 *
 * @param probabilities - shape [n]
 * @param labels - shape [n]
 */
export function binaryAccuracy(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (probabilities.length !== labels.length || labels.length === 0) {
    throw new RangeError(
      `binaryAccuracy: need equal, non-zero lengths, got ${probabilities.length} and ${labels.length}`,
    );
  }
  let correct = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === predictClass(probabilities[i])) correct++;
  }
  return correct / labels.length;
}
