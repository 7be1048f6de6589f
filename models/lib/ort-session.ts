/**
 * Loading and running the separator model with onnxruntime-web, with clear errors.
 *
 * The `ort` module is a parameter rather than an import so this file works with whichever build
 * the caller loaded (Node's, the browser's WASM bundle) and costs nothing to import; only its
 * types come from onnxruntime-web.
 */
import type * as Ort from 'onnxruntime-web';
import { toSeparatorWeights, type SeparatorWeights } from '../../src/lib/model/mlp.ts';
import { ARTICLE_SPEC, type NetworkSpec, type NetworkWeights } from '../../src/lib/model/network.ts';
import { TENSOR_NAMES, hiddenOutputNames } from '../../src/lib/model/tensor-names.ts';
import type { OrtModule } from '../../src/lib/model/ort-run.ts';
import { OnnxModelError, readNetworkOnnx, type OnnxSummary } from './onnx-inspect.ts';

/** A session together with what the file was checked to contain. */
export interface CheckedSession {
  session: Ort.InferenceSession;
  summary: OnnxSummary;
  /** The weights read from the file. */
  weights: SeparatorWeights;
}

/** A session of any exported architecture, with what the file was checked to contain. */
export interface CheckedNetworkSession {
  session: Ort.InferenceSession;
  summary: OnnxSummary;
  spec: NetworkSpec;
  weights: NetworkWeights;
}

/** Options of {@link createSessionChecked}. */
export interface CreateSessionOptions {
  /** Used at the start of error messages; default "model.onnx". */
  fileName?: string;
  sessionOptions?: Ort.InferenceSession.SessionOptions;
}

/**
 * Validates `bytes` as the separator model (the shipped 2-3-1 architecture), then creates an
 * onnxruntime session; see {@link createNetworkSessionChecked}.
 */
export async function createSessionChecked(
  ort: OrtModule,
  bytes: Uint8Array,
  options: CreateSessionOptions = {},
): Promise<CheckedSession> {
  const { session, summary, weights } = await createNetworkSessionChecked(ort, bytes, options, ARTICLE_SPEC);
  return { session, summary, weights: toSeparatorWeights(weights) };
}

/**
 * Validates `bytes` as a network the exporter writes (of architecture `expected` if given, see
 * `readNetworkOnnx`), then creates an onnxruntime session. Every failure is an
 * {@link OnnxModelError} whose message starts with the file name and says what is wrong, e.g.
 * "model.onnx: truncated or not an ONNX protobuf (…)",
 * "model.onnx: input x must be float32 [N, 2], got [N, 3]" or
 * "model.onnx: onnxruntime could not load the model (…)".
 */
export async function createNetworkSessionChecked(
  ort: OrtModule,
  bytes: Uint8Array,
  options: CreateSessionOptions = {},
  expected?: NetworkSpec,
): Promise<CheckedNetworkSession> {
  const fileName = options.fileName ?? 'model.onnx';
  // Our own checks first: onnxruntime accepts a well-formed model of the wrong shape, and its
  // messages for bad bytes ("protobuf parsing failed") do not say which file or why.
  const { summary, spec, weights } = readNetworkOnnx(bytes, fileName, expected);
  let session: Ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes, options.sessionOptions);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OnnxModelError(`${fileName}: onnxruntime could not load the model (${reason})`, {
      cause: error,
    });
  }
  const expectedOutputs = [...hiddenOutputNames(spec.hidden.length), TENSOR_NAMES.probability];
  if (
    session.inputNames.join() !== TENSOR_NAMES.input ||
    !expectedOutputs.every((name) => session.outputNames.includes(name))
  ) {
    await session.release();
    throw new OnnxModelError(
      `${fileName}: onnxruntime sees inputs [${session.inputNames.join(', ')}] and outputs ` +
        `[${session.outputNames.join(', ')}], expected [x] and [${expectedOutputs.join(', ')}]`,
    );
  }
  return { session, summary, spec, weights };
}

export { runNetwork, runSeparator, type OrtModule } from '../../src/lib/model/ort-run.ts';
