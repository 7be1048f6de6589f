/**
 * The article's network generalised for the playground: 2 inputs → 1 or 2 hidden dense layers of
 * 1–8 units (sigmoid, tanh or ReLU) → 1 sigmoid output unit.
 *
 *   a⁰ = x                          x [2]
 *   zˡ = aˡ⁻¹·Kˡ + bˡ               Kˡ [unitsˡ⁻¹, unitsˡ], bˡ [unitsˡ]
 *   aˡ = f(zˡ)                      f = the hidden activation for l < L, σ for the output l = L
 *   p  = a^L[0]                     the probability of class 1
 *
 * Kernels are stored [inputs][units], the layout of Keras's `get_weights()` and of the ONNX
 * MatMul initialisers. Arithmetic is float64 with the portable exp (see portable-math.ts), and
 * every sum is taken in the same order as in the 2-3-1 code (mlp.ts), so the default spec trains
 * to the very same bits as the shipped model.
 */
import { exp, sigmoid } from './portable-math.ts';
import type { Rng } from './random.ts';

/** Hidden-layer activations the playground offers. The output unit is always a sigmoid. */
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
/** One of {@link ACTIVATIONS}. */
export type Activation = (typeof ACTIVATIONS)[number];

/** Limits of the architectures the playground, the exporter and the card accept. */
export const NETWORK_LIMITS = { minLayers: 1, maxLayers: 2, minUnits: 1, maxUnits: 8 } as const;

/** An architecture: 2 inputs, hidden dense layers, one sigmoid output unit. */
export interface NetworkSpec {
  /** Always 2: points [x₀, x₁]. */
  readonly inputs: 2;
  /** Units of each hidden layer, first to last: 1–2 layers of 1–8 units. */
  readonly hidden: readonly number[];
  /** Activation of every hidden layer. */
  readonly activation: Activation;
}

/** The article's (and the shipped model's) architecture: Dense(3, sigmoid) → Dense(1, sigmoid). */
export const ARTICLE_SPEC: NetworkSpec = { inputs: 2, hidden: [3], activation: 'sigmoid' };

/** One dense layer's parameters. */
export interface DenseLayer {
  /** Shape [inputs, units]. */
  kernel: number[][];
  /** Shape [units]. */
  bias: number[];
}

/** All parameters: one dense layer per hidden layer, then the output layer (1 unit). */
export type NetworkWeights = DenseLayer[];

/** One layer's values for one point. */
interface LayerValues {
  /** Pre-activations z, shape [units]. */
  z: number[];
  /** Activations a = f(z), shape [units]. */
  a: number[];
}

/** Every layer's values for one point (what the backward pass and the network diagram need). */
export interface NetworkPass {
  /** One entry per dense layer, hidden layers first, the output layer last. */
  layers: LayerValues[];
  /** Output logit z^L. */
  logit: number;
  /** Output probability p = σ(z^L). */
  probability: number;
}

/** Throws a RangeError unless `spec` is inside {@link NETWORK_LIMITS}. */
export function checkSpec(spec: NetworkSpec): void {
  const { minLayers, maxLayers, minUnits, maxUnits } = NETWORK_LIMITS;
  const ok =
    spec.inputs === 2 &&
    spec.hidden.length >= minLayers &&
    spec.hidden.length <= maxLayers &&
    spec.hidden.every((u) => Number.isInteger(u) && u >= minUnits && u <= maxUnits) &&
    (ACTIVATIONS as readonly string[]).includes(spec.activation);
  if (!ok) {
    throw new RangeError(
      `network spec must have 2 inputs, ${minLayers}–${maxLayers} hidden layers of ` +
        `${minUnits}–${maxUnits} units and an activation in ${ACTIVATIONS.join('/')}, ` +
        `got ${JSON.stringify(spec)}`,
    );
  }
}

/** Layer widths from input to output, e.g. [2, 3, 1] for the article's network. */
export function layerSizes(spec: NetworkSpec): number[] {
  return [spec.inputs, ...spec.hidden, 1];
}

