/**
 * Pure arithmetic for the performance bench and budgets: summaries of repeated runs, total
 * blocking time from long tasks, cumulative layout shift from layout-shift entries, and the
 * kind of an asset by its path.
 */

/** Median, min and max of repeated measurements. */
export interface RunSummary {
  runs: number;
  median: number;
  min: number;
  max: number;
}

/** Median (mean of the two middle values for an even count), min and max; NaN when empty. */
export function summarizeRuns(values: readonly number[]): RunSummary {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { runs: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { runs: n, median, min: sorted[0], max: sorted[n - 1] };
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
