/**
 * Lighthouse (the `lighthouse` section of `npm run bench`): the mobile scores of each page type
 * (performance, accessibility, best practices, SEO) against the site as `tools/static-server.ts`
 * serves it, compressed as the hosts send it. Lighthouse's default mobile settings: a Moto G
 * Power-sized screen, 4× CPU slowdown and a slow-4G network, simulated (Lantern) from a trace on
 * 127.0.0.1, so no request leaves the machine. Chromium is started by chrome-launcher (Debian's,
 * `tools/browser.ts`), headless, with a fresh profile per run. The simulated CPU is the observed
 * one slowed down: on a busy machine total blocking time, and so the performance score, read
 * worse; the bench prints the load average beside the scores.
 */
import lighthouse from 'lighthouse';
import type { Result as LighthouseReport } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { loadavg } from 'node:os';
import { CHROME_FLAGS, chromePath } from '../tools/browser.ts';
import type { StaticServer } from '../tools/static-server.ts';
import { summarizeRuns, type RunSummary } from '../tools/weight/metrics.ts';
import { ms, type Row } from './report.ts';

type Log = (message: string) => void;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const LABELS: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'BP',
  seo: 'SEO',
};
/** The metrics of the performance score (and their audit ids). */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;
type Metric = keyof typeof METRICS;

export interface LighthouseResult {
  name: string;
  path: string;
  /** Scores 0–100 per category over the runs. */
  scores: Record<Category, RunSummary>;
  /** Metric values over the runs (ms; CLS unitless). */
  metrics: Record<Metric, RunSummary>;
  /** Scored audits below 1 in any run: `category/audit (score, value)`, each once. */
  below: string[];
  /** 1-minute load average at the start of each run. */
  load: number[];
}

/** What one report says, reduced to the figures the bench keeps. */
function readReport(lhr: LighthouseReport) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)]),
  ) as Record<Category, number>;
  const metrics = Object.fromEntries(
    (Object.keys(METRICS) as Metric[]).map((m) => [m, lhr.audits[METRICS[m]]?.numericValue ?? Number.NaN]),
  ) as Record<Metric, number>;
  const below: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit?.score !== null && audit !== undefined && audit.score < 1) {
        below.push(`${c}/${audit.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
      }
    }
  }
  return { scores, metrics, below, warnings: lhr.runWarnings };
}

/** Scores every page `runs` times, in turn (page 1…n, then again), each with a fresh profile. */
export async function benchLighthouse(
  server: StaticServer,
  pages: readonly { name: string; path: string }[],
  runs: number,
  log: Log,
): Promise<LighthouseResult[]> {
  const reports = pages.map(() => [] as ReturnType<typeof readReport>[]);
  const loads = pages.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, page] of pages.entries()) {
      const load = loadavg()[0] ?? Number.NaN;
      log(`lighthouse: ${page.name} ${page.path}, run ${run + 1}/${runs} (load ${load.toFixed(2)})`);
      const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
      try {
        const result = await lighthouse(`${server.url}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (result === undefined) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const report = readReport(result.lhr);
        const error = result.lhr.runtimeError;
        if (error) log(`  Lighthouse could not score it: ${error.code} ${error.message}`);
        if (report.warnings.length > 0) log(`  warnings: ${report.warnings.join('; ')}`);
        reports[i]?.push(report);
        loads[i]?.push(load);
      } finally {
        chrome.kill();
      }
    }
  }
  return pages.map((page, i) => {
    const list = reports[i] ?? [];
    return {
      ...page,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, summarizeRuns(list.map((r) => r.scores[c]))]),
      ) as Record<Category, RunSummary>,
      metrics: Object.fromEntries(
        (Object.keys(METRICS) as Metric[]).map((m) => [m, summarizeRuns(list.map((r) => r.metrics[m]))]),
      ) as Record<Metric, RunSummary>,
      below: [...new Set(list.flatMap((r) => r.below))],
      load: loads[i] ?? [],
    };
  });
}

/** A score or metric that may be missing (NaN, or null once read back from JSON). */
const known = (v: number | null): v is number => typeof v === 'number' && Number.isFinite(v);
const metricText = (m: Metric, v: number) => (!known(v) ? '—' : m === 'CLS' ? v.toFixed(3) : ms(v));
const scoreText = (v: number) => (known(v) ? String(v) : 'not scored');

/** One row per page type: the four scores' medians, the performance range, the metrics. */
export function lighthouseRows(results: readonly LighthouseResult[]): Row[] {
  return results.map((r) => ({
    section: 'lighthouse (mobile)',
    measure: `${r.name} ${r.path}`,
    median: CATEGORIES.map((c) => `${LABELS[c]} ${scoreText(r.scores[c].median)}`).join(' · '),
    range:
      r.scores.performance.runs > 1 ? `perf ${r.scores.performance.min} – ${r.scores.performance.max}` : '—',
    notes:
      (Object.keys(METRICS) as Metric[]).map((m) => `${m} ${metricText(m, r.metrics[m].median)}`).join(', ') +
      ` · load ${Math.min(...r.load).toFixed(1)}–${Math.max(...r.load).toFixed(1)}` +
      (r.below.length > 0 ? ` · below 1: ${r.below.join('; ')}` : ''),
  }));
}

/** A sentence for RESULTS.md: which page types score 100 in every category (median), which not. */
export function lighthouseFindings(results: readonly LighthouseResult[]): string[] {
  // A category Lighthouse could not score (a failed run) counts as below 100.
  const short = results.filter((r) =>
    CATEGORIES.some((c) => !(known(r.scores[c].median) && r.scores[c].median >= 100)),
  );
  if (short.length === 0) {
    return [
      `Lighthouse (mobile): all ${results.length} page types score 100 in all four categories (median of runs).`,
    ];
  }
  return [
    `Lighthouse (mobile): ${results.length - short.length} of ${results.length} page types score 100 in all four categories (median of runs); below 100 or not scored: ` +
      short
        .map(
          (r) =>
            `${r.name} (${CATEGORIES.filter((c) => r.scores[c].median < 100)
              .map((c) => `${LABELS[c]} ${scoreText(r.scores[c].median)}`)
              .join(', ')})`,
        )
        .join(', ') +
      '.',
  ];
}
