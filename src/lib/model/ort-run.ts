/**
 * Running exported networks with onnxruntime-web. Kept apart from `ort-session.ts` so browser
 * code can run a session without pulling in the ONNX protobuf reader.
 */
import type * as Ort from 'onnxruntime-web';
import { HIDDEN_UNITS, INPUT_SIZE } from './mlp.ts';
import type { NetworkSpec } from './network.ts';
import { TENSOR_NAMES, hiddenOutputNames } from './tensor-names.ts';

/** The parts of the onnxruntime-web module used here. */
export type OrtModule = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

/** Outputs of {@link runSeparator} for n points. */
export interface SeparatorOutputs {
  /** Shape [n, 3], row-major. */
  hidden: Float32Array;
  /** Shape [n]. */
  probability: Float32Array;
}

/** Outputs of {@link runNetwork} for n points. */
export interface NetworkOutputs {
  /** One array per hidden layer, shape [n, units] row-major. */
  hidden: Float32Array[];
  /** Shape [n]. */
  probability: Float32Array;
}

/**
 * Runs an exported network of architecture `spec` on n points.
 *
 * @param points - shape [n, 2], row-major: x₀ of point i at 2i, x₁ at 2i + 1
 */
export async function runNetwork(
  ort: OrtModule,
  session: Ort.InferenceSession,
  spec: NetworkSpec,
  points: Float32Array,
): Promise<NetworkOutputs> {
  if (points.length === 0 || points.length % INPUT_SIZE !== 0) {
    throw new RangeError(`runNetwork: need a non-empty [n, 2] array, got ${points.length} values`);
  }
  const n = points.length / INPUT_SIZE;
  const input = new ort.Tensor('float32', points, [n, INPUT_SIZE]);
  const results = await session.run({ [TENSOR_NAMES.input]: input });
  const hidden = hiddenOutputNames(spec.hidden.length).map((name, l) => {
    const data = results[name]?.data;
    if (!(data instanceof Float32Array) || data.length !== n * spec.hidden[l]) {
      throw new Error(`runNetwork: the session returned an unexpected ${name} tensor`);
    }
    return data;
  });
  const probability = results[TENSOR_NAMES.probability]?.data;
  if (!(probability instanceof Float32Array) || probability.length !== n) {
    throw new Error('runNetwork: the session returned an unexpected probability tensor');
  }
  // CPU tensors: the arrays stay valid after the tensors are garbage-collected, no copy needed.
  return { hidden, probability };
}

/**
 * Runs the shipped 2-3-1 model on n points.
 *
 * @param points - shape [n, 2], row-major: x₀ of point i at 2i, x₁ at 2i + 1
 */
export async function runSeparator(
  ort: OrtModule,
  session: Ort.InferenceSession,
  points: Float32Array,
): Promise<SeparatorOutputs> {
  const { hidden, probability } = await runNetwork(
    ort,
    session,
    { inputs: 2, hidden: [HIDDEN_UNITS], activation: 'sigmoid' },
    points,
  ).catch((error: unknown) => {
    throw new Error(`runSeparator: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  });
  return { hidden: hidden[0], probability };
}
