/**
 * Writes the separator network as an ONNX model, with the `onnx-proto` message classes.
 *
 * Graph (opset 17, IR version 8 — both loaded by onnxruntime-web 1.30):
 *
 *   x [N, 2] ─MatMul(dense1.kernel [2, 3])─Add(dense1.bias [3])─Sigmoid→ hidden [N, 3]
 *   hidden   ─MatMul(dense2.kernel [3, 1])─Add(dense2.bias [1])─Sigmoid→ probability [N, 1]
 *
 * MatMul + Add rather than Gemm keeps the graph a literal transcription of Keras's Dense layer
 * (x·K + b) and leaves the batch dimension free. `hidden` is both an output and the second
 * layer's input, so the demos can show the hidden units without a second model.
 */
import onnxProto from 'onnx-proto';
import { HIDDEN_UNITS, INPUT_SIZE, type SeparatorWeights } from './mlp.ts';
import { TENSOR_NAMES } from './tensor-names.ts';

export { TENSOR_NAMES };

// onnx-proto is CommonJS without named-export hints, so Node's ESM loader only offers it as a
// default export; bundlers do the same.
const { onnx } = onnxProto;

/** ONNX IR version written (IR 8 = ONNX 1.10–1.12, the version onnx-proto 8 describes). */
export const IR_VERSION = 8;
/** Default-domain opset imported (ONNX 1.12); MatMul, Add and Sigmoid are unchanged since 13/14. */
export const OPSET_VERSION = 17;
/** Symbolic batch dimension of the input and outputs. */
export const BATCH_DIM = 'N';
/** Value of ModelProto.producer_name. */
export const PRODUCER_NAME = 'ai-dc-careers/models/train.ts';

/** Options of {@link exportSeparatorOnnx}. */
export interface OnnxExportOptions {
  /** ModelProto.producer_version, normally the site's package.json version. */
  producerVersion: string;
  /** Extra text appended to the model's doc_string (e.g. the seed). */
  docString?: string;
}

const FLOAT = onnx.TensorProto.DataType.FLOAT;

/**
 * A float32 tensor initialiser. Values go in raw_data as little-endian float32 (what PyTorch and
 * the onnx Python helpers write), set byte by byte so the file is the same on any host.
 */
function floatTensor(name: string, dims: number[], values: number[], docString: string) {
  const raw = new Uint8Array(values.length * 4);
  const view = new DataView(raw.buffer);
  values.forEach((value, i) => view.setFloat32(i * 4, value, true));
  return onnx.TensorProto.create({ name, dims, dataType: FLOAT, rawData: raw, docString });
}

/** A float32 value description whose first dimension is the symbolic batch size N. */
function batchedFloat(name: string, width: number, docString: string) {
  return onnx.ValueInfoProto.create({
    name,
    docString,
    type: {
      tensorType: {
        elemType: FLOAT,
        shape: { dim: [{ dimParam: BATCH_DIM }, { dimValue: width }] },
      },
    },
  });
}

function node(opType: string, inputs: string[], output: string, docString: string) {
  return onnx.NodeProto.create({
    opType,
    input: inputs,
    output: [output],
    name: output,
    docString,
  });
}

function checkShape(weights: SeparatorWeights): void {
  const { dense1, dense2 } = weights;
  const ok =
    dense1.kernel.length === INPUT_SIZE &&
    dense1.kernel.every((row) => row.length === HIDDEN_UNITS) &&
    dense1.bias.length === HIDDEN_UNITS &&
    dense2.kernel.length === HIDDEN_UNITS &&
    dense2.kernel.every((row) => row.length === 1) &&
    dense2.bias.length === 1;
  if (!ok) throw new RangeError('exportSeparatorOnnx: weights must have shapes [2,3], [3], [3,1], [1]');
}

/**
 * Encodes the network as an ONNX ModelProto. Weights are stored as float32 (rounded if they
 * are not float32 values already). The output is a deterministic function of the arguments.
 *
 * @returns the serialised model (the bytes of a `.onnx` file)
 */
export function exportSeparatorOnnx(weights: SeparatorWeights, options: OnnxExportOptions): Uint8Array {
  checkShape(weights);
  const n = TENSOR_NAMES;
  const { dense1, dense2 } = weights;
  const graph = onnx.GraphProto.create({
    name: 'separator',
    docString:
      'Dense(3, sigmoid) -> Dense(1, sigmoid). Input: points in [0,1)^2. ' +
      'Outputs: the 3 hidden activations and the probability that x0 > x1.',
    input: [batchedFloat(n.input, INPUT_SIZE, 'Points [x0, x1], float32, one per row.')],
    output: [
      batchedFloat(n.hidden, HIDDEN_UNITS, 'Hidden layer activations sigmoid(x . K1 + b1).'),
      batchedFloat(n.probability, 1, 'Probability of class 1 (x0 > x1): sigmoid(h . K2 + b2).'),
    ],
    initializer: [
      floatTensor(n.dense1Kernel, [INPUT_SIZE, HIDDEN_UNITS], dense1.kernel.flat(), 'K1 [2, 3]'),
      floatTensor(n.dense1Bias, [HIDDEN_UNITS], dense1.bias, 'b1 [3]'),
      floatTensor(n.dense2Kernel, [HIDDEN_UNITS, 1], dense2.kernel.flat(), 'K2 [3, 1]'),
      floatTensor(n.dense2Bias, [1], dense2.bias, 'b2 [1]'),
    ],
    node: [
      node('MatMul', [n.input, n.dense1Kernel], 'dense1/matmul', 'x . K1'),
      node('Add', ['dense1/matmul', n.dense1Bias], 'dense1/logits', 'z1 = x . K1 + b1'),
      node('Sigmoid', ['dense1/logits'], n.hidden, 'h = sigmoid(z1)'),
      node('MatMul', [n.hidden, n.dense2Kernel], 'dense2/matmul', 'h . K2'),
      node('Add', ['dense2/matmul', n.dense2Bias], 'dense2/logits', 'z2 = h . K2 + b2'),
      node('Sigmoid', ['dense2/logits'], n.probability, 'p = sigmoid(z2)'),
    ],
  });
  const docString = [
    "The article's toy classifier (section 5): a 2-3-1 sigmoid network that learns whether " +
      'x0 > x1 for points in the unit square, trained like Keras (Adam, binary cross-entropy, ' +
      '1000 epochs, batch 10) and exported from TypeScript.',
    options.docString,
  ]
    .filter(Boolean)
    .join(' ');
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET_VERSION }],
    producerName: PRODUCER_NAME,
    producerVersion: options.producerVersion,
    modelVersion: 1,
    docString,
    graph,
  });
  // In Node protobufjs returns a Buffer; copy into a plain Uint8Array for a uniform result type.
  return new Uint8Array(onnx.ModelProto.encode(model).finish());
}
