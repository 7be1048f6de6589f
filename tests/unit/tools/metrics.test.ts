import { describe, expect, it } from 'vitest';
import {
  assetKind,
  cumulativeLayoutShift,
  formatKB,
  isPrecompressed,
  summarizeRuns,
  totalBlockingTime,
} from '../../../tools/weight/metrics.ts';
import { brotliSize, transferSize } from '../../../tools/weight/compress.ts';

describe('summarizeRuns', () => {
  it('gives the nearest-rank median and p95, min and max, ignoring non-finite values', () => {
    expect(summarizeRuns([5, 1, 3])).toEqual({ runs: 3, median: 3, p95: 5, min: 1, max: 5 });
    // Even count: the lower middle value, a measured one (not 2.5).
    expect(summarizeRuns([4, 1, 3, 2, Number.NaN])).toEqual({ runs: 4, median: 2, p95: 4, min: 1, max: 4 });
    expect(summarizeRuns([]).median).toBeNaN();
    expect(summarizeRuns([Number.NaN]).runs).toBe(0);
  });

  it('p95 of 1..100 is 95 and of 1..20 is 19 (rank ceil(0.95 n))', () => {
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => n - i);
    expect(summarizeRuns(upTo(100)).p95).toBe(95);
    expect(summarizeRuns(upTo(20)).p95).toBe(19);
    expect(summarizeRuns(upTo(100)).median).toBe(50);
  });
});

describe('totalBlockingTime', () => {
  it('sums the part of each long task beyond 50 ms', () => {
    expect(totalBlockingTime([])).toBe(0);
    expect(totalBlockingTime([50, 51, 120, 30])).toBe(71);
  });
});

describe('cumulativeLayoutShift', () => {
  const shift = (startTime: number, value: number, hadRecentInput = false) => ({
    startTime,
    value,
    hadRecentInput,
  });

  it('is 0 without shifts and skips shifts right after input', () => {
    expect(cumulativeLayoutShift([])).toEqual({ cls: 0, total: 0 });
    expect(cumulativeLayoutShift([shift(100, 0.3, true)])).toEqual({ cls: 0, total: 0 });
  });

  it('takes the largest session window (gap < 1 s, window < 5 s)', () => {
    const { cls, total } = cumulativeLayoutShift([
      shift(0, 0.1),
      shift(500, 0.1), // same window: 0.2
      // A gap of 1.5 s starts a new window; shifts 0.9 s apart keep it open for at most 5 s.
      ...[2000, 2900, 3800, 4700, 5600, 6500].map((t) => shift(t, 0.04)), // 0.24
      shift(7400, 0.04), // 5.4 s after the window began: a new window
    ]);
    expect(cls).toBeCloseTo(0.24, 10);
    expect(total).toBeCloseTo(0.48, 10);
  });
});

describe('assetKind', () => {
  it.each([
    ['/', 'html'],
    ['/faq/x/', 'html'],
    ['/404.html', 'html'],
    ['/_astro/a.B1.css', 'css'],
    ['/_astro/a.js?x=1', 'js'],
    ['/_astro/KaTeX_Main-Regular.B2.woff2', 'font'],
    ['/_astro/ort-wasm-simd-threaded.X.wasm', 'wasm'],
    ['/pagefind/wasm.unknown.pagefind', 'wasm'],
    ['/_astro/separator.D.onnx', 'model'],
    ['/pagefind/index/zh-cn_1.pf_index', 'other'],
    ['/favicon.svg', 'other'],
  ] as const)('%s is %s', (path, kind) => {
    expect(assetKind(path)).toBe(kind);
  });
});

describe('isPrecompressed and transferSize', () => {
  const text = new TextEncoder().encode('数据中心'.repeat(500));

  it('counts woff2 and gzip files raw and brotli-compresses the rest', () => {
    expect(isPrecompressed('/a.woff2', text)).toBe(true);
    expect(isPrecompressed('/pagefind/x.pf_meta', new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe(true);
    expect(isPrecompressed('/a.wasm', new Uint8Array([0, 0x61, 0x73, 0x6d]))).toBe(false);
    expect(transferSize('/a.woff2', text)).toBe(text.length);
    expect(transferSize('/a.html', text)).toBe(brotliSize(text));
    expect(brotliSize(text)).toBeLessThan(100);
  });
});

describe('formatKB', () => {
  it('uses 1 KB = 1,024 bytes and one decimal', () => {
    expect(formatKB(31_949)).toBe('31.2 KB');
    expect(formatKB(0)).toBe('0.0 KB');
  });
});
