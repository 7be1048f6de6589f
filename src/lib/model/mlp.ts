/**
 * The article's network: Dense(3, sigmoid) → Dense(1, sigmoid) on 2-D inputs.
 *
 *   z₁ = x·K₁ + b₁    x [2], K₁ [2, 3], b₁ [3]   → z₁ [3]
 *   h  = σ(z₁)                                  → h [3]   ("hidden")
 *   z₂ = h·K₂ + b₂    K₂ [3, 1], b₂ [1]         → z₂ [1]
 *   p  = σ(z₂)                                  → p [1]   ("probability" that x₀ > x₁)
 *
 * Kernels are stored [inputs][units], the layout of Keras's `get_weights()` and of the ONNX
 * MatMul initialisers. Arithmetic is float64 with the portable `sigmoid`, so results are the
 * same in every engine.
 */
import { sigmoid } from './portable-math.ts';
import type { Rng } from './random.ts';

/** Number of inputs (x₀, x₁). */
export const INPUT_SIZE = 2;
/** Units in the hidden layer. */
export const HIDDEN_UNITS = 3;

/** One dense layer's parameters. */
export interface DenseLayer {
  /** Shape [inputs, units]. */
  kernel: number[][];
  /** Shape [units]. */
  bias: number[];
}

/** All parameters of the network (13 numbers). */
export interface SeparatorWeights {
  /** kernel [2, 3], bias [3]. */
  dense1: DenseLayer;
  /** kernel [3, 1], bias [1]. */
  dense2: DenseLayer;
}

/** Intermediate values of one forward pass, kept for the backward pass. */
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

/**
 * Glorot (Xavier) uniform initialisation, Keras's default kernel initialiser: each entry uniform
 * on [−limit, limit] with limit = √(6 / (fanIn + fanOut)), drawn row by row.
 *
 * @returns shape [fanIn, fanOut]
 */
export function glorotUniform(fanIn: number, fanOut: number, rng: Rng): number[][] {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const kernel: number[][] = [];
  for (let i = 0; i < fanIn; i++) {
    const row: number[] = [];
    for (let j = 0; j < fanOut; j++) row.push(-limit + 2 * limit * rng.nextFloat());
    kernel.push(row);
  }
  return kernel;
}

/** Keras's default initial weights: Glorot-uniform kernels (dense1 first), zero biases. */
export function initialWeights(rng: Rng): SeparatorWeights {
  return {
    dense1: { kernel: glorotUniform(INPUT_SIZE, HIDDEN_UNITS, rng), bias: zeros(HIDDEN_UNITS) },
    dense2: { kernel: glorotUniform(HIDDEN_UNITS, 1, rng), bias: zeros(1) },
  };
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** A structure shaped like `weights`, filled with zeros (for gradients and optimiser moments). */
export function zerosLike(weights: SeparatorWeights): SeparatorWeights {
  const layer = (l: DenseLayer): DenseLayer => ({
    kernel: l.kernel.map((row) => zeros(row.length)),
    bias: zeros(l.bias.length),
  });
  return { dense1: layer(weights.dense1), dense2: layer(weights.dense2) };
}

/** A deep copy of `weights`. */
export function cloneWeights(weights: SeparatorWeights): SeparatorWeights {
  return mapWeights(weights, (w) => w);
}

/** A copy of `weights` with `f` applied to every parameter. */
export function mapWeights(weights: SeparatorWeights, f: (value: number) => number): SeparatorWeights {
  const layer = (l: DenseLayer): DenseLayer => ({
    kernel: l.kernel.map((row) => row.map(f)),
    bias: l.bias.map(f),
  });
  return { dense1: layer(weights.dense1), dense2: layer(weights.dense2) };
}

/** The weights rounded to float32 (what the ONNX file stores). */
export function roundToFloat32(weights: SeparatorWeights): SeparatorWeights {
  return mapWeights(weights, Math.fround);
}

/**
 * The parameter arrays of `weights` in a fixed order — each kernel row, then the bias, layer by
 * layer. Every parameter appears exactly once, so two structures of the same shape can be
 * walked in step (the optimiser does this with weights, gradients and moments).
 */
export function parameterRows(weights: SeparatorWeights): number[][] {
  return [...weights.dense1.kernel, weights.dense1.bias, ...weights.dense2.kernel, weights.dense2.bias];
}

/** Forward pass for one point x = [x₀, x₁], in float64. */
export function forward(weights: SeparatorWeights, x: readonly number[]): ForwardPass {
  const { kernel: k1, bias: b1 } = weights.dense1;
  const { kernel: k2, bias: b2 } = weights.dense2;
  const z1: number[] = [];
  const hidden: number[] = [];
  for (let j = 0; j < b1.length; j++) {
    let z = b1[j];
    for (let i = 0; i < x.length; i++) z += x[i] * k1[i][j];
    z1.push(z);
    hidden.push(sigmoid(z));
  }
  let z2 = b2[0];
  for (let j = 0; j < hidden.length; j++) z2 += hidden[j] * k2[j][0];
  return { z1, hidden, z2, probability: sigmoid(z2) };
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
  const k2 = weights.dense2.kernel;
  const g1 = grads.dense1;
  const g2 = grads.dense2;
  g2.bias[0] += dLossDz2;
  for (let j = 0; j < pass.hidden.length; j++) {
    const h = pass.hidden[j];
    g2.kernel[j][0] += h * dLossDz2;
    const dz1 = k2[j][0] * dLossDz2 * h * (1 - h);
    g1.bias[j] += dz1;
    for (let i = 0; i < x.length; i++) g1.kernel[i][j] += x[i] * dz1;
  }
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
 * weights should already be float32 values (see `roundToFloat32`).
 */
export function forwardFloat32(weights: SeparatorWeights, x: readonly number[]): Float32Outputs {
  const f = Math.fround;
  const { kernel: k1, bias: b1 } = weights.dense1;
  const { kernel: k2, bias: b2 } = weights.dense2;
  const x32 = x.map(f);
  const hidden: number[] = [];
  for (let j = 0; j < b1.length; j++) {
    let dot = 0;
    for (let i = 0; i < x32.length; i++) dot = f(dot + f(x32[i] * f(k1[i][j])));
    hidden.push(f(sigmoid(f(dot + f(b1[j])))));
  }
  let dot = 0;
  for (let j = 0; j < hidden.length; j++) dot = f(dot + f(hidden[j] * f(k2[j][0])));
  return { hidden, probability: f(sigmoid(f(dot + f(b2[0])))) };
}
