/**
 * The relevance evaluation: runs every query of a query set — `dev.yaml` (tuned on), `test.yaml`
 * `test2.yaml` and `test3.yaml` (never tuned on) — through the search in Chromium against a built site and scores
 * the ranked page URLs. It drives the real search UI through
 * its DOM contract (`<dc-search>`, see docs/search.md); a site built before the UI existed is
 * searched through the engine harness (`harness.ts`) instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Page } from 'playwright-core';
import { APP_READY_MS } from '../../tools/timeouts.ts';
import { openHarness } from './harness.ts';

/** One evaluation query, written by reading the content. */
const evalQuerySchema = z.object({
  /** The query as a reader would type it. */
  query: z.string().min(1),
  /**
   * What kind of query it is: a term, a short (two-character) word, a page's title, an alias, an
   * English name, a question, an abbreviation, a typo, an author, a paper title; a page looked
   * for by its name or purpose, a colloquial or yes/no question, mixed Chinese and English, or
   * the everyday words readers use for themselves (程序员, 应届生, 机房, 显卡, 学历 …).
   */
  kind: z.enum([
    'term',
    'short',
    'title',
    'alias',
    'english',
    'question',
    'abbreviation',
    'typo',
    'author',
    'paper',
    'page',
    'colloquial',
    'yesno',
    'mixed',
    'vocabulary',
  ]),
  /** Acceptable page URLs (path only), best first; at most three. */
  expect: z
    .array(z.string().regex(/^\/[^?#]*$/))
    .min(1)
    .max(3),
  /** Why these pages answer it (where the answer is). */
  reason: z.string().min(4),
});

const evalQueriesSchema = z
  .array(evalQuerySchema)
  .min(80)
  .refine((list) => new Set(list.map((q) => q.query)).size === list.length, 'queries must be unique');

export type EvalQuery = z.infer<typeof evalQuerySchema>;

/**
 * The query sets: `dev` is tuned on; `test`, `test2` and `test3` never (issue 20). `test2` was
 * written after the China content was merged, because the figures and failures of `test` had been
 * on view in RESULTS.md while ranking was worked on; `test3` (written before the ranking work of
 * the third round, when test2's failures had been printed too) is the one no one had seen a
 * result of while that work was done. `test4` (206 queries) was written blind on 2026-12-07, before
 * the fourth round of ranking work, by a helper that read content/ and ran no search.
 */
export const QUERY_SETS = ['dev', 'test', 'test2', 'test3', 'test4'] as const;
/** The held-out sets: reported with the pages no query of theirs asks for. */
export const HELD_OUT_SETS: readonly QuerySet[] = ['test', 'test2', 'test3', 'test4'];
export type QuerySet = (typeof QUERY_SETS)[number];

type Figures = { success1: number; success3: number; zeroResults: number };

/**
 * The targets: issue 11's on the dev set, issue 20's on the held-out sets (success@1 0.92,
 * success@3 0.98, no empty result). `npm run eval:search` says for each set whether it meets them and exits 1
 * when one does not.
 */
export const TARGETS: Record<QuerySet, Figures> = {
  dev: { success1: 0.9, success3: 0.96, zeroResults: 0 },
  test: { success1: 0.92, success3: 0.98, zeroResults: 0 },
  test2: { success1: 0.92, success3: 0.98, zeroResults: 0 },
  test3: { success1: 0.92, success3: 0.98, zeroResults: 0 },
  test4: { success1: 0.92, success3: 0.98, zeroResults: 0 },
};

/**
 * What `npm test` holds each set to (tests/e2e/search-relevance.test.ts): a regression floor a
 * little under the figures last measured (tests/search-eval/RESULTS.md, 2026-12-07, fourth round).
 * The dev set (358 queries since its fifth batch, 16 English queries) measured success@1 0.885,
 * success@3 0.955, under its targets; the held-out sets: test 0.855, 0.974; test2 0.813, 0.906;
 * test3 0.792, 0.910; test4 (written blind) 0.791, 0.927, under theirs. A change that makes a set
 * worse by more than a query or two fails, and the targets stay visible in every report. Raise a
 * floor only to figures measured after work on the dev set alone, and to the targets once they
 * are met. Every set: no query without results.
 */
export const THRESHOLDS: Record<QuerySet, Figures> = {
  dev: { success1: 0.875, success3: 0.945, zeroResults: 0 },
  test: { success1: 0.84, success3: 0.96, zeroResults: 0 },
  test2: { success1: 0.79, success3: 0.89, zeroResults: 0 },
  test3: { success1: 0.775, success3: 0.895, zeroResults: 0 },
  test4: { success1: 0.78, success3: 0.915, zeroResults: 0 },
};

/** The queries of a set (`tests/search-eval/<set>.yaml`), validated; or of another file. */
export function loadQueries(set: QuerySet | { file: string } = 'dev'): EvalQuery[] {
  const file = typeof set === 'string' ? join(import.meta.dirname, `${set}.yaml`) : set.file;
  return evalQueriesSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** True when a report meets the figures (by default the targets) of its set. */
export function meetsThresholds(report: EvalReport, set: QuerySet, figures = TARGETS): boolean {
  const t = figures[set];
  return (
    report.success1 >= t.success1 &&
    report.success3 >= t.success3 &&
    report.zeroResults.length <= t.zeroResults
  );
}

interface QueryOutcome {
  query: EvalQuery;
  urls: string[];
  /** 1-based rank of the first acceptable URL within the top 10, or 0. */
  rank: number;
}

export interface EvalReport {
  driver: 'ui' | 'engine';
  total: number;
  success1: number;
  success3: number;
  mrr10: number;
  zeroResults: QueryOutcome[];
  failures: QueryOutcome[];
  outcomes: QueryOutcome[];
}

/** Scores ranked URL lists: success@1, success@3, MRR@10 and the zero-result queries. */
function score(outcomes: QueryOutcome[], driver: EvalReport['driver']): EvalReport {
  const n = outcomes.length || 1;
  return {
    driver,
    total: outcomes.length,
    success1: outcomes.filter((o) => o.rank === 1).length / n,
    success3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
    mrr10: outcomes.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0) / n,
    zeroResults: outcomes.filter((o) => o.urls.length === 0),
    failures: outcomes.filter((o) => o.rank !== 1),
    outcomes,
  };
}

function rankOf(urls: string[], expect: string[]): number {
  const index = urls.slice(0, 10).findIndex((u) => expect.includes(u));
  return index + 1;
}

/**
 * Indexed pages of the built site (`data-pagefind-body`) that no query of `queries` expects: the
 * test set should ask for every page a reader may look for (issue 20).
 */
export function pagesWithoutQuery(siteDir: string, queries: EvalQuery[]): string[] {
  const expected = new Set(queries.flatMap((q) => q.expect));
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .filter((f) => readFileSync(join(siteDir, f), 'utf8').includes('data-pagefind-body'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
    .filter((url) => !expected.has(url))
    .sort();
}

/** True when the built site in `siteDir` has the search UI of the DOM contract. */
export function siteHasSearchUi(siteDir: string): boolean {
  const home = join(siteDir, 'index.html');
  return existsSync(home) && readFileSync(home, 'utf8').includes('<dc-search');
}

/**
 * Types `query` into the open search dialog and reads the ranked page URLs once it settles.
 * After the text, a `compositionend` commits it as an IME does when the reader picks a word: the
 * UI searches at once on that path instead of waiting out the typing debounce (120 ms a query,
 * about 100 s over the evaluation's sets). The search that runs is the same one.
 */
async function searchThroughUi(page: Page, query: string): Promise<string[]> {
  const input = page.locator('dc-search dialog input[type="search"]');
  await input.fill(query);
  await input.dispatchEvent('compositionend');
  await page.waitForFunction(
    (q) => {
      const el = document.querySelector('dc-search');
      return el?.getAttribute('data-state') === 'done' && el.getAttribute('data-query') === q;
    },
    query,
    { timeout: APP_READY_MS },
  );
  return page
    .locator('dc-search [data-search-results] a[data-result-url]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-result-url') ?? ''));
}

/** Runs every query through the site at `siteUrl` in `page` and scores the results. */
export async function evaluate(
  page: Page,
  siteUrl: string,
  queries: EvalQuery[],
  driver: EvalReport['driver'],
): Promise<EvalReport> {
  let search: (q: string) => Promise<string[]>;
  if (driver === 'ui') {
    await page.goto(`${siteUrl}/`);
    await page.locator('dc-search button.search-trigger').click({ timeout: APP_READY_MS });
    await page.locator('dc-search dialog input[type="search"]').waitFor({ timeout: APP_READY_MS });
    search = (q) => searchThroughUi(page, q);
  } else {
    await openHarness(page, siteUrl);
    search = (q) =>
      page.evaluate(
        (query) => (globalThis as unknown as { searchUrls(q: string): Promise<string[]> }).searchUrls(query),
        q,
      );
  }
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const urls = await search(query.query);
    outcomes.push({ query, urls, rank: rankOf(urls, query.expect) });
  }
  return score(outcomes, driver);
}

/** The report as text: the figures, then every failure with what came first. */
export function formatReport(report: EvalReport, set?: QuerySet): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const target = set ? TARGETS[set] : undefined;
  const lines = [
    `search relevance${set ? `, ${set} set` : ''} (${report.total} queries, through the ${report.driver === 'ui' ? 'search UI' : 'engine harness'})`,
    `  success@1 ${pct(report.success1)} · success@3 ${pct(report.success3)} · MRR@10 ${report.mrr10.toFixed(3)} · zero results ${report.zeroResults.length}`,
  ];
  if (set && target)
    lines.push(
      `  target success@1 ${pct(target.success1)}, success@3 ${pct(target.success3)}, no empty result: ${meetsThresholds(report, set) ? 'met' : 'NOT met'}`,
    );
  for (const f of report.failures) {
    lines.push(
      `  ${f.rank === 0 ? 'MISS' : `#${f.rank}  `} [${f.query.kind}] ${f.query.query} → want ${f.query.expect.join(' | ')}; got ${f.urls.slice(0, 3).join(', ') || '(nothing)'}`,
    );
  }
  return lines.join('\n');
}
