/**
 * The bench's one table: rows of (section, measure, median, min–max, notes), printed as
 * Markdown: bench/RESULTS.md is written from it (bench/results-file.ts).
 */
import type { AssetKind, RunSummary } from '../tools/weight/metrics.ts';

export interface Row {
  section: string;
  measure: string;
  median: string;
  range: string;
  notes: string;
}

/** Milliseconds for display: microseconds under 1 ms, 2 decimals under 10 ms, whole above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0 ms';
  if (Math.abs(value) < 0.01) return `${(value * 1000).toFixed(1)} µs`;
  if (Math.abs(value) < 1) return `${Math.round(value * 1000)} µs`;
  if (Math.abs(value) < 10) return `${value.toFixed(2)} ms`;
  return `${Math.round(value)} ms`;
}

export function seconds(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} s` : '—';
}

/** Bytes as KB or MB (1 KB = 1,024 bytes). */
export function size(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** `min–max` of a summary with a formatter, or `—` for a single run. */
export function range(s: RunSummary, format: (v: number) => string): string {
  if (s.runs <= 1) return '—';
  return `${format(s.min)} – ${format(s.max)}`;
}

const KIND_LABELS: Record<AssetKind, string> = {
  html: 'HTML',
  css: 'CSS',
  js: 'JS',
  font: 'fonts',
  wasm: 'WASM',
  model: 'model',
  other: 'other',
};

/** The split of a byte count by kind, leaving out empty kinds: `HTML 2.8 KB · CSS 2.0 KB`. */
export function split(byKind: Record<AssetKind, number>): string {
  const parts = (Object.keys(KIND_LABELS) as AssetKind[])
    .filter((k) => byKind[k] > 0)
    .map((k) => `${KIND_LABELS[k]} ${size(byKind[k])}`);
  return parts.length > 0 ? parts.join(' · ') : 'nothing';
}

/** A Markdown table of the rows, columns padded for reading in a terminal. */
export function markdownTable(rows: readonly Row[]): string {
  const header: Row = {
    section: 'Section',
    measure: 'Measure',
    median: 'Median',
    range: 'Min – max',
    notes: 'Notes',
  };
  const cells = (r: Row) =>
    [r.section, r.measure, r.median, r.range, r.notes].map((c) => c.replace(/\|/g, '\\|'));
  const all = [header, ...rows].map(cells);
  const widths = all[0].map((_, c) => Math.max(...all.map((row) => [...row[c]].length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(all[0]), rule, ...all.slice(1).map(line)].join('\n');
}
