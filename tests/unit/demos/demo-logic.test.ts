import { describe, expect, it } from 'vitest';
import { cellIndex, classOneShare, makeGrid } from '../../../src/lib/demos/grid.ts';
import { boundaryLines, gridLines } from '../../../src/lib/demos/boundary-lines.ts';
import { arrowMove, parseUnitInput, stepUnit } from '../../../src/lib/demos/input.ts';
import { chooseBackends } from '../../../src/lib/demos/backend.ts';
import { formatMs, quantile, summarize } from '../../../src/lib/demos/stats.ts';

describe('makeGrid', () => {
  it('lists cell centres row by row from the top-left', () => {
    expect([...makeGrid(2)]).toEqual([0.25, 0.75, 0.75, 0.75, 0.25, 0.25, 0.75, 0.25]);
    expect(makeGrid(128)).toHaveLength(128 * 128 * 2);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => makeGrid(0)).toThrow(RangeError);
    expect(() => makeGrid(2.5)).toThrow(RangeError);
  });
});

describe('cellIndex', () => {
  it('finds the cell whose centre makeGrid put there, clamping the edges', () => {
    const n = 128;
    const grid = makeGrid(n);
    for (const [x0, x1] of [
      [0.9, 0.1],
      [0.1, 0.9],
      [0.5, 0.5],
    ] as const) {
      const k = cellIndex(x0, x1, n);
      expect(grid[2 * k]).toBeCloseTo(x0, 1);
      expect(grid[2 * k + 1]).toBeCloseTo(x1, 1);
    }
    expect(cellIndex(1, 0, n)).toBe(n * n - 1);
    expect(cellIndex(-1, 2, n)).toBe(0);
  });
});

describe('classOneShare', () => {
  it('counts probabilities above one half', () => {
    expect(classOneShare([0.1, 0.6, 0.9, 0.5])).toBe(0.5);
    expect(classOneShare([])).toBe(0);
  });
});

/** The points [x₀, x₁] of polylines. */
const pointsOf = (lines: number[][]) =>
  lines.flatMap((line) => line.flatMap((v, i) => (i % 2 === 0 ? [[v, line[i + 1] ?? Number.NaN]] : [])));

describe('boundaryLines', () => {
  it('traces the diagonal for f = x0 − x1 + 0.5, corner to corner', () => {
    const lines = boundaryLines((a, b) => a - b + 0.5, 8);
    expect(lines).toHaveLength(1);
    const points = pointsOf(lines);
    for (const [a, b] of points) expect(a).toBeCloseTo(b, 9);
    expect(Math.min(...points.map(([a]) => a))).toBeCloseTo(0, 9);
    expect(Math.max(...points.map(([a]) => a))).toBeCloseTo(1, 9);
  });
});

describe('gridLines', () => {
  it('traces x₀ = x₁ from probabilities on the makeGrid cell centres', () => {
    const n = 16;
    const grid = makeGrid(n);
    const p = Float32Array.from({ length: n * n }, (_, k) => 0.5 + (grid[2 * k] - grid[2 * k + 1]) / 2);
    const points = pointsOf(gridLines(p, n));
    expect(points.length).toBeGreaterThanOrEqual(n);
    for (const [a, b] of points) {
      expect(a).toBeCloseTo(b, 6);
      // Inside the centres' span: half a cell from the edges.
      expect(a).toBeGreaterThanOrEqual(0.5 / n - 1e-9);
      expect(a).toBeLessThanOrEqual(1 - 0.5 / n + 1e-9);
    }
  });
});

