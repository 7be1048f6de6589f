/**
 * Browser benchmarks in headless Chromium against a built site served on 127.0.0.1 (see
 * serve.ts): per page type, LCP, total blocking time, CLS and the bytes transferred with a cold
 * and a warm HTTP cache; search latency and bytes for Chinese queries; the demos' time to first
 * result and the backends demo's own measurements.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../tools/browser.ts';
import { APP_READY_MS } from '../tools/timeouts.ts';
import { installPerfObservers, type PerfRecord } from '../tools/perf-observers.ts';
import {
  cumulativeLayoutShift,
  summarizeRuns,
  totalBlockingTime,
  type AssetKind,
  type RunSummary,
} from '../tools/weight/metrics.ts';
import type { StaticServer } from '../tools/static-server.ts';
import type { TransferSizes } from './transfer.ts';

type Log = (message: string) => void;

interface Bytes {
  byKind: Record<AssetKind, number>;
  total: number;
  files: number;
}

const VIEWPORT = { width: 1280, height: 900 };

/**
 * A fresh Chromium profile on disk (empty cache) with the performance observers installed.
 * On disk, not an in-memory context: Chromium's in-memory cache does not keep a 14 MB file,
 * so only a disk cache shows what a returning reader's browser reuses.
 */
async function newProfile(): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    args: CHROME_FLAGS,
    viewport: VIEWPORT,
    // A first visit as the page makes it: the service worker's precache, which starts once the
    // page is idle, is measured on its own (the `offline` section).
    serviceWorkers: 'block',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(installPerfObservers);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Median of each kind over runs (each kind's own median), and of the total. */
function medianBytes(samples: readonly Bytes[]): Bytes {
  const kinds = Object.keys(samples[0]?.byKind ?? {}) as AssetKind[];
  const med = (values: number[]) => summarizeRuns(values).median;
  return {
    byKind: Object.fromEntries(kinds.map((k) => [k, med(samples.map((s) => s.byKind[k]))])) as Record<
      AssetKind,
      number
    >,
    total: med(samples.map((s) => s.total)),
    files: med(samples.map((s) => s.files)),
  };
}

/** Waits until the server has had no request for `quietMs` (bounded by `maxMs`). */
async function networkQuiet(server: StaticServer, quietMs = 500, maxMs = 30_000): Promise<void> {
  const start = performance.now();
  let seen = -1;
  let since = performance.now();
  while (performance.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    if (server.log.length !== seen) {
      seen = server.log.length;
      since = performance.now();
    } else if (performance.now() - since >= quietMs) return;
  }
}

async function demoState(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).first().getAttribute('data-state');
}

/** Polls until `check` is true or `timeoutMs` passes; throws with `what` on timeout. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = APP_READY_MS): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// ---------------------------------------------------------------------------------------------
// Page types

interface PageLoad {
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: Bytes;
  /** What moved, one line per layout shift (value, time, elements). */
  shifts: string[];
}

export interface PageResult {
  name: string;
  path: string;
  cold: LoadSummary;
  warm: LoadSummary;
}

interface LoadSummary {
  lcpMs: RunSummary;
  tbtMs: RunSummary;
  cls: RunSummary;
  bytes: Bytes;
  /** Every distinct element that moved in a layout shift, over all runs. */
  shifted: string[];
}

async function measureLoad(
  page: Page,
  url: string,
  server: StaticServer,
  sizes: TransferSizes,
): Promise<PageLoad> {
  server.reset();
  await page.goto(url, { waitUntil: 'load' });
  // A demo in view starts by itself; let it finish so its long tasks and bytes are counted.
  if ((await page.locator('dc-forward-pass').count()) > 0) {
    const box = await page.locator('dc-forward-pass').first().boundingBox();
    if (box && box.y < VIEWPORT.height + 200) {
      await until(
        async () => ['done', 'error'].includes((await demoState(page, 'dc-forward-pass')) ?? ''),
        'demo',
      );
    }
  }
  await networkQuiet(server);
  const record = (await page.evaluate(() => (window as Window & { __perf?: PerfRecord }).__perf))!;
  return {
    lcpMs: record.lcp.at(-1)?.time ?? Number.NaN,
    tbtMs: totalBlockingTime(record.longTasks.map((t) => t.duration)),
    cls: cumulativeLayoutShift(record.shifts).cls,
    bytes: sizes.tally(server.log),
    shifts: record.shifts
      .filter((s) => !s.hadRecentInput)
      .map(
        (s) =>
          `${s.value.toFixed(4)} at ${Math.round(s.startTime)} ms: ${s.sources.map((x) => x.node).join('; ')}`,
      ),
  };
}

