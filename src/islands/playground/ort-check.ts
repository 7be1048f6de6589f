/**
 * Runs an exported playground model in onnxruntime-web on a grid over the unit square and
 * compares it with the TypeScript forward pass of the same (float32) weights. Loaded with a
 * dynamic `import()` when the reader exports, so no ORT code or WASM is fetched before. ORT
 * comes from the demos' runtime, which serves its WASM from this site and runs it in ORT's
 * proxy worker (the page stays responsive while the module compiles).
 */
import { importOrt } from '../demos/runtime.ts';
import { backendLabel } from '../../lib/demos/backend.ts';
import { makeGrid } from '../../lib/demos/grid.ts';
import {
  forwardNetwork,
  roundNetworkToFloat32,
  type NetworkSpec,
  type NetworkWeights,
} from '../../lib/model/network.ts';
import { TENSOR_NAMES } from '../../lib/model/tensor-names.ts';

/** Grid side of the check: 64 × 64 = 4,096 points in one batch. */
const CHECK_GRID = 64;

/** What the check found. */
export interface OrtCheck {
  /** Chinese name of the backend that ran the model. */
  backend: string;
  /** Points compared. */
  points: number;
  /** Largest |ORT − TypeScript| of the output probability over the grid. */
  maxDiff: number;
  /** Milliseconds from loading ORT to the comparison's end. */
  ms: number;
}

/**
 * Runs `onnx` on the grid with ORT (WASM) and returns the largest difference from
 * `forwardNetwork` on the weights rounded to float32 (what the file stores).
 */
export async function checkWithOrt(
  onnx: Uint8Array,
  spec: NetworkSpec,
  weights: NetworkWeights,
): Promise<OrtCheck> {
  const started = performance.now();
  const ort = await importOrt('wasm');
  // A copy: ORT's proxy worker takes ownership of (detaches) the buffers it is sent.
  const session = await ort.InferenceSession.create(onnx.slice(), { executionProviders: ['wasm'] });
  try {
    const grid = makeGrid(CHECK_GRID);
    const n = grid.length / 2;
    const input = new ort.Tensor('float32', grid.slice(), [n, 2]);
    const results = await session.run({ [TENSOR_NAMES.input]: input });
    const output = results[TENSOR_NAMES.probability]?.data;
    if (!(output instanceof Float32Array) || output.length !== n) {
      throw new Error('ONNX 模型的输出形状不符（应为 [N, 1] 的 probability）。');
    }
    const stored = roundNetworkToFloat32(weights);
    let maxDiff = 0;
    for (let k = 0; k < n; k++) {
      const expected = forwardNetwork(spec, stored, [grid[2 * k] ?? 0, grid[2 * k + 1] ?? 0]).probability;
      const diff = Math.abs((output[k] ?? Number.NaN) - expected);
      // NaN must not pass as "no difference".
      maxDiff = Number.isNaN(diff) ? Number.POSITIVE_INFINITY : Math.max(maxDiff, diff);
    }
    return { backend: backendLabel('wasm'), points: n, maxDiff, ms: performance.now() - started };
  } finally {
    await session.release();
  }
}
