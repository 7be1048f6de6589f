/**
 * What only the tests need of the article's 2-3-1 network with named layers
 * (src/lib/model/mlp.ts): Keras-default initial weights, zeros for gradients, float32 rounding
 * and the backward pass, all in the `SeparatorWeights` shape, built on network.ts.
 */
import {
  toNetworkWeights,
  toSeparatorWeights,
  type ForwardPass,
  type SeparatorWeights,
} from '../../src/lib/model/mlp.ts';
import {
  ARTICLE_SPEC,
  backwardNetwork,
  initialNetworkWeights,
  mapNetworkWeights,
} from '../../src/lib/model/network.ts';
import type { Rng } from '../../src/lib/model/random.ts';

/** Keras's default initial weights: Glorot-uniform kernels (dense1 first), zero biases. */
export function initialWeights(rng: Rng): SeparatorWeights {
  return toSeparatorWeights(initialNetworkWeights(ARTICLE_SPEC, rng));
}

/** A structure shaped like `weights`, filled with zeros (for gradients). */
export function zerosLike(weights: SeparatorWeights): SeparatorWeights {
  return toSeparatorWeights(mapNetworkWeights(toNetworkWeights(weights), () => 0));
}

/** The weights rounded to float32 (what the ONNX file stores). */
export function roundToFloat32(weights: SeparatorWeights): SeparatorWeights {
  return toSeparatorWeights(mapNetworkWeights(toNetworkWeights(weights), Math.fround));
}

/**
 * Backward pass for one point: adds this point's gradients to `grads` (same shape as
 * `weights`), given dLossDz2, which equals dL/dz₂ for this point's contribution L to the loss.
 *
 *   dL/dK₂[j] = h[j]·dL/dz₂            dL/db₂ = dL/dz₂
 *   dL/dh[j]  = K₂[j]·dL/dz₂
 *   dL/dz₁[j] = dL/dh[j]·h[j](1 − h[j])   (σ' = σ(1 − σ))
 *   dL/dK₁[i][j] = x[i]·dL/dz₁[j]      dL/db₁[j] = dL/dz₁[j]
 */
export function backward(
  weights: SeparatorWeights,
  x: readonly number[],
  pass: ForwardPass,
  dLossDz2: number,
  grads: SeparatorWeights,
): void {
  const networkPass = {
    layers: [
      { z: pass.z1, a: pass.hidden },
      { z: [pass.z2], a: [pass.probability] },
    ],
    logit: pass.z2,
    probability: pass.probability,
  };
  backwardNetwork(ARTICLE_SPEC, toNetworkWeights(weights), x, networkPass, dLossDz2, toNetworkWeights(grads));
}