function summarizeLoads(loads: PageLoad[]): LoadSummary {
  const shifted = loads.flatMap((l) => l.shifts.flatMap((s) => s.replace(/^.*?ms: /, '').split('; ')));
  return {
    lcpMs: summarizeRuns(loads.map((l) => l.lcpMs)),
    tbtMs: summarizeRuns(loads.map((l) => l.tbtMs)),
    cls: summarizeRuns(loads.map((l) => l.cls)),
    bytes: medianBytes(loads.map((l) => l.bytes)),
    shifted: [...new Set(shifted)],
  };
}

/**
 * Loads each page `runs` times in a fresh profile (cold cache), then again in the same
 * profile (warm cache: hashed assets from the cache, HTML revalidated).
 */
export async function benchPages(
  server: StaticServer,
  sizes: TransferSizes,
  pages: readonly { name: string; path: string }[],
  runs: number,
  log: Log,
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const { name, path } of pages) {
    const cold: PageLoad[] = [];
    const warm: PageLoad[] = [];
    for (let i = 0; i < runs; i++) {
      log(`pages: ${path}, run ${i + 1}/${runs}`);
      const { page, close } = await newProfile();
      try {
        cold.push(await measureLoad(page, server.url + path, server, sizes));
        warm.push(await measureLoad(page, server.url + path, server, sizes));
      } finally {
        await close();
      }
    }
    results.push({ name, path, cold: summarizeLoads(cold), warm: summarizeLoads(warm) });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Search

interface SearchTimer {
  /** Time of the last IME commit (`compositionend`): the query is complete. */
  t0: number;
  /** Frame after `<dc-search>` reported the results of that query rendered (data-state=done). */
  t1: number;
}

/** Runs in the page: times from the IME commit to the first frame showing its results. */
function installSearchTimer(): void {
  const timer: SearchTimer = { t0: Number.NaN, t1: Number.NaN };
  (window as Window & { __search?: SearchTimer }).__search = timer;
  document.addEventListener(
    'compositionend',
    () => {
      timer.t0 = performance.now();
      timer.t1 = Number.NaN;
    },
    true,
  );
  new MutationObserver(() => {
    const host = document.querySelector<HTMLElement>('dc-search');
    if (!Number.isFinite(timer.t0) || Number.isFinite(timer.t1) || host?.dataset['state'] !== 'done') return;
    const t0 = timer.t0;
    requestAnimationFrame(() => {
      if (timer.t0 === t0) timer.t1 = performance.now();
    });
  }).observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true });
}

export interface SearchResult {
  query: string;
  /** First search on a fresh page: opening loads the search UI, Pagefind's JS and WASM; the query its index. */
  cold: { ms: RunSummary; bytes: Bytes; results: number };
  /** A later query on a page where search is already loaded. */
  warm: { ms: RunSummary; bytes: Bytes };
}

const INPUT = 'dc-search dialog[open] input[type="search"]';
const RESULT = '[data-search-results] a[data-result-url]';

/** Composes the query's pinyin, then commits the query as an IME does, and times the results. */
async function commitAndTime(page: Page, query: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text: 'pinyin', selectionStart: 6, selectionEnd: 6 });
    await cdp.send('Input.insertText', { text: query });
  } finally {
    await cdp.detach();
  }
  await until(
    () =>
      page.evaluate(
        (q) =>
          Number.isFinite((window as Window & { __search?: SearchTimer }).__search?.t1) &&
          document.querySelector<HTMLElement>('dc-search')?.dataset['query'] === q,
        query,
      ),
    `results for ${query}`,
  );
  return page.evaluate(() => {
    const t = (window as Window & { __search?: SearchTimer }).__search!;
    return t.t1 - t.t0;
  });
}

async function clearSearch(page: Page): Promise<void> {
  await page.locator(INPUT).fill('');
  await until(
    async () => (await page.getAttribute('dc-search', 'data-state')) === 'ready',
    'cleared results',
  );
}

/**
 * A fresh in-memory context with the observers: enough where no file is too big for the memory
 * cache (search), and much quicker to start than a profile on disk.
 */
