/**
 * Reads an ONNX file with `onnx-proto` and checks that it is a network the exporter writes
 * (see src/lib/model/onnx-export.ts: the shipped 2-3-1 separator or any playground
 * architecture), with errors that say what is wrong instead of a crash deep inside a runtime.
 * Pure: works on bytes, in Node and in the browser.
 */
import onnxProto from 'onnx-proto';
import { toSeparatorWeights, type SeparatorWeights } from '../../src/lib/model/mlp.ts';
import {
  ACTIVATIONS,
  ARTICLE_SPEC,
  NETWORK_LIMITS,
  layerSizes,
  type Activation,
  type NetworkSpec,
  type NetworkWeights,
} from '../../src/lib/model/network.ts';
import { ACTIVATION_OPS, BATCH_DIM, TENSOR_NAMES } from '../../src/lib/model/onnx-export.ts';
import { denseTensorNames, hiddenOutputNames } from '../../src/lib/model/tensor-names.ts';

const { onnx } = onnxProto;
const FLOAT: number = onnx.TensorProto.DataType.FLOAT;

/** A problem with a model file; the message starts with the file name. */
export class OnnxModelError extends Error {
  override name = 'OnnxModelError';
}

/** A dimension: a number, a symbolic name such as "N", or "?" when neither is given. */
type Dim = number | string;

/** A graph input or output. */
interface ValueSummary {
  name: string;
  /** e.g. "float32"; "unknown" when the value has no tensor type. */
  elemType: string;
  /** null when the shape is not given. */
  shape: Dim[] | null;
}

/** A weight tensor stored in the file. */
interface InitializerSummary {
  name: string;
  elemType: string;
  dims: number[];
  /** The values as float32 (empty if the tensor is not float32). */
  values: Float32Array;
}

/** What {@link inspectOnnx} found in a file. */
export interface OnnxSummary {
  irVersion: number;
  /** Imported operator sets; the default domain is written "ai.onnx". */
  opsets: { domain: string; version: number }[];
  producerName: string;
  producerVersion: string;
  docString: string;
  graphName: string;
  graphDocString: string;
  inputs: ValueSummary[];
  outputs: ValueSummary[];
  initializers: InitializerSummary[];
  nodes: { opType: string; inputs: string[]; outputs: string[] }[];
}

/** ONNX TensorProto.DataType codes → readable names (the common ones). */
const ELEM_TYPES: Record<number, string> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  16: 'bfloat16',
};

function elemTypeName(code: number | null | undefined): string {
  if (code === null || code === undefined || code === 0) return 'unknown';
  return ELEM_TYPES[code] ?? `type ${code}`;
}

/**
 * protobufjs returns int64 fields as numbers or as Long objects, depending on whether the `long`
 * package is available; `unknown` because onnx-proto's typings name a `Long` type it does not ship.
 */
function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') {
    return Number((value as { toNumber(): unknown }).toNumber());
  }
  return Number(value);
}

function describeValue(info: InstanceType<typeof onnx.ValueInfoProto>): ValueSummary {
  const tensor = info.type?.tensorType;
  const dims = tensor?.shape?.dim;
  return {
    name: info.name,
    elemType: elemTypeName(tensor?.elemType),
    shape: dims
      ? dims.map((d): Dim => (d.dimParam ? d.dimParam : d.dimValue != null ? toNumber(d.dimValue) : '?'))
      : null,
  };
}

function readFloats(tensor: InstanceType<typeof onnx.TensorProto>, fileName: string): Float32Array {
  if (tensor.dataType !== FLOAT) return new Float32Array(0);
  if (tensor.rawData && tensor.rawData.length > 0) {
    const raw = tensor.rawData;
    if (raw.length % 4 !== 0) {
      throw new OnnxModelError(
        `${fileName}: initializer ${tensor.name} has ${raw.length} bytes of raw data, not a multiple of 4`,
      );
    }
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const values = new Float32Array(raw.length / 4);
    for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
    return values;
  }
  return Float32Array.from(tensor.floatData);
}

/** Formats a shape as in the error messages: "[N, 2]". */
function formatShape(shape: readonly Dim[] | null): string {
  return shape ? `[${shape.join(', ')}]` : '[unknown shape]';
}

/**
 * Decodes an ONNX file and summarises it. Throws {@link OnnxModelError} when the bytes are
 * empty, truncated, not a protobuf, or a protobuf without an ONNX graph.
 *
 * @param fileName - used at the start of error messages
 */
