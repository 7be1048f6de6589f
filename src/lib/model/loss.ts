/**
 * Keras's `binary_crossentropy` loss and `'accuracy'` metric for a single sigmoid output unit.
 */
import { exp, log } from './portable-math.ts';

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
 * This is Keras's path for an output that is not known to come from a sigmoid (and the JAX,
 * PyTorch and NumPy backends' path). With the TensorFlow backend and a sigmoid output layer,
 * Keras computes the loss from the sigmoid's input instead: see
 * {@link binaryCrossEntropyFromLogit}. The two agree for p inside [ε, 1 − ε].
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

/**
 * Binary cross-entropy computed from the logit z, as Keras 3's TensorFlow backend does for a
 * sigmoid output (`_get_logits` in keras/src/backend/tensorflow/nn.py finds the sigmoid's input
 * and calls `tf.nn.sigmoid_cross_entropy_with_logits`): max(z, 0) − z·y + ln(1 + e^(−|z|)).
 * Nothing is clipped. For y ∈ {0, 1} this equals −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))]; for the
 * article's y = −1 it equals z + ln(1 + e^z), which has no lower bound: it tends to z as z → −∞.
 */
export function binaryCrossEntropyFromLogit(z: number, y: number): number {
  return Math.max(z, 0) - z * y + log(1 + exp(-Math.abs(z)));
}

/**
 * dL/dz of {@link binaryCrossEntropyFromLogit}: σ(z) − y = p − y everywhere (no clip, so never 0
 * for y = −1: it is 1 + p > 1, and training pushes z down without end).
 */
export function binaryCrossEntropyFromLogitGrad(p: number, y: number): number {
  return p - y;
}

/**
 * How the loss is computed from the network's output: `'probability'` clips p to [ε, 1 − ε]
 * (Keras's generic path; what the shipped model and the playground use), `'logits'` works on the
 * output logit without clipping (Keras 3 with the TensorFlow backend and a sigmoid output layer).
 * For 0/1 labels both give the same gradients unless p leaves [ε, 1 − ε].
 */
export type LossForm = 'probability' | 'logits';

/** The loss form the trainer and `evaluate` use when none is given. */
export const DEFAULT_LOSS_FORM: LossForm = 'probability';

/** The loss of one sample in the given form, from its output logit and probability. */
export function sampleLoss(form: LossForm, logit: number, p: number, y: number): number {
  return form === 'logits' ? binaryCrossEntropyFromLogit(logit, y) : binaryCrossEntropy(p, y);
}

/** dL/dz of {@link sampleLoss}. */
export function sampleLossGradLogit(form: LossForm, p: number, y: number): number {
  return form === 'logits' ? binaryCrossEntropyFromLogitGrad(p, y) : binaryCrossEntropyGradLogit(p, y);
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
