import { readFile } from 'node:fs/promises';
import onnxProto from 'onnx-proto';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { OnnxModelError, inspectOnnx, readSeparatorOnnx } from '../../../models/lib/onnx-inspect.ts';
import { createSessionChecked } from '../../../models/lib/ort-session.ts';
import { createRng } from '../../../src/lib/model/random.ts';

const { onnx } = onnxProto;
ort.env.wasm.numThreads = 1;

let shipped: Uint8Array;

beforeAll(async () => {
  shipped = new Uint8Array(await readFile(new URL('../../../models/separator.onnx', import.meta.url)));
});

/** The shipped model, decoded, changed by `edit`, and re-encoded. */
function edited(edit: (model: InstanceType<typeof onnx.ModelProto>) => void): Uint8Array {
  const model = onnx.ModelProto.decode(shipped);
  edit(model);
  return new Uint8Array(onnx.ModelProto.encode(model).finish());
}

/** The error `readSeparatorOnnx` throws for `bytes` (fails the test if it does not throw one). */
function readError(bytes: Uint8Array): OnnxModelError {
  try {
    readSeparatorOnnx(bytes, 'model.onnx');
  } catch (error) {
    expect(error).toBeInstanceOf(OnnxModelError);
    return error as OnnxModelError;
  }
  throw new Error('expected readSeparatorOnnx to throw');
}

describe('readSeparatorOnnx on broken files', () => {
  it('names an empty file', () => {
    expect(readError(new Uint8Array(0)).message).toBe('model.onnx: empty file, not an ONNX model');
  });

  it('names a truncated file', () => {
    for (const length of [1, 10, 100, Math.floor(shipped.length / 2), shipped.length - 1]) {
      expect(readError(shipped.slice(0, length)).message).toMatch(
        /^model\.onnx: truncated or not an ONNX protobuf \(.+\)$/,
      );
    }
  });

  it('names files that are not ONNX at all', () => {
    const text = new TextEncoder().encode('{"this": "is JSON, not ONNX"}');
    expect(readError(text).message).toMatch(
      /^model\.onnx: (truncated or not an ONNX protobuf|not an ONNX model)/,
    );
    // A valid protobuf, but no ONNX graph: a lone varint field 1 (ir_version).
    expect(readError(new Uint8Array([0x08, 0x08])).message).toBe('model.onnx: not an ONNX model (no graph)');
  });

  it('never crashes with anything but an OnnxModelError on random corruption', () => {
    const rng = createRng(31);
    for (let trial = 0; trial < 300; trial++) {
      const bytes = shipped.slice();
      for (let k = 0; k < 1 + (trial % 8); k++) bytes[rng.nextInt(bytes.length)] = rng.nextInt(256);
      try {
        readSeparatorOnnx(bytes, 'model.onnx');
      } catch (error) {
        expect(error, `trial ${trial}`).toBeInstanceOf(OnnxModelError);
        expect((error as Error).message).toMatch(/^model\.onnx: /);
      }
    }
    for (let trial = 0; trial < 100; trial++) {
      const garbage = Uint8Array.from({ length: 1 + rng.nextInt(2000) }, () => rng.nextInt(256));
      expect(() => readSeparatorOnnx(garbage, 'model.onnx')).toThrow(OnnxModelError);
    }
  });
});

