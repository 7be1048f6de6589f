/**
 * What the first search costs (issue 11: ≤ 110 KB): on a fresh page and browser profile, opens
 * search and runs one query, and sums the transfer sizes of everything fetched from opening to
 * the rendered results (Pagefind's JS, WASM, index chunks and fragments, our lexicon, deferred
 * pages' summaries and view code). Each file's size is taken from the built site as the bench
 * counts it (`tools/weight/compress.ts`: brotli 11, or raw for files compressed already, such as
 * Pagefind's gzip chunks and fragments), whatever quality the server compressed it with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transferSize } from '../../tools/weight/compress.ts';
import { BUDGETS } from '../../tools/budgets.ts';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';
import { SEARCH_INPUT, searchSettled } from '../support/search.ts';

const wait = { timeout: APP_READY_MS };
const INPUT = SEARCH_INPUT;
// The goal is BUDGETS.firstSearch (110 KB), not met since issue 18's content: held to the guard.
const BUDGET = BUDGETS.firstSearchGuard;

/** The bench's ten queries (bench/run.ts), an author, a paper title and an English name. */
const QUERIES = [
  '能耗',
  '集群',
  '程师',
  '调度',
  '认证',
  '交叉熵',
  '数据中心',
  '网络工程师',
  '液冷',
  '容器',
  'Vaswani',
  'Attention Is All You Need',
  'Kubernetes',
];

test.for(QUERIES)(
  `the first search for %s fetches at most ${BUDGET / 1024} KB`,
  async (query, { open, site, siteDir }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === site.url && response.status() === 200) fetched.push(url.pathname);
    });
    // The search element is defined (its script ran) before the shortcut is pressed.
    await page.locator('dc-search.ready').waitFor({ state: 'attached', ...wait });
    await page.keyboard.press('/');
    await page.locator(INPUT).waitFor({ state: 'visible', ...wait });
    await page.locator(INPUT).fill(query, wait);
    await searchSettled(page, query);
    await expect
      .poll(() => page.locator('[data-search-results] a[data-result-url]').count(), wait)
      .toBeGreaterThan(0);

    const sizes = fetched.map((path) => {
      const file = join(siteDir, decodeURIComponent(path).replace(/\/$/, '/index.html'));
      return { path, bytes: transferSize(path, readFileSync(file)) };
    });
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    // What loaded: Pagefind's code and WASM, the lexicon, index chunks and at least one page's
    // text (a fragment, or the summary of a page too large to load, such as the reference list).
    expect(fetched.some((p) => p.endsWith('/pagefind.js'))).toBe(true);
    expect(fetched.some((p) => p.endsWith('.pagefind'))).toBe(true);
    expect(fetched.some((p) => p.endsWith('search-lexicon.json'))).toBe(true);
    expect(fetched.some((p) => p.includes('/pagefind/index/'))).toBe(true);
    expect(fetched.some((p) => /^\/pagefind\/(fragment|summary)\//.test(p))).toBe(true);
    const listing = sizes.map((s) => `${s.path} ${(s.bytes / 1024).toFixed(1)} KB`).join('\n  ');
    expect(
      total,
      `first search for ${query}: ${(total / 1024).toFixed(1)} KB\n  ${listing}`,
    ).toBeLessThanOrEqual(BUDGET);
  },
);