export function inspectOnnx(bytes: Uint8Array, fileName = 'model.onnx'): OnnxSummary {
  if (bytes.length === 0) throw new OnnxModelError(`${fileName}: empty file, not an ONNX model`);
  let model: InstanceType<typeof onnx.ModelProto>;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OnnxModelError(`${fileName}: truncated or not an ONNX protobuf (${reason})`, {
      cause: error,
    });
  }
  const irVersion = toNumber(model.irVersion);
  const graph = model.graph;
  if (irVersion <= 0 || !graph) {
    throw new OnnxModelError(
      `${fileName}: not an ONNX model (${irVersion <= 0 ? 'no ir_version' : 'no graph'})`,
    );
  }
  const initializers = (graph.initializer ?? []).map((t) => {
    const tensor = onnx.TensorProto.create(t);
    return {
      name: tensor.name,
      elemType: elemTypeName(tensor.dataType),
      dims: tensor.dims.map(toNumber),
      values: readFloats(tensor, fileName),
    };
  });
  return {
    irVersion,
    opsets: model.opsetImport.map((o) => ({
      domain: o.domain || 'ai.onnx',
      version: toNumber(o.version),
    })),
    producerName: model.producerName,
    producerVersion: model.producerVersion,
    docString: model.docString,
    graphName: graph.name ?? '',
    graphDocString: graph.docString ?? '',
    inputs: (graph.input ?? []).map((v) => describeValue(onnx.ValueInfoProto.create(v))),
    outputs: (graph.output ?? []).map((v) => describeValue(onnx.ValueInfoProto.create(v))),
    initializers,
    nodes: (graph.node ?? []).map((n) => ({
      opType: n.opType ?? '',
      inputs: n.input ?? [],
      outputs: n.output ?? [],
    })),
  };
}

function checkValue(
  kind: 'input' | 'output',
  values: ValueSummary[],
  name: string,
  width: number,
  fileName: string,
): void {
  const value = values.find((v) => v.name === name);
  if (!value) {
    const names = values.map((v) => v.name).join(', ') || 'none';
    throw new OnnxModelError(`${fileName}: missing ${kind} ${name} (${kind}s: ${names})`);
  }
  const shape = value.shape;
  const ok =
    value.elemType === 'float32' &&
    shape !== null &&
    shape.length === 2 &&
    typeof shape[0] === 'string' &&
    shape[1] === width;
  if (!ok) {
    throw new OnnxModelError(
      `${fileName}: ${kind} ${name} must be float32 [${BATCH_DIM}, ${width}], ` +
        `got ${value.elemType === 'float32' ? '' : `${value.elemType} `}${formatShape(shape)}`,
    );
  }
}

function matrix(values: Float32Array, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, i) => Array.from(values.subarray(i * cols, (i + 1) * cols)));
}

/** The architecture an exporter-written file has, read from its initialisers and nodes. */
function inferSpec(summary: OnnxSummary, fileName: string): NetworkSpec {
  const kernels: number[][] = [];
  for (let l = 1; ; l++) {
    const init = summary.initializers.find((t) => t.name === denseTensorNames(l).kernel);
    if (!init) break;
    kernels.push(init.dims);
  }
  const layers = kernels.length - 1;
  if (layers < NETWORK_LIMITS.minLayers || layers > NETWORK_LIMITS.maxLayers) {
    throw new OnnxModelError(
      `${fileName}: expected ${NETWORK_LIMITS.minLayers + 1}–${NETWORK_LIMITS.maxLayers + 1} dense layers ` +
        `(initializers dense1.kernel, dense2.kernel, …), found ${Math.max(kernels.length, 0)}`,
    );
  }
  const hidden = kernels.slice(0, -1).map((dims) => dims[1] ?? 0);
  const ops = hiddenOutputNames(layers).map(
    (name) => summary.nodes.find((n) => n.outputs.includes(name))?.opType,
  );
  const activation = ACTIVATIONS.find((a) => ACTIVATION_OPS[a] === ops[0]);
  if (!activation || ops.some((op) => op !== ops[0])) {
    throw new OnnxModelError(
      `${fileName}: hidden layers must all use one of ${Object.values(ACTIVATION_OPS).join(', ')}, ` +
        `got ${ops.map((op) => op ?? 'no node').join(', ')}`,
    );
  }
  return { inputs: 2, hidden, activation };
}

/**
 * Checks that a summarised file is a network the exporter writes — input x float32 [N, 2],
 * outputs hidden… [N, units] and probability [N, 1], float32 initialisers dense1.kernel,
 * dense1.bias, … of the right shapes with finite values, an ai.onnx opset — and returns its
 * architecture and weights (as float32 values). With `expected`, the file must have exactly that
 * architecture; otherwise it is read from the file. Throws {@link OnnxModelError} naming the
 * first problem found.
 */