describe('readSeparatorOnnx on well-formed models of the wrong shape', () => {
  const dims = (model: InstanceType<typeof onnx.ModelProto>, which: 'input' | 'output', i: number) => {
    const values = which === 'input' ? model.graph!.input! : model.graph!.output!;
    return values[i].type!.tensorType!.shape!.dim!;
  };

  it('names the wrong input width', () => {
    const bytes = edited((m) => (dims(m, 'input', 0)[1].dimValue = 3));
    expect(readError(bytes).message).toBe('model.onnx: input x must be float32 [N, 2], got [N, 3]');
  });

  it('names a fixed batch dimension and a wrong element type', () => {
    const fixed = edited((m) => {
      const d = dims(m, 'input', 0)[0];
      d.dimParam = '';
      d.dimValue = 1;
    });
    expect(readError(fixed).message).toBe('model.onnx: input x must be float32 [N, 2], got [1, 2]');
    const int64 = edited(
      (m) => (m.graph!.input![0].type!.tensorType!.elemType = onnx.TensorProto.DataType.INT64),
    );
    expect(readError(int64).message).toBe('model.onnx: input x must be float32 [N, 2], got int64 [N, 2]');
  });

  it('names a renamed input or a missing output', () => {
    expect(readError(edited((m) => (m.graph!.input![0].name = 'points'))).message).toBe(
      'model.onnx: missing input x (inputs: points)',
    );
    expect(readError(edited((m) => m.graph!.output!.splice(0, 1))).message).toBe(
      'model.onnx: missing output hidden (outputs: probability)',
    );
    expect(readError(edited((m) => (dims(m, 'output', 1)[1].dimValue = 2))).message).toBe(
      'model.onnx: output probability must be float32 [N, 1], got [N, 2]',
    );
  });

  it('names a missing or misshapen initialiser', () => {
    expect(readError(edited((m) => m.graph!.initializer!.splice(3, 1))).message).toBe(
      'model.onnx: missing initializer dense2.bias',
    );
    expect(readError(edited((m) => (m.graph!.initializer![0].dims = [3, 2]))).message).toBe(
      'model.onnx: initializer dense1.kernel must be float32 [2, 3], got float32 [3, 2]',
    );
    const short = edited((m) => (m.graph!.initializer![1].rawData = new Uint8Array(8)));
    expect(readError(short).message).toBe('model.onnx: initializer dense1.bias holds 2 values, expected 3');
    const nan = edited((m) => (m.graph!.initializer![3].rawData = new Uint8Array([0, 0, 0xc0, 0x7f])));
    expect(readError(nan).message).toBe(
      'model.onnx: initializer dense2.bias contains NaN or infinite values',
    );
  });
});

describe('inspectOnnx', () => {
  it('reads weights stored as float_data as well as raw_data', () => {
    const bytes = edited((m) => {
      for (const t of m.graph!.initializer!) {
        const raw = t.rawData!;
        const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
        t.floatData = Array.from({ length: raw.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
        t.rawData = new Uint8Array(0);
      }
    });
    expect(readSeparatorOnnx(bytes).weights).toEqual(readSeparatorOnnx(shipped).weights);
    expect(inspectOnnx(bytes).initializers.map((t) => t.values.length)).toEqual([6, 3, 3, 1]);
  });
});

describe('createSessionChecked (onnxruntime-web)', () => {
  it('loads the shipped model', async () => {
    const { session } = await createSessionChecked(ort, shipped);
    expect(session.inputNames).toEqual(['x']);
    await session.release();
  });

  it('reports truncation and wrong shapes clearly instead of ORT’s generic errors', async () => {
    await expect(
      createSessionChecked(ort, shipped.slice(0, 200), { fileName: 'separator.onnx' }),
    ).rejects.toThrow(/^separator\.onnx: truncated or not an ONNX protobuf/);
    const wide = edited((m) => (m.graph!.input![0].type!.tensorType!.shape!.dim![1].dimValue = 3));
    await expect(createSessionChecked(ort, wide)).rejects.toThrow(
      'model.onnx: input x must be float32 [N, 2], got [N, 3]',
    );
  });

  it('wraps what only onnxruntime can detect, such as an unknown operator', async () => {
    // node 0 is dense1's MatMul, which our own checks do not look at.
    const unknownOp = edited((m) => (m.graph!.node![0].opType = 'NoSuchOp'));
    const error = await createSessionChecked(ort, unknownOp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnnxModelError);
    expect((error as Error).message).toMatch(
      /^model\.onnx: onnxruntime could not load the model \(.*NoSuchOp/s,
    );
  });
});
