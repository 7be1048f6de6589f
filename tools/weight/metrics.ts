/**
 * Pure arithmetic for the performance bench and budgets: summaries of repeated runs, total
 * blocking time from long tasks, cumulative layout shift from layout-shift entries, and the
 * kind of an asset by its path.
 */
import { quantile } from '../../src/lib/demos/stats.ts';

/** Median, 95th percentile, min and max of repeated measurements. */
export interface RunSummary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * The bench's one summary of repeated measurements (build times, page loads, latencies).
 * Median and p95 by the nearest-rank method, the same `quantile` the backends demo uses for
 * the p50/p95 it shows, so a median means the same thing in every row of the results; for an
 * even count the median is the lower middle value, always a measured one. Non-finite values
 * (a run that measured nothing) are left out; NaN everywhere when nothing is left.
 */
export function summarizeRuns(values: readonly number[]): RunSummary {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { runs: 0, median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN };
  return {
    runs: n,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0],
    max: sorted[n - 1],
  };
}

/** Total blocking time: for each long task, the part of its duration beyond 50 ms, summed. */
export function totalBlockingTime(longTaskDurations: readonly number[]): number {
  return longTaskDurations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}

/** A `layout-shift` performance entry, reduced to what CLS needs. */
export interface ShiftEntry {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

/**
 * Cumulative layout shift as browsers report it since 2021: shifts without recent input are
 * grouped into session windows (a gap under 1 s between shifts, at most 5 s per window) and
 * CLS is the largest window's sum. `total` is the plain sum of all those shifts.
 */
export function cumulativeLayoutShift(entries: readonly ShiftEntry[]): { cls: number; total: number } {
  let cls = 0;
  let total = 0;
  let windowSum = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  const shifts = entries.filter((e) => !e.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  for (const e of shifts) {
    total += e.value;
    if (e.startTime - previous < 1000 && e.startTime - windowStart < 5000) {
      windowSum += e.value;
    } else {
      windowSum = e.value;
      windowStart = e.startTime;
    }
    previous = e.startTime;
    cls = Math.max(cls, windowSum);
  }
  return { cls, total };
}

/** What an asset is, for splitting page weight. */
export type AssetKind = 'html' | 'css' | 'js' | 'font' | 'wasm' | 'model' | 'other';

export const ASSET_KINDS: readonly AssetKind[] = ['html', 'css', 'js', 'font', 'wasm', 'model', 'other'];

/**
 * Kind of an asset by its URL path. Directory URLs (`/faq/x/`) are HTML. Pagefind's WASM
 * (`wasm.<lang>.pagefind`) is WASM; Pagefind's index chunks (`.pf_meta`, `.pf_index`, …) are
 * "other".
 */
export function assetKind(path: string): AssetKind {
  const p = path.split(/[?#]/)[0].toLowerCase();
  if (p.endsWith('/') || p.endsWith('.html')) return 'html';
  if (p.endsWith('.css')) return 'css';
  if (/\.(m?js)$/.test(p)) return 'js';
  if (/\.(woff2?|ttf|otf|eot)$/.test(p)) return 'font';
  if (p.endsWith('.wasm') || /\/wasm\.[^/]*\.pagefind$/.test(p)) return 'wasm';
  if (p.endsWith('.onnx')) return 'model';
  return 'other';
}

/**
 * True when a static host would send the file as it is rather than compress it again: formats
 * that are compressed already (woff2, woff, images, archives) and files that start with the
 * gzip magic number (Pagefind stores its index chunks and WASM gzipped).
 */
export function isPrecompressed(path: string, bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return true;
  return /\.(woff2?|png|jpe?g|gif|webp|avif|ico|gz|br|zst|zip|mp4|webm|mp3|ogg)$/i.test(
    path.split(/[?#]/)[0],
  );
}

/** Bytes as kilobytes (1 KB = 1,024 bytes) with one decimal, e.g. `31.2 KB`. */
export function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
