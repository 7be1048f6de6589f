/**
 * The article's network, Dense(3, sigmoid) → Dense(1, sigmoid) on 2-D inputs, with named layers
 * as the shipped model card stores them. The math is network.ts's, for {@link ARTICLE_SPEC}:
 *
 *   z₁ = x·K₁ + b₁    x [2], K₁ [2, 3], b₁ [3]   → z₁ [3]
 *   h  = σ(z₁)                                  → h [3]   ("hidden")
 *   z₂ = h·K₂ + b₂    K₂ [3, 1], b₂ [1]         → z₂ [1]
 *   p  = σ(z₂)                                  → p [1]   ("probability" that x₀ > x₁)
 *
 * Kernels are stored [inputs][units], the layout of Keras's `get_weights()` and of the ONNX
 * MatMul initialisers. The demos use this shape; the trainer and the playground use
 * `NetworkWeights` (a list of layers) for every architecture. What only the tests need of the
 * 2-3-1 shape (initial weights, backward pass, float32 rounding) is in
 * tests/support/separator-weights.ts.
 */
import {
  ARTICLE_SPEC,
  forwardNetwork,
  forwardNetworkFloat32,
  type DenseLayer,
  type NetworkWeights,
} from './network.ts';

/** Number of inputs (x₀, x₁). */
export const INPUT_SIZE = 2;
/** Units in the hidden layer. */
export const HIDDEN_UNITS = 3;

/** All parameters of the network (13 numbers). */
export interface SeparatorWeights {
  /** kernel [2, 3], bias [3]. */
  dense1: DenseLayer;
  /** kernel [3, 1], bias [1]. */
  dense2: DenseLayer;
}

/** Intermediate values of one forward pass (what the demos show). */
export interface ForwardPass {
  /** Hidden pre-activations z₁, shape [3]. */
  z1: number[];
  /** Hidden activations h = σ(z₁), shape [3]. */
  hidden: number[];
  /** Output pre-activation (logit) z₂. */
  z2: number;
  /** Output p = σ(z₂), the probability of class 1. */
  probability: number;
}

/** The layers as a list (no copy). */
export function toNetworkWeights(weights: SeparatorWeights): NetworkWeights {
  return [weights.dense1, weights.dense2];
}

/** A 2-layer list as named layers (no copy). */
export function toSeparatorWeights(weights: NetworkWeights): SeparatorWeights {
  if (weights.length !== 2) throw new RangeError(`expected 2 dense layers, got ${weights.length}`);
  return { dense1: weights[0], dense2: weights[1] };
}

/** Forward pass for one point x = [x₀, x₁], in float64. */
export function forward(weights: SeparatorWeights, x: readonly number[]): ForwardPass {
  const pass = forwardNetwork(ARTICLE_SPEC, toNetworkWeights(weights), x);
  const [hidden] = pass.layers;
  return { z1: hidden.z, hidden: hidden.a, z2: pass.logit, probability: pass.probability };
}

/** Outputs of the float32 forward pass. */
export interface Float32Outputs {
  /** Shape [3]. */
  hidden: number[];
  probability: number;
}

/**
 * Forward pass rounded to float32 after every operation, mimicking what an ONNX runtime computes
 * from the float32 file (MatMul, Add, Sigmoid). Used to compare against onnxruntime; the
 * weights should already be float32 values (as the card and the ONNX file store them).
 */
export function forwardFloat32(weights: SeparatorWeights, x: readonly number[]): Float32Outputs {
  const { hidden, probability } = forwardNetworkFloat32(ARTICLE_SPEC, toNetworkWeights(weights), x);
  return { hidden: hidden[0], probability };
}
