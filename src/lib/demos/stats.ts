/** Summaries of measured latencies. */

export interface LatencySummary {
  runs: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
}

/** The q-quantile (0–1) of `sorted` by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

/** Min, median, p95 and max of `times` (any order). */
export function summarize(times: readonly number[]): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** A duration in milliseconds for display: 3 significant digits, "—" when unknown. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toPrecision(3)} ms`;
}
