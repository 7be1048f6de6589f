/**
 * What the demo islands read from their `data-*` attributes, and the rule for loading
 * onnxruntime-web by themselves. Attribute values are plain text: weights as the 13 numbers of
 * the 2-3-1 network, batch sizes as a list.
 */
import type { SeparatorWeights } from '../model/mlp.ts';

/** A space-separated list of finite numbers (shortest round-trip text of each). */
export function formatNumberList(values: readonly number[]): string {
  return values.map((v) => String(v)).join(' ');
}

/** Parses a space-separated list of finite numbers; throws RangeError on anything else. */
export function parseNumberList(text: string): number[] {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  return parts.map((part) => {
    const value = Number(part);
    if (!Number.isFinite(value)) throw new RangeError(`parseNumberList: "${part}" is not a finite number`);
    return value;
  });
}

/**
 * The weights as a number list: dense1 kernel [2][3] row by row, dense1 bias [3], dense2
 * kernel [3][1], dense2 bias [1] — 13 numbers, exact (float64 text round-trips).
 */
export function encodeWeights(w: SeparatorWeights): string {
  return formatNumberList([
    ...w.dense1.kernel.flat(),
    ...w.dense1.bias,
    ...w.dense2.kernel.flat(),
    ...w.dense2.bias,
  ]);
}

/** Inverse of {@link encodeWeights}. */
export function decodeWeights(text: string): SeparatorWeights {
  const v = parseNumberList(text);
  if (v.length !== 13) throw new RangeError(`decodeWeights: need 13 numbers, got ${v.length}`);
  return {
    dense1: { kernel: [v.slice(0, 3), v.slice(3, 6)], bias: v.slice(6, 9) },
    dense2: { kernel: [[v[9]], [v[10]], [v[11]]], bias: [v[12]] },
  };
}

/** The part of `navigator.connection` (Network Information API) read here. */
export interface ConnectionHint {
  saveData?: boolean;
}

/**
 * Whether a demo may download onnxruntime-web (about 2.3 MB compressed) without being asked:
 * not when the reader turned on a data saver (`navigator.connection.saveData`, the `Save-Data`
 * preference); then a button starts it.
 */
export function mayAutoLoad(connection: ConnectionHint | undefined): boolean {
  return connection?.saveData !== true;
}
