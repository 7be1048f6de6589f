/**
 * Tensor names of the separator graph, shared by the exporter, the inspector and the demos.
 * A module of its own so browser code can use them without the ONNX protobuf writer.
 */
export const TENSOR_NAMES = {
  input: 'x',
  hidden: 'hidden',
  probability: 'probability',
  dense1Kernel: 'dense1.kernel',
  dense1Bias: 'dense1.bias',
  dense2Kernel: 'dense2.kernel',
  dense2Bias: 'dense2.bias',
} as const;