function validateNetworkModel(
  summary: OnnxSummary,
  fileName = 'model.onnx',
  expected?: NetworkSpec,
): { spec: NetworkSpec; weights: NetworkWeights } {
  const n = TENSOR_NAMES;
  if (!summary.opsets.some((o) => o.domain === 'ai.onnx')) {
    throw new OnnxModelError(`${fileName}: no opset imported for the default ONNX domain`);
  }
  if (summary.inputs.length !== 1) {
    const names = summary.inputs.map((v) => v.name).join(', ') || 'none';
    throw new OnnxModelError(`${fileName}: expected exactly one input ${n.input}, got: ${names}`);
  }
  checkValue('input', summary.inputs, n.input, 2, fileName);
  const spec = expected ?? inferSpec(summary, fileName);
  const hiddenNames = hiddenOutputNames(spec.hidden.length);
  hiddenNames.forEach((name, l) => checkValue('output', summary.outputs, name, spec.hidden[l], fileName));
  checkValue('output', summary.outputs, n.probability, 1, fileName);

  const tensor = (name: string, dims: number[]): Float32Array => {
    const init = summary.initializers.find((t) => t.name === name);
    if (!init) throw new OnnxModelError(`${fileName}: missing initializer ${name}`);
    if (init.elemType !== 'float32' || init.dims.join(',') !== dims.join(',')) {
      throw new OnnxModelError(
        `${fileName}: initializer ${name} must be float32 ${formatShape(dims)}, ` +
          `got ${init.elemType} ${formatShape(init.dims)}`,
      );
    }
    const count = dims.reduce((a, b) => a * b, 1);
    if (init.values.length !== count) {
      throw new OnnxModelError(
        `${fileName}: initializer ${name} holds ${init.values.length} values, expected ${count}`,
      );
    }
    if (!init.values.every(Number.isFinite)) {
      throw new OnnxModelError(`${fileName}: initializer ${name} contains NaN or infinite values`);
    }
    return init.values;
  };
  const sizes = layerSizes(spec);
  const weights: NetworkWeights = [];
  for (let l = 1; l < sizes.length; l++) {
    const names = denseTensorNames(l);
    weights.push({
      kernel: matrix(tensor(names.kernel, [sizes[l - 1], sizes[l]]), sizes[l - 1], sizes[l]),
      bias: Array.from(tensor(names.bias, [sizes[l]])),
    });
  }
  const nodeOp = (output: string) => summary.nodes.find((node) => node.outputs.includes(output))?.opType;
  const expectedOp = (activation: Activation) => ACTIVATION_OPS[activation];
  for (const name of hiddenNames) {
    if (nodeOp(name) !== expectedOp(spec.activation)) {
      throw new OnnxModelError(
        `${fileName}: output ${name} must come from a ${expectedOp(spec.activation)} node, got ${nodeOp(name) ?? 'none'}`,
      );
    }
  }
  if (nodeOp(n.probability) !== 'Sigmoid') {
    throw new OnnxModelError(
      `${fileName}: output ${n.probability} must come from a Sigmoid node, got ${nodeOp(n.probability) ?? 'none'}`,
    );
  }
  return { spec, weights };
}

/**
 * Checks that a summarised file is the separator network (the shipped 2-3-1 architecture, see
 * {@link validateNetworkModel}) and returns its weights (as float32 values).
 */
function validateSeparatorModel(summary: OnnxSummary, fileName = 'model.onnx'): SeparatorWeights {
  return toSeparatorWeights(validateNetworkModel(summary, fileName, ARTICLE_SPEC).weights);
}

/** {@link inspectOnnx} then {@link validateSeparatorModel}: the summary and the weights. */
export function readSeparatorOnnx(
  bytes: Uint8Array,
  fileName = 'model.onnx',
): { summary: OnnxSummary; weights: SeparatorWeights } {
  const summary = inspectOnnx(bytes, fileName);
  return { summary, weights: validateSeparatorModel(summary, fileName) };
}

/** {@link inspectOnnx} then {@link validateNetworkModel}: summary, architecture and weights. */
export function readNetworkOnnx(
  bytes: Uint8Array,
  fileName = 'model.onnx',
  expected?: NetworkSpec,
): { summary: OnnxSummary; spec: NetworkSpec; weights: NetworkWeights } {
  const summary = inspectOnnx(bytes, fileName);
  return { summary, ...validateNetworkModel(summary, fileName, expected) };
}
