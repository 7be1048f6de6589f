/**
 * Degrading gracefully: without JavaScript, with the search bundle failing or slow, and
 * walking the site by keyboard alone. Every browser test runs under the site's CSP.
 */
import { describe } from 'vitest';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';
import type { Page } from 'playwright-core';
import { PAGE_OF_EACH_TYPE } from '../../tools/sample-pages.ts';
import { sections } from '../../src/lib/site.ts';

describe('without JavaScript', () => {
  test('every page type is readable and navigable; demos show their explanation and a figure; search says it needs JS', async ({
    open,
    site,
  }) => {
    const { page } = await open({ javaScriptEnabled: false });
    for (const path of PAGE_OF_EACH_TYPE) {
      await page.goto(`${site.url}${path}`);
      expect((await page.locator('h1').textContent())?.trim(), path).toBeTruthy();
      expect(await page.locator('nav[aria-label="主导航"] a').count(), path).toBe(sections.length);
      expect(await page.getByText('搜索需要启用 JavaScript').isVisible(), path).toBe(true);
      expect(await page.locator('button.search-trigger').isVisible(), path).toBe(false);
    }
    await page.goto(`${site.url}/demos/`);
    expect(await page.locator('#demo-forward .static-note').isVisible()).toBe(true);
    expect(await page.locator('#demo-forward .formulas .katex').count()).toBe(4);
    expect(await page.locator('#demo-boundary svg.boundary-figure').isVisible()).toBe(true);
    expect(await page.locator('#demo-boundary svg.boundary-figure circle').count()).toBe(100);
    expect(await page.locator('#demo-backends .static-note').isVisible()).toBe(true);
    // Links still navigate.
    await page.getByRole('link', { name: '职业', exact: true }).click();
    await page.waitForURL(`${site.url}/careers/`, { timeout: APP_READY_MS });
  });
});

describe('search when the index is unavailable', () => {
  test('says so when the search bundle cannot load, and the page keeps working', async ({ open, site }) => {
    const { page, allowErrors } = await open();
    allowErrors(/Failed to load resource/); // the search bundle, failed on purpose
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site.url}/faq/`);
    await page.keyboard.press('/');
    const status = page.locator('dc-search .search-error');
    await expect.poll(() => status.textContent(), { timeout: APP_READY_MS }).toContain('加载失败');
    expect(await status.isVisible()).toBe(true);
    // The rest of the page works: theme toggle, links.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '切换到深色模式' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByRole('link', { name: '参考文献', exact: true }).first().click();
    await page.waitForURL(/\/references\/$/, { timeout: APP_READY_MS });
  });

  test('opens at once and shows a loading state while the search bundle is slow, then is ready', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${site.url}/`);
    // The header's button (the home page has a 搜索全站 button too).
    await page.getByRole('banner').getByRole('button', { name: /搜索/ }).click();
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor({ timeout: APP_READY_MS });
    await expect
      .poll(() => page.getAttribute('dc-search', 'data-state'), { timeout: APP_READY_MS })
      .toBe('loading');
    expect(await page.locator('dc-search .search-status').textContent()).toContain('正在加载');
    await expect
      .poll(() => page.getAttribute('dc-search', 'data-state'), { timeout: APP_READY_MS })
      .toBe('ready');
  });

  test('reports a failing index inside the open dialog without uncaught errors', async ({ open, site }) => {
    const { page, allowErrors } = await open();
    // Pagefind logs the failed index to the console; only uncaught errors would be a bug.
    allowErrors(/^console: /);
    await page.route(/\/pagefind\/(index|fragment|filter|wasm|pagefind\.js|pagefind-entry)/, (route) =>
      route.abort(),
    );
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor({ timeout: APP_READY_MS });
    await page.keyboard.type('能耗');
    await expect
      .poll(() => page.getAttribute('dc-search', 'data-state'), { timeout: APP_READY_MS })
      .toBe('error');
    expect(await page.locator('[data-search-results] a[data-result-url]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('dc-search dialog[open]').count(), { timeout: APP_READY_MS })
      .toBe(0);
  });
});

/** Tab until `predicate` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, predicate: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`never focused: ${predicate}`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
}

describe('keyboard only', () => {
  test('walks skip link, header navigation, search, a demo and a career checklist item', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    // Skip link first, visible when focused, and it moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Header navigation: reach 演示 and follow it.
    await page.goto(`${site.url}/`);
    await tabTo(page, `document.activeElement?.getAttribute('href') === '/demos/'`);
    expect(await focusVisible(page)).toBe(true);
    await Promise.all([
      page.waitForURL(`${site.url}/demos/`, { timeout: APP_READY_MS }),
      page.keyboard.press('Enter'),
    ]);
    // A demo by arrow keys: focus the unit square and move the point.
    await expect
      .poll(() => page.locator('#demo-forward').getAttribute('data-state'), { timeout: APP_READY_MS })
      .toBe('done');
    await tabTo(page, `document.activeElement?.matches('#demo-forward [data-square]')`);
    expect(await focusVisible(page)).toBe(true);
    const before = await page.locator('#demo-forward').getAttribute('data-y');
    await page.keyboard.press('Shift+ArrowUp');
    await expect
      .poll(() => page.locator('#demo-forward').getAttribute('data-y'), { timeout: APP_READY_MS })
      .not.toBe(before);
    // Search: open with /, type Chinese, move to a result, open it; Escape closes.
    await page.keyboard.press('/');
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor({ timeout: APP_READY_MS });
    await page.keyboard.type('集群');
    await page.locator('dc-search[data-state="done"][data-query="集群"]').waitFor({ timeout: APP_READY_MS });
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/(careers|faq)\//);
    await Promise.all([
      page.waitForURL((u) => u.pathname === href!.split('?')[0], { timeout: APP_READY_MS }),
      page.keyboard.press('Enter'),
    ]);
    await page.keyboard.press('/');
    await page.locator('dc-search dialog[open]').waitFor({ timeout: APP_READY_MS });
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('dc-search dialog[open]').count(), { timeout: APP_READY_MS })
      .toBe(0);
    // A career checklist item: reach its status control and change it.
    await page.goto(`${site.url}/careers/mlops-engineer/`);
    await tabTo(page, `document.activeElement?.tagName === 'SELECT'`, 80);
    expect(await focusVisible(page)).toBe(true);
    const label = await page.evaluate(
      () => (document.activeElement as HTMLSelectElement).getAttribute('aria-label') ?? '',
    );
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value), {
        timeout: APP_READY_MS,
      })
      .not.toBe('not-started');
    const progress = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes('mlops-engineer'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(progress.join('')).toMatch(/learning|mastered|skipped/);
    expect(label).toBeTruthy();
  });
});
