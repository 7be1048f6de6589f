/**
 * Running the separator model with onnxruntime-web. Kept apart from `ort-session.ts` so browser
 * code can run a session without pulling in the ONNX protobuf reader.
 */
import type * as Ort from 'onnxruntime-web';
import { HIDDEN_UNITS, INPUT_SIZE } from './mlp.ts';
import { TENSOR_NAMES } from './tensor-names.ts';

/** The parts of the onnxruntime-web module used here. */
export type OrtModule = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

/** Outputs of {@link runSeparator} for n points. */
export interface SeparatorOutputs {
  /** Shape [n, 3], row-major. */
  hidden: Float32Array;
  /** Shape [n]. */
  probability: Float32Array;
}

/**
 * Runs the model on n points.
 *
 * @param points - shape [n, 2], row-major: x₀ of point i at 2i, x₁ at 2i + 1
 */
export async function runSeparator(
  ort: OrtModule,
  session: Ort.InferenceSession,
  points: Float32Array,
): Promise<SeparatorOutputs> {
  if (points.length === 0 || points.length % INPUT_SIZE !== 0) {
    throw new RangeError(`runSeparator: need a non-empty [n, 2] array, got ${points.length} values`);
  }
  const n = points.length / INPUT_SIZE;
  const input = new ort.Tensor('float32', points, [n, INPUT_SIZE]);
  const results = await session.run({ [TENSOR_NAMES.input]: input });
  const hidden = results[TENSOR_NAMES.hidden]?.data;
  const probability = results[TENSOR_NAMES.probability]?.data;
  if (
    !(hidden instanceof Float32Array) ||
    hidden.length !== n * HIDDEN_UNITS ||
    !(probability instanceof Float32Array) ||
    probability.length !== n
  ) {
    throw new Error('runSeparator: the session returned unexpected output tensors');
  }
  // CPU tensors: the arrays stay valid after the tensors are garbage-collected, no copy needed.
  return { hidden, probability };
}
