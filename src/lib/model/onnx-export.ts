/**
 * Writes a network (any {@link NetworkSpec}) as an ONNX model, with the `onnx-proto` message
 * classes.
 *
 * Graph (opset 17, IR version 8 — both loaded by onnxruntime-web 1.30), for the article's 2-3-1:
 *
 *   x [N, 2] ─MatMul(dense1.kernel [2, 3])─Add(dense1.bias [3])─Sigmoid→ hidden [N, 3]
 *   hidden   ─MatMul(dense2.kernel [3, 1])─Add(dense2.bias [1])─Sigmoid→ probability [N, 1]
 *
 * With two hidden layers the hidden outputs are `hidden1` and `hidden2` and the output layer is
 * dense3; the hidden activation node is Sigmoid, Tanh or Relu. MatMul + Add rather than Gemm
 * keeps the graph a literal transcription of Keras's Dense layer (x·K + b) and leaves the batch
 * dimension free. Every hidden layer's activations are graph outputs as well as the next layer's
 * input, so the demos can show the hidden units without a second model.
 */
import onnxProto from 'onnx-proto';
import { DATASET_RULES, type DatasetKind } from './dataset.ts';
import {
  checkSpec,
  checkWeights,
  layerSizes,
  type Activation,
  type NetworkSpec,
  type NetworkWeights,
} from './network.ts';
import { ARTICLE_FIT } from './train.ts';
import {
  BATCH_DIM,
  IR_VERSION,
  OPSET_VERSION,
  PRODUCER_NAME,
  TENSOR_NAMES,
  denseTensorNames,
  hiddenOutputNames,
} from './tensor-names.ts';

export { BATCH_DIM, IR_VERSION, OPSET_VERSION, PRODUCER_NAME, TENSOR_NAMES };

// onnx-proto is CommonJS without named-export hints, so Node's ESM loader only offers it as a
// default export; bundlers do the same.
const { onnx } = onnxProto;

/** ONNX operator of each activation. */
export const ACTIVATION_OPS: Record<Activation, string> = { sigmoid: 'Sigmoid', tanh: 'Tanh', relu: 'Relu' };

/** Options of {@link exportNetworkOnnx}. */
export interface OnnxExportOptions {
  /** ModelProto.producer_version, normally the site's package.json version. */
  producerVersion: string;
  /** Extra text appended to the model's doc_string (e.g. the seed). */
  docString?: string;
  /** The data set the network learnt (for the doc strings); default the article's. */
  dataset?: DatasetKind;
  /** Training settings named in the doc string; default the article's. */
  epochs?: number;
  batchSize?: number;
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

/** "Dense(3, sigmoid) -> Dense(1, sigmoid)". */
export function describeLayers(spec: NetworkSpec): string {
  return [...spec.hidden.map((u) => `Dense(${u}, ${spec.activation})`), 'Dense(1, sigmoid)'].join(' -> ');
}

/** The symbols of the doc strings: inputs of layer l (1-based) and names of hidden activations. */
function symbols(hiddenLayers: number) {
  const hidden = hiddenLayers === 1 ? ['h'] : Array.from({ length: hiddenLayers }, (_, l) => `h${l + 1}`);
  return { inputOf: (l: number) => (l === 1 ? 'x' : hidden[l - 2]), hidden };
}

function modelDocString(spec: NetworkSpec, options: OnnxExportOptions): string {
  const dataset = options.dataset ?? 'article';
  const epochs = options.epochs ?? ARTICLE_FIT.epochs;
  const batchSize = options.batchSize ?? ARTICLE_FIT.batchSize;
  const sizes = layerSizes(spec).join('-');
  const what =
    dataset === 'article' && spec.hidden.join() === '3' && spec.activation === 'sigmoid'
      ? `The article's toy classifier (section 5): a ${sizes} sigmoid network`
      : `A playground classifier: a ${sizes} network (${spec.activation} hidden layers, sigmoid output)`;
  const learns =
    dataset === 'article'
      ? 'that learns whether x0 > x1 for points in the unit square'
      : `that learns whether ${DATASET_RULES[dataset].text} for points in the unit square`;
  return [
    `${what} ${learns}, trained like Keras (Adam, binary cross-entropy, ` +
      `${epochs} epochs, batch ${batchSize}) and exported from TypeScript.`,
    options.docString,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Encodes the network as an ONNX ModelProto. Weights are stored as float32 (rounded if they
 * are not float32 values already). The output is a deterministic function of the arguments;
 * for the article's spec and data set it is the shipped `models/separator.onnx` layout.
 *
 * @returns the serialised model (the bytes of a `.onnx` file)
 */
export function exportNetworkOnnx(
  spec: NetworkSpec,
  weights: NetworkWeights,
  options: OnnxExportOptions,
): Uint8Array {
  checkSpec(spec);
  checkWeights(spec, weights);
  const n = TENSOR_NAMES;
  const sizes = layerSizes(spec);
  const layers = spec.hidden.length;
  const hiddenNames = hiddenOutputNames(layers);
  const { inputOf, hidden: h } = symbols(layers);
  const rule = DATASET_RULES[options.dataset ?? 'article'].text;
  const op = ACTIVATION_OPS[spec.activation];
  const initializer = [];
  const nodes = [];
  const outputs = [];
  for (let l = 1; l <= layers + 1; l++) {
    const { kernel, bias } = denseTensorNames(l);
    const isOutput = l === layers + 1;
    const [fanIn, units] = [sizes[l - 1], sizes[l]];
    const layerInput = l === 1 ? n.input : hiddenNames[l - 2];
    const out = isOutput ? n.probability : hiddenNames[l - 1];
    const x = inputOf(l);
    initializer.push(
      floatTensor(kernel, [fanIn, units], weights[l - 1].kernel.flat(), `K${l} [${fanIn}, ${units}]`),
      floatTensor(bias, [units], weights[l - 1].bias, `b${l} [${units}]`),
    );
    const act = isOutput ? 'sigmoid' : spec.activation;
    nodes.push(
      node('MatMul', [layerInput, kernel], `dense${l}/matmul`, `${x} . K${l}`),
      node('Add', [`dense${l}/matmul`, bias], `dense${l}/logits`, `z${l} = ${x} . K${l} + b${l}`),
      node(
        isOutput ? 'Sigmoid' : op,
        [`dense${l}/logits`],
        out,
        `${isOutput ? 'p' : h[l - 1]} = ${act}(z${l})`,
      ),
    );
    const formula = `${act}(${x} . K${l} + b${l})`;
    outputs.push(
      isOutput
        ? batchedFloat(out, 1, `Probability of class 1 (${rule}): ${formula}.`)
        : batchedFloat(out, units, `Hidden layer ${layers === 1 ? '' : `${l} `}activations ${formula}.`),
    );
  }
  const hiddenText = layers === 1 ? `the ${spec.hidden[0]} hidden activations` : 'the hidden activations';
  const graph = onnx.GraphProto.create({
    name: 'separator',
    docString:
      `${describeLayers(spec)}. Input: points in [0,1)^2. ` +
      `Outputs: ${hiddenText} and the probability that ${rule}.`,
    input: [batchedFloat(n.input, sizes[0], 'Points [x0, x1], float32, one per row.')],
    output: outputs,
    initializer,
    node: nodes,
  });
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET_VERSION }],
    producerName: PRODUCER_NAME,
    producerVersion: options.producerVersion,
    modelVersion: 1,
    docString: modelDocString(spec, options),
    graph,
  });
  // In Node protobufjs returns a Buffer; copy into a plain Uint8Array for a uniform result type.
  return new Uint8Array(onnx.ModelProto.encode(model).finish());
}
