/**
 * Facts about the exported graphs — format versions and tensor names — shared by the exporter,
 * the model card, the inspector, the demos and the playground. A module of its own so browser
 * code can use them without the ONNX protobuf writer.
 */

/** ONNX IR version written (IR 8 = ONNX 1.10–1.12, the version onnx-proto 8 describes). */
export const IR_VERSION = 8;
/** Default-domain opset imported (ONNX 1.12); MatMul, Add, Sigmoid, Tanh, Relu are unchanged since 13/14. */
export const OPSET_VERSION = 17;
/** Symbolic batch dimension of the input and outputs. */
export const BATCH_DIM = 'N';
/** Value of ModelProto.producer_name. */
export const PRODUCER_NAME = 'ai-dc-careers/models/train.ts';

/** Tensor names of the shipped 2-3-1 graph (other architectures: see the functions below). */
export const TENSOR_NAMES = {
  input: 'x',
  hidden: 'hidden',
  probability: 'probability',
  dense1Kernel: 'dense1.kernel',
  dense1Bias: 'dense1.bias',
  dense2Kernel: 'dense2.kernel',
  dense2Bias: 'dense2.bias',
} as const;

/**
 * Names of the hidden-layer outputs for a network with `layers` hidden layers: "hidden" for one
 * (the shipped model's name), "hidden1", "hidden2" for two.
 */
export function hiddenOutputNames(layers: number): string[] {
  if (layers === 1) return [TENSOR_NAMES.hidden];
  return Array.from({ length: layers }, (_, l) => `${TENSOR_NAMES.hidden}${l + 1}`);
}

/** Kernel and bias initialiser names of dense layer `index` (1-based): "dense1.kernel", … */
export function denseTensorNames(index: number): { kernel: string; bias: string } {
  return { kernel: `dense${index}.kernel`, bias: `dense${index}.bias` };
}