async function newContext(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(installPerfObservers);
  return { page, close: () => context.close() };
}

/**
 * For each query and run: a fresh context opens search on the home page and commits the query
 * through the IME at once (cold: the search code, Pagefind and the index load meanwhile); then,
 * per run, one page with search open takes the queries one after another (warm).
 */
export async function benchSearch(
  browser: Browser,
  server: StaticServer,
  sizes: TransferSizes,
  queries: readonly string[],
  runs: number,
  log: Log,
): Promise<SearchResult[]> {
  const cold = new Map<string, { ms: number[]; bytes: Bytes[]; results: number }>();
  const warm = new Map<string, { ms: number[]; bytes: Bytes[] }>();
  for (const q of queries) {
    cold.set(q, { ms: [], bytes: [], results: 0 });
    warm.set(q, { ms: [], bytes: [] });
  }
  for (let i = 0; i < runs; i++) {
    for (const q of queries) {
      log(`search: “${q}” cold, run ${i + 1}/${runs}`);
      const { page, close } = await newContext(browser);
      try {
        await page.addInitScript(installSearchTimer);
        await page.goto(`${server.url}/`, { waitUntil: 'load' });
        await networkQuiet(server, 300);
        server.reset();
        await page.keyboard.press('/');
        await page.locator(INPUT).waitFor({ state: 'visible', timeout: APP_READY_MS });
        const ms = await commitAndTime(page, q);
        await networkQuiet(server, 500);
        const entry = cold.get(q)!;
        entry.ms.push(ms);
        entry.bytes.push(sizes.tally(server.log));
        entry.results = await page.locator(RESULT).count();
      } finally {
        await close();
      }
    }
    log(`search: all queries warm, run ${i + 1}/${runs}`);
    const { page, close } = await newContext(browser);
    try {
      await page.addInitScript(installSearchTimer);
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      await page.keyboard.press('/');
      await page.locator(INPUT).waitFor({ state: 'visible', timeout: APP_READY_MS });
      await commitAndTime(page, 'GPU'); // loads the UI, Pagefind's WASM and its first index chunks
      await networkQuiet(server, 300);
      for (const q of queries) {
        await clearSearch(page);
        server.reset();
        const ms = await commitAndTime(page, q);
        await networkQuiet(server, 300);
        const entry = warm.get(q)!;
        entry.ms.push(ms);
        entry.bytes.push(sizes.tally(server.log));
      }
    } finally {
      await close();
    }
  }
  return queries.map((query) => {
    const c = cold.get(query)!;
    const w = warm.get(query)!;
    return {
      query,
      cold: { ms: summarizeRuns(c.ms), bytes: medianBytes(c.bytes), results: c.results },
      warm: { ms: summarizeRuns(w.ms), bytes: medianBytes(w.bytes) },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Demos

interface DemoTimes {
  /** First time each demo (by id) intersected the viewport. */
  visible: Record<string, number>;
  /** First time each demo reached data-state=done. */
  done: Record<string, number>;
}

/** Runs in the page: records when each demo island first becomes visible and first finishes. */
function installDemoTimer(): void {
  const times: DemoTimes = { visible: {}, done: {} };
  (window as Window & { __demos?: DemoTimes }).__demos = times;
  const selector = 'dc-forward-pass, dc-decision-boundary, dc-backends';
  const start = () => {
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting && times.visible[e.target.id] === undefined) times.visible[e.target.id] = e.time;
      }
    });
    for (const el of document.querySelectorAll(selector)) {
      io.observe(el);
      if (el.getAttribute('data-state') === 'done') times.done[el.id] = performance.now();
    }
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (
          el.matches(selector) &&
          el.getAttribute('data-state') === 'done' &&
          times.done[el.id] === undefined
        ) {
          times.done[el.id] = performance.now();
        }
      }
    }).observe(document.body, { attributes: true, attributeFilter: ['data-state'], subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

/** One row of `dc-backends`' results (see src/islands/demos/backends.ts). */
interface BackendRow {
  name: string;
  createMs: number;
  firstRunMs: number;
  perBatch: Record<string, { p50: number; p95: number; min: number; max: number; runs: number }>;
}

export interface DemoResult {
  /** Time from the forward-pass demo being visible to its first result, cold and warm cache. */
  forward: { cold: RunSummary; warm: RunSummary };
  /** Same for the decision-boundary demo, scrolled into view after the first demo finished. */
  boundary: { cold: RunSummary; warm: RunSummary };
  /** Bytes the demos page transferred until the first demo's result, cold and warm. */
  bytes: { cold: Bytes; warm: Bytes };
  /** Per backend (and the TypeScript baseline): session creation, first run, per-batch p50 (medians over runs). */
  backends: {
    name: string;
    createMs: RunSummary;
    firstRunMs: RunSummary;
    batches: Record<string, { p50: RunSummary; p95: RunSummary }>;
  }[];
}

async function demoTimes(page: Page): Promise<DemoTimes> {
  return (await page.evaluate(() => (window as Window & { __demos?: DemoTimes }).__demos))!;
}

async function firstResults(page: Page, server: StaticServer, sizes: TransferSizes) {
  await until(async () => (await demoState(page, '#demo-forward')) === 'done', 'the forward-pass demo');
  await networkQuiet(server, 300);
  const bytes = sizes.tally(server.log);
  await page.locator('#demo-boundary').scrollIntoViewIfNeeded();
  await until(async () => (await demoState(page, '#demo-boundary')) === 'done', 'the decision-boundary demo');
  const t = await demoTimes(page);
  const forward = (t.done['demo-forward'] ?? Number.NaN) - (t.visible['demo-forward'] ?? Number.NaN);
  const boundary = (t.done['demo-boundary'] ?? Number.NaN) - (t.visible['demo-boundary'] ?? Number.NaN);
  return { forward, boundary, bytes };
}

/**
 * Per run, in a fresh profile: open the demos page (cold), time the first two demos, run the
 * backends measurement and read its results; then reload (warm cache) and time again.
 */
export async function benchDemos(
  server: StaticServer,
  sizes: TransferSizes,
  runs: number,
  log: Log,
): Promise<DemoResult> {
  const forward = { cold: [] as number[], warm: [] as number[] };
  const boundary = { cold: [] as number[], warm: [] as number[] };
  const bytes = { cold: [] as Bytes[], warm: [] as Bytes[] };
  const rows: BackendRow[][] = [];
  for (let i = 0; i < runs; i++) {
    log(`demos: run ${i + 1}/${runs}`);
    const { page, close } = await newProfile();
    try {
      await page.addInitScript(installDemoTimer);
      server.reset();
      await page.goto(`${server.url}/demos/`, { waitUntil: 'load' });
      const cold = await firstResults(page, server, sizes);
      forward.cold.push(cold.forward);
      boundary.cold.push(cold.boundary);
      bytes.cold.push(cold.bytes);
      await page.getByRole('button', { name: '开始测量' }).click();
      await until(
        async () => (await demoState(page, '#demo-backends')) === 'done',
        'the backends demo',
        180_000,
      );
      rows.push(
        await page.evaluate(
          () => (document.querySelector('#demo-backends') as HTMLElement & { results: BackendRow[] }).results,
        ),
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      server.reset();
      await page.reload({ waitUntil: 'load' });
      const warm = await firstResults(page, server, sizes);
      forward.warm.push(warm.forward);
      boundary.warm.push(warm.boundary);
      bytes.warm.push(warm.bytes);
    } finally {
      await close();
    }
  }
  const names = [...new Set(rows.flat().map((r) => r.name))];
  const backends = names.map((name) => {
    const mine = rows.flat().filter((r) => r.name === name);
    const batchSizes = Object.keys(mine[0]?.perBatch ?? {});
    return {
      name,
      createMs: summarizeRuns(mine.map((r) => r.createMs)),
      firstRunMs: summarizeRuns(mine.map((r) => r.firstRunMs)),
      batches: Object.fromEntries(
        batchSizes.map((b) => [
          b,
          {
            p50: summarizeRuns(mine.map((r) => r.perBatch[b]?.p50 ?? Number.NaN)),
            p95: summarizeRuns(mine.map((r) => r.perBatch[b]?.p95 ?? Number.NaN)),
          },
        ]),
      ),
    };
  });
  return {
    forward: { cold: summarizeRuns(forward.cold), warm: summarizeRuns(forward.warm) },
    boundary: { cold: summarizeRuns(boundary.cold), warm: summarizeRuns(boundary.warm) },
    bytes: { cold: medianBytes(bytes.cold), warm: medianBytes(bytes.warm) },
    backends,
  };
}
