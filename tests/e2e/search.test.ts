/**
 * The search UI (`<dc-search>`) in real Chromium against the built site: how it opens and what
 * loads when, IME composition, keyboard only, results with marked words and heading
 * sub-results, type chips, the empty state, bad input, a failing index with retry, 375 px,
 * dark mode, axe in the open dialog, and the marked words on the page a result opens.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';
import { SEARCH_INPUT, searchSettled } from '../support/search.ts';
import { axeViolations } from '../support/axe.ts';

const wait = { timeout: APP_READY_MS };

const INPUT = SEARCH_INPUT;

async function openSearch(page: Page, how: 'button' | 'slash' | 'ctrl-k' = 'slash'): Promise<void> {
  if (how === 'button') await page.locator('dc-search button.search-trigger').click(wait);
  else await page.keyboard.press(how === 'slash' ? '/' : 'Control+k');
  await page.locator(INPUT).waitFor({ state: 'visible', ...wait });
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), wait).toBe('dc-search-input');
}

/** Fills the input (one input event, as a committed IME word) and waits for its results. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator(INPUT).fill(query, wait);
  await searchSettled(page, query);
}

async function resultUrls(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] a[data-result-url]', (links) =>
    links.map((a) => a.getAttribute('data-result-url') ?? ''),
  );
}

async function marks(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} mark`).allTextContents();
}

describe('search opens and loads late', () => {
  test.for(['button', 'slash', 'ctrl-k'] as const)(
    'opens by %s; nothing of Pagefind loads before',
    async (how, { open, site }) => {
      const { page, requests } = await open();
      await page.goto(`${site.url}/faq/`, { waitUntil: 'networkidle' });
      expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
      await openSearch(page, how);
      await expect.poll(() => page.getAttribute('dc-search', 'data-state'), wait).toBe('ready');
      expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
      expect(await page.getByRole('searchbox', { name: '搜索' }).count()).toBe(1);
    },
  );

  test.for([
    ['能耗', '/faq/dc-energy-reduction/'],
    ['InfiniBand', '/faq/infiniband-roce/'],
    // The article's erratum on cross-entropy with −1 labels: the demo-results FAQ explains the
    // loss in full (Keras's logit path), the errata overview only lists it.
    ['交叉熵', '/faq/demo-results-differ/'],
  ])('“%s” puts %s first', async ([query, expected], { page, site }) => {
    await page.goto(`${site.url}/`);
    await openSearch(page);
    await search(page, query);
    expect((await resultUrls(page))[0]).toBe(expected);
  });
});

describe('input', () => {
  test('does not search while an IME composes, and searches the committed word', async ({ open, site }) => {
    const { page, context } = await open();
    await page.goto(`${site.url}/`);
    await openSearch(page);
    await expect.poll(() => page.getAttribute('dc-search', 'data-state'), wait).toBe('ready');
    // Record every state and query the element goes through.
    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('dc-search')!;
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() =>
        seen.push(`${host.dataset['state']}:${host.dataset['query'] ?? ''}`),
      ).observe(host, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
    });
    const cdp = await context.newCDPSession(page);
    for (const text of ['n', 'ne', 'neng', 'neng h', 'neng hao']) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    expect(await page.inputValue(INPUT)).toBe('neng hao');
    // The composition has gone through several input events; give a debounce's worth of time.
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    await cdp.send('Input.insertText', { text: '能耗' }); // the IME commits: compositionend
    await searchSettled(page, '能耗');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.some((s) => s.includes('neng'))).toBe(false);
    expect(seen.at(-1)).toBe('done:能耗');
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
  });

  test.for([
    ['a 1,000-character query', '数据中心能耗'.repeat(166) + 'GPU!'],
    ['punctuation only', '？？？！！！……'],
    ['emoji only', '😀🎉🚀'],
    ['markup', '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'],
    ['a pasted URL', 'https://example.com/faq/what-is-pue/?utm=1#x'],
    ['full-width letters', 'ＰＵＥ'],
    ['mixed case', 'iNfInIbAnD'],
  ])('takes %s without error, freeze or executed markup', async ([, query], { page, site }) => {
    await page.goto(`${site.url}/`);
    await openSearch(page);
    await search(page, query);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('dc-search dialog img, [data-search-results] script').count()).toBe(0);
    const urls = await resultUrls(page);
    const empty = await page.locator('[data-search-empty]').isVisible();
    // Either results or the empty state, never neither.
    expect(urls.length > 0 || empty).toBe(true);
    expect(await page.locator('.search-status').textContent()).toMatch(/找到|没有/);
    // The page still responds.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });

  test('finds the same pages for ＰＵＥ, PUE and pue', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    await openSearch(page);
    const lists: string[][] = [];
    for (const q of ['ＰＵＥ', 'PUE', 'pue']) {
      await search(page, q);
      lists.push(await resultUrls(page));
    }
    expect(lists[0].length).toBeGreaterThan(0);
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
  });

  test('reopens with the last query selected, so typing replaces it', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    await openSearch(page);
    await search(page, '能耗');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dc-search dialog[open]').count(), wait).toBe(0);
    await openSearch(page);
    const selection = await page.$eval(INPUT, (i) => [
      (i as HTMLInputElement).selectionStart,
      (i as HTMLInputElement).selectionEnd,
    ]);
    expect(selection).toEqual([0, 2]);
    await page.keyboard.insertText('液冷');
    await searchSettled(page, '液冷');
  });
});

describe('results', () => {
  test('marks whole words in results and on the page a result opens', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/careers/`);
    await openSearch(page);
    await search(page, '能耗');
    const inResults = await marks(page, '[data-search-results]');
    expect(inResults.length).toBeGreaterThan(0);
    // 能耗 as one word: never 能 or 耗 on their own (能够, 能力, 智能 stay unmarked). Its synonyms
    // (耗电, 用电 … from content/search/synonyms.yaml) are marked too, as whole words.
    expect(inResults).toContain('能耗');
    expect(inResults.filter((m) => [...m].length < 2)).toEqual([]);
    const first = page.locator('[data-search-results] a[data-result-url]').first();
    expect(await first.getAttribute('href')).toMatch(/\?highlight=%E8%83%BD%E8%80%97/);
    await Promise.all([page.waitForURL(/highlight=/, wait), first.click()]);
    await expect
      .poll(() => page.locator('[data-pagefind-body] mark.search-highlight').count(), wait)
      .toBeGreaterThan(0);
    const onPage = await marks(page, '[data-pagefind-body]');
    expect(onPage).toContain('能耗');
    expect(onPage.filter((m) => [...m].length < 2)).toEqual([]);
  });

  test('shows heading sub-results that link to an existing anchor of their page', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    await openSearch(page);
    // The demos page's heading 前向传播 (a page whose fragment is loaded).
    await search(page, '前向传播');
    const sub = page.locator('[data-search-results] a[data-sub-result-url]').first();
    await sub.waitFor(wait);
    const url = (await sub.getAttribute('data-sub-result-url')) ?? '';
    expect(url).toMatch(/^\/[^?]*#.+/);
    expect(await sub.textContent()).not.toContain('#');
    await Promise.all([page.waitForURL(/#/, wait), sub.click()]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  test('shows at least four results without scrolling on a 1280×720 screen', async ({ open, site }) => {
    const { page } = await open({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.url}/`);
    await openSearch(page);
    await search(page, '网络');
    const visible = await page.$$eval(
      '[data-search-results] a[data-result-url]',
      (links) =>
        links.filter((a) => {
          const r = a.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }).length,
    );
    expect(visible).toBeGreaterThanOrEqual(4);
  });

  test('filters by type with chips that count this query’s results', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    await openSearch(page);
    await search(page, '网络');
    const chips = page.locator('.search-types .chip');
    await chips.first().waitFor(wait);
    const count = async (name: string) =>
      Number(await page.locator(`.search-types .chip[data-type="${name}"] .chip-count`).textContent());
    const all = await count('');
    const types = await chips.evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset['type'] ?? ''));
    let sum = 0;
    for (const t of types.filter(Boolean)) sum += await count(t);
    expect(sum).toBe(all);
    expect(await page.locator('.search-status').textContent()).toContain(`找到 ${all} 个结果`);

    await page.locator('.search-types .chip[data-type="职业"]').click();
    await expect
      .poll(() => page.getAttribute('.search-types .chip[data-type="职业"]', 'aria-pressed'), wait)
      .toBe('true');
    await searchSettled(page, '网络');
    const careers = await resultUrls(page);
    const inType = await count('职业');
    // Four at first (each a fragment to download, see search-bytes.test.ts); the rest on request.
    expect(careers.length).toBe(Math.min(4, inType));
    expect(careers.every((u) => u.startsWith('/careers/'))).toBe(true);
    const more = page.locator('dc-search .search-more');
    expect(await more.isVisible()).toBe(inType > 4);
    if (inType > 4) {
      await more.click(wait);
      await expect.poll(async () => (await resultUrls(page)).length, wait).toBe(Math.min(20, inType));
      const after = await resultUrls(page);
      // The first four stay in place, the others follow; the focus moves to the first new one.
      expect(after.slice(0, 4)).toEqual(careers);
      expect(after.every((u) => u.startsWith('/careers/'))).toBe(true);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-result-url')), wait)
        .toBe(after[4]);
      expect(await more.isVisible()).toBe(false);
    }

    // A narrow query: the counts are this query's, not the site's.
    await search(page, '交叉熵');
    await page.locator('.search-types .chip[data-type=""]').click();
    await searchSettled(page, '交叉熵');
    const narrow = await count('');
    expect(narrow).toBeLessThan(10);
    expect((await resultUrls(page)).length).toBe(Math.min(4, narrow));
    expect(await more.isVisible()).toBe(narrow > 4);
    if (narrow > 4) {
      await more.click(wait);
      await expect.poll(async () => (await resultUrls(page)).length, wait).toBe(narrow);
    }
  });

  test('offers the closest FAQ questions and fewer words when nothing is found', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    await openSearch(page);
    // Words the site never uses (the other empty states: search-answers.test.ts).
    await search(page, '饕餮');
    const empty = page.locator('[data-search-empty]');
    await expect.poll(() => empty.isVisible(), wait).toBe(true);
    expect(await empty.textContent()).toContain('更少');
    await expect.poll(() => empty.locator('.search-empty-faq a[href^="/faq/"]').count(), wait).toBe(3);
    expect(await empty.locator('.search-empty-faq-index').isVisible()).toBe(false);
    expect(await page.locator('.search-status').textContent()).toBe('没有找到结果');
    expect(await resultUrls(page)).toEqual([]);
  });
});

describe('keyboard only', () => {
  test('moves with ↑/↓, opens with Enter, closes with Esc', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/careers/`);
    await openSearch(page, 'ctrl-k');
    await page.keyboard.insertText('集群');
    await searchSettled(page, '集群');
    const links = await page.$$eval('[data-search-results] a[href]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('dc-search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dc-search dialog[open]').count(), wait).toBe(0);
    // Focus goes back where it was (the page, as search was opened by Ctrl-K), not into the closed dialog.
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('dialog'))), wait)
      .toBe(false);
    await page.keyboard.press('/');
    await page.locator(INPUT).waitFor(wait);
    await page.keyboard.press('ArrowDown');
    const href = (await focused()) ?? '';
    expect(href).toMatch(/^\/(careers|faq|article|references)\/.*\?highlight=/);
    // The result's own address, query included: the page search was opened on is /careers/ too.
    await Promise.all([
      page.waitForURL((u) => u.href === new URL(href, u).href, wait),
      page.keyboard.press('Enter'),
    ]);
  });

  test('opens the first result with Enter in the input', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    await openSearch(page);
    await search(page, 'InfiniBand');
    const first = (await resultUrls(page))[0] ?? '';
    await Promise.all([page.waitForURL((u) => u.pathname === first, wait), page.keyboard.press('Enter')]);
  });
});

describe('index failure', () => {
  test('says the index failed, keeps the page working, and retries', async ({ open, site }) => {
    const { page, allowErrors, requests } = await open();
    allowErrors(/Failed to load|pagefind/); // the index requests, aborted on purpose
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site.url}/faq/`);
    await openSearch(page);
    await page.keyboard.insertText('能耗');
    await expect.poll(() => page.getAttribute('dc-search', 'data-state'), wait).toBe('error');
    const alert = page.locator('dc-search .search-error');
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain('加载失败');
    expect(await resultUrls(page)).toEqual([]);
    // Retry while the network still fails: a new attempt, the same message, no freeze.
    const attempts = () => requests.filter((u) => u.includes('/pagefind/pagefind.js')).length;
    const before = attempts();
    await page.getByRole('button', { name: '重试' }).click(wait);
    await expect.poll(attempts, wait).toBeGreaterThan(before);
    await expect.poll(() => page.getAttribute('dc-search', 'data-state'), wait).toBe('error');
    // The rest of the page works: close, theme toggle.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dc-search dialog[open]').count(), wait).toBe(0);
    await page.getByRole('button', { name: '切换到深色模式' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    // The network is back: opening again loads the index and searches the query still in the box.
    await page.unroute('**/pagefind/**');
    await openSearch(page);
    await searchSettled(page, '能耗');
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
    expect(await alert.isVisible()).toBe(false);
  });
});

describe('look and accessibility', () => {
  /** Relative luminance of a computed `rgb(…)` colour. */
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  test.for(['light', 'dark'] as const)(
    'the open dialog follows the %s theme and axe finds nothing',
    async (theme, { open, site }) => {
      const { page } = await open({ colorScheme: theme });
      await page.goto(`${site.url}/`);
      await openSearch(page);
      await search(page, '网络');
      const colours = await page.$eval('dc-search dialog', (d) => {
        const s = getComputedStyle(d);
        return { bg: s.backgroundColor, fg: getComputedStyle(d.querySelector('input')!).color };
      });
      if (theme === 'dark') expect(luminance(colours.bg)).toBeLessThan(0.2);
      else expect(luminance(colours.bg)).toBeGreaterThan(0.8);
      expect(Math.abs(luminance(colours.fg) - luminance(colours.bg))).toBeGreaterThan(0.5);
      const violations = await axeViolations(page, { selector: 'dc-search dialog' });
      expect(violations).toEqual([]);
    },
  );

  test('fits a 375 px screen with the type chips closed', async ({ open, site }) => {
    const { page } = await open({ viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.url}/faq/`);
    await page.locator('dc-search button.search-trigger').tap(wait);
    await page.locator(INPUT).waitFor(wait);
    await search(page, '数据中心');
    const box = (await page.locator('dc-search dialog').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.locator('.search-types').getAttribute('open')).toBeNull();
    expect(await page.locator('.search-types .chip').first().isVisible()).toBe(false);
    expect(await page.locator('[data-search-results] a[data-result-url]').first().isVisible()).toBe(true);
    await page.locator('.search-types summary').tap();
    expect(await page.locator('.search-types .chip').first().isVisible()).toBe(true);
    // One close control.
    expect(await page.locator('dc-search dialog button.search-close').count()).toBe(1);
    await page.locator('dc-search dialog button.search-close').tap();
    await expect.poll(() => page.locator('dc-search dialog[open]').count(), wait).toBe(0);
  });
});

describe('built HTML', () => {
  test('has no <meta> inside <body> (the type filter is valid HTML)', ({ siteDir }) => {
    const dir = siteDir;
    const offenders: string[] = [];
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.html')) continue;
      const body = parse(readFileSync(join(dir, file), 'utf8')).querySelector('body');
      const count = body?.querySelectorAll('meta').length ?? 0;
      if (count > 0) offenders.push(`${file}: ${count}`);
    }
    expect(offenders).toEqual([]);
  });
});