describe('parseUnitInput', () => {
  it('accepts numbers in [0, 1], including full-width decimal marks', () => {
    expect(parseUnitInput(' 0.25 ')).toEqual({ ok: true, value: 0.25, clamped: false, message: undefined });
    expect(parseUnitInput('1')).toMatchObject({ ok: true, value: 1 });
    expect(parseUnitInput('.5')).toMatchObject({ ok: true, value: 0.5 });
    expect(parseUnitInput('0．7')).toMatchObject({ ok: true, value: 0.7 });
  });

  it('clamps out-of-range numbers and says so', () => {
    expect(parseUnitInput('1.5')).toEqual({
      ok: true,
      value: 1,
      clamped: true,
      message: '1.5 大于 1，已按 1 计算。',
    });
    expect(parseUnitInput('-2')).toMatchObject({ ok: true, value: 0, clamped: true });
  });

  it('refuses empty and non-numeric text without producing NaN', () => {
    for (const raw of ['', '   ', 'abc', '0.5.5', '1e999', 'NaN', 'Infinity', '0x1']) {
      const result = parseUnitInput(raw);
      expect(result.ok, raw).toBe(false);
      expect(result.message, raw).toMatch(/0 到 1/);
    }
  });
});

describe('stepUnit', () => {
  it('moves on a 0.01 grid inside [0, 1]', () => {
    expect(stepUnit(0.5, 0.01)).toBe(0.51);
    expect(stepUnit(0.995, 0.1)).toBe(1);
    expect(stepUnit(0.02, -0.1)).toBe(0);
  });
});

describe('arrowMove', () => {
  it('moves by the step, by 0.1 with Shift, stays inside the square and ignores other keys', () => {
    expect(arrowMove([0.5, 0.5], 'ArrowRight', false, 0.01)).toEqual([0.51, 0.5]);
    expect(arrowMove([0.5, 0.5], 'ArrowDown', true, 0.01)).toEqual([0.5, 0.4]);
    expect(arrowMove([0.99, 0], 'ArrowRight', true, 0.01)).toEqual([1, 0]);
    expect(arrowMove([0.5, 0.5], 'Enter', false, 0.01)).toBeUndefined();
  });
});

describe('chooseBackends', () => {
  const real = { isFallbackAdapter: false, description: 'GPU' };
  const fallback = { isFallbackAdapter: true, description: 'SwiftShader' };

  it('uses WASM alone without WebGPU, without an adapter, or on request failure', () => {
    expect(chooseBackends({ api: false, adapter: null, jspi: true }).backends).toEqual(['wasm']);
    expect(chooseBackends({ api: true, adapter: null, jspi: true }).backends).toEqual(['wasm']);
    const failed = chooseBackends({ api: true, adapter: null, error: 'boom', jspi: true });
    expect(failed.backends).toEqual(['wasm']);
    expect(failed.webgpuNote).toContain('boom');
  });

  it('offers WebGPU only on a real adapter', () => {
    expect(chooseBackends({ api: true, adapter: real, jspi: true }).backends).toEqual(['wasm', 'webgpu']);
    expect(chooseBackends({ api: true, adapter: fallback, jspi: true }).backends).toEqual(['wasm']);
  });

  it('stays on WASM without WebAssembly JSPI (the shipped WebGPU build needs it), and says why', () => {
    const choice = chooseBackends({ api: true, adapter: real, jspi: false });
    expect(choice.backends).toEqual(['wasm']);
    expect(choice.webgpuNote).toContain('JSPI');
    expect(chooseBackends({ api: true, adapter: fallback, jspi: false }, true).backends).toEqual(['wasm']);
  });

  it('lets tests use a fallback adapter, and says it is one', () => {
    const choice = chooseBackends({ api: true, adapter: fallback, jspi: true }, true);
    expect(choice.backends).toEqual(['wasm', 'webgpu']);
    expect(choice.webgpuNote).toContain('回退');
  });
});

describe('summarize', () => {
  it('gives nearest-rank percentiles', () => {
    const times = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(times)).toEqual({ runs: 100, min: 1, p50: 50, p95: 95, max: 100 });
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('formats durations and unknown values', () => {
    expect(formatMs(0.0123)).toBe('0.0123 ms');
    expect(formatMs(432.1)).toBe('432 ms');
    expect(formatMs(Number.NaN)).toBe('—');
  });
});