/** Number of parameters (kernels and biases), e.g. 13 for 2-3-1. */
export function parameterCount(spec: NetworkSpec): number {
  const sizes = layerSizes(spec);
  let count = 0;
  for (let l = 1; l < sizes.length; l++) count += sizes[l - 1] * sizes[l] + sizes[l];
  return count;
}

/** Throws a RangeError unless `weights` have the shapes of `spec`. */
export function checkWeights(spec: NetworkSpec, weights: NetworkWeights): void {
  const sizes = layerSizes(spec);
  const ok =
    weights.length === sizes.length - 1 &&
    weights.every(
      (layer, l) =>
        layer.kernel.length === sizes[l] &&
        layer.kernel.every((row) => row.length === sizes[l + 1]) &&
        layer.bias.length === sizes[l + 1],
    );
  if (!ok) {
    const got = weights.map((l) => `[${l.kernel.length},${l.kernel[0]?.length ?? 0}]`).join(' ');
    throw new RangeError(`weights do not fit the ${sizes.join('-')} network: kernels ${got}`);
  }
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

/**
 * Keras's default initial weights: Glorot-uniform kernels drawn layer by layer (first layer
 * first), zero biases.
 */
export function initialNetworkWeights(spec: NetworkSpec, rng: Rng): NetworkWeights {
  checkSpec(spec);
  const sizes = layerSizes(spec);
  const weights: NetworkWeights = [];
  for (let l = 1; l < sizes.length; l++) {
    weights.push({ kernel: glorotUniform(sizes[l - 1], sizes[l], rng), bias: zeros(sizes[l]) });
  }
  return weights;
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** Weights shaped like `weights`, filled with zeros (for gradients and optimiser moments). */
export function zerosLikeNetwork(weights: NetworkWeights): NetworkWeights {
  return weights.map((l) => ({
    kernel: l.kernel.map((row) => zeros(row.length)),
    bias: zeros(l.bias.length),
  }));
}

/** A copy of `weights` with `f` applied to every parameter. */
export function mapNetworkWeights(weights: NetworkWeights, f: (value: number) => number): NetworkWeights {
  return weights.map((l) => ({ kernel: l.kernel.map((row) => row.map(f)), bias: l.bias.map(f) }));
}

/** A deep copy of `weights`. */
export function cloneNetworkWeights(weights: NetworkWeights): NetworkWeights {
  return mapNetworkWeights(weights, (w) => w);
}

/** The weights rounded to float32 (what the ONNX file stores). */
export function roundNetworkToFloat32(weights: NetworkWeights): NetworkWeights {
  return mapNetworkWeights(weights, Math.fround);
}

/**
 * The parameter arrays in a fixed order — each kernel row, then the bias, layer by layer. Every
 * parameter appears exactly once, so structures of the same shape can be walked in step.
 */
export function networkParameterRows(weights: NetworkWeights): number[][] {
  return weights.flatMap((l) => [...l.kernel, l.bias]);
}

/** tanh from the portable exp: (1 − e^−2z) / (1 + e^−2z), odd-symmetric, exact sign. */
export function tanh(z: number): number {
  if (z < 0) return -tanh(-z);
  // For z > 20, e^−2z < 5e-18 and the quotient rounds to 1; the guard also avoids ∞/∞.
  if (z > 20) return 1;
  const e = exp(-2 * z);
  return (1 - e) / (1 + e);
}

/** max(0, z). */
function relu(z: number): number {
  return z > 0 ? z : 0;
}

/** The activation function f. */
export function activate(activation: Activation, z: number): number {
  if (activation === 'sigmoid') return sigmoid(z);
  if (activation === 'tanh') return tanh(z);
  return relu(z);
}

/**
 * dL/dz = dL/da · f'(z), with f' written from the activation a = f(z):
 * sigmoid a(1 − a), tanh 1 − a², ReLU 1 for z > 0 else 0 (Keras/TensorFlow take 0 at z = 0).
 * The sigmoid product is evaluated as (dL/da · a) · (1 − a), the order of the 2-3-1 code.
 */
function activationBackward(activation: Activation, dLda: number, z: number, a: number): number {
  if (activation === 'sigmoid') return dLda * a * (1 - a);
  if (activation === 'tanh') return dLda * (1 - a * a);
  return z > 0 ? dLda : 0;
}

/** Forward pass for one point x = [x₀, x₁], in float64, keeping every layer's values. */
export function forwardNetwork(
  spec: NetworkSpec,
  weights: NetworkWeights,
  x: readonly number[],
): NetworkPass {
  const layers: LayerValues[] = [];
  let input: readonly number[] = x;
  const last = weights.length - 1;
  for (let l = 0; l <= last; l++) {
    const { kernel, bias } = weights[l];
    const f: Activation = l === last ? 'sigmoid' : spec.activation;
    const z: number[] = [];
    const a: number[] = [];
    for (let j = 0; j < bias.length; j++) {
      let sum = bias[j];
      for (let i = 0; i < input.length; i++) sum += input[i] * kernel[i][j];
      z.push(sum);
      a.push(activate(f, sum));
    }
    layers.push({ z, a });
    input = a;
  }
  const output = layers[last];
  return { layers, logit: output.z[0], probability: output.a[0] };
}

/**
 * Backward pass for one point: adds this point's gradients to `grads` (shaped like `weights`),
 * given dLossDLogit = dL/dz^L for this point's contribution L to the loss.
 *
 *   dL/dKˡ[i][j] = aˡ⁻¹[i]·δˡ[j]     dL/dbˡ[j] = δˡ[j]       (δˡ = dL/dzˡ)
 *   dL/daˡ⁻¹[i] = Σⱼ Kˡ[i][j]·δˡ[j]   δˡ⁻¹ = f'(zˡ⁻¹) ⊙ dL/daˡ⁻¹
 */
export function backwardNetwork(
  spec: NetworkSpec,
  weights: NetworkWeights,
  x: readonly number[],
  pass: NetworkPass,
  dLossDLogit: number,
  grads: NetworkWeights,
): void {
  let delta = [dLossDLogit];
  for (let l = weights.length - 1; l >= 0; l--) {
    const input = l === 0 ? x : pass.layers[l - 1].a;
    const g = grads[l];
    for (let j = 0; j < delta.length; j++) {
      g.bias[j] += delta[j];
      for (let i = 0; i < input.length; i++) g.kernel[i][j] += input[i] * delta[j];
    }
    if (l === 0) break;
    const kernel = weights[l].kernel;
    const below = pass.layers[l - 1];
    const next: number[] = [];
    for (let i = 0; i < input.length; i++) {
      let dLda = kernel[i][0] * delta[0];
      for (let j = 1; j < delta.length; j++) dLda += kernel[i][j] * delta[j];
      next.push(activationBackward(spec.activation, dLda, below.z[i], below.a[i]));
    }
    delta = next;
  }
}

/** Outputs of the float32 forward pass. */
export interface NetworkFloat32Outputs {
  /** Activations of each hidden layer. */
  hidden: number[][];
  probability: number;
}

/**
 * Forward pass rounded to float32 after every operation, mimicking what an ONNX runtime computes
 * from the float32 file (MatMul, Add, then Sigmoid/Tanh/Relu). The weights should already be
 * float32 values (see `roundNetworkToFloat32`).
 */
export function forwardNetworkFloat32(
  spec: NetworkSpec,
  weights: NetworkWeights,
  x: readonly number[],
): NetworkFloat32Outputs {
  const f = Math.fround;
  let input = x.map(f);
  const outputs: number[][] = [];
  const last = weights.length - 1;
  for (let l = 0; l <= last; l++) {
    const { kernel, bias } = weights[l];
    const act: Activation = l === last ? 'sigmoid' : spec.activation;
    const a: number[] = [];
    for (let j = 0; j < bias.length; j++) {
      let dot = 0;
      for (let i = 0; i < input.length; i++) dot = f(dot + f(input[i] * f(kernel[i][j])));
      a.push(f(activate(act, f(dot + f(bias[j])))));
    }
    outputs.push(a);
    input = a;
  }
  return { hidden: outputs.slice(0, -1), probability: outputs[last][0] };
}
