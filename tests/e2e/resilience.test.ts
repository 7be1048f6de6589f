/**
 * Degrading gracefully: without JavaScript, with the search bundle failing or slow, and
 * walking the site by keyboard alone. Every browser test runs under the site's CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, type Site } from '../support/e2e.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('without JavaScript', () => {
  it('every page type is readable and navigable; demos show their explanation and a figure; search says it needs JS', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    for (const path of [
      '/',
      '/article/',
      '/faq/',
      '/faq/dc-energy-reduction/',
      '/careers/',
      '/careers/hpc-administrator/',
      '/references/',
      '/demos/',
    ]) {
      await page.goto(`${site.url}${path}`);
      expect((await page.locator('h1').textContent())?.trim(), path).toBeTruthy();
      expect(await page.locator('nav[aria-label="主导航"] a').count(), path).toBe(5);
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
    await page.waitForURL(`${site.url}/careers/`);
  });
});

describe('search when the index is unavailable', () => {
  it('says so when the search bundle cannot load, and the page keeps working', async () => {
    const { page, errors } = await site.open();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site.url}/faq/`);
    await page.keyboard.press('/');
    const status = page.locator('dc-search .search-error');
    await expect.poll(() => status.textContent()).toContain('加载失败');
    expect(await status.isVisible()).toBe(true);
    // The rest of the page works: theme toggle, links.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByRole('link', { name: '参考文献', exact: true }).first().click();
    await page.waitForURL(/\/references\/$/);
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });

  it('opens at once and shows a loading state while the search bundle is slow, then is ready', async () => {
    const { page } = await site.open();
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: /搜索/ }).click();
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getAttribute('dc-search', 'data-state')).toBe('loading');
    expect(await page.locator('dc-search .search-status').textContent()).toContain('正在加载');
    await expect.poll(() => page.getAttribute('dc-search', 'data-state'), { timeout: 10_000 }).toBe('ready');
  });

  it('reports a failing index inside the open dialog without uncaught errors', async () => {
    const { page, errors } = await site.open();
    await page.route(/\/pagefind\/(index|fragment|filter|wasm|pagefind\.js|pagefind-entry)/, (route) =>
      route.abort(),
    );
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor();
    await page.keyboard.type('能耗');
    await expect.poll(() => page.getAttribute('dc-search', 'data-state')).toBe('error');
    expect(await page.locator('[data-search-results] a[data-result-url]').count()).toBe(0);
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dc-search dialog[open]').count()).toBe(0);
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
  it('walks skip link, header navigation, search, a demo and a career checklist item', async () => {
    const { page, errors } = await site.open();
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
    await Promise.all([page.waitForURL(`${site.url}/demos/`), page.keyboard.press('Enter')]);
    // A demo by arrow keys: focus the unit square and move the point.
    await expect.poll(() => page.locator('#demo-forward').getAttribute('data-state')).toBe('done');
    await tabTo(page, `document.activeElement?.matches('#demo-forward [data-square]')`);
    expect(await focusVisible(page)).toBe(true);
    const before = await page.locator('#demo-forward').getAttribute('data-y');
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => page.locator('#demo-forward').getAttribute('data-y')).not.toBe(before);
    // Search: open with /, type Chinese, move to a result, open it; Escape closes.
    await page.keyboard.press('/');
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor();
    await page.keyboard.type('集群');
    await page.locator('dc-search[data-state="done"][data-query="集群"]').waitFor();
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/(careers|faq)\//);
    await Promise.all([
      page.waitForURL((u) => u.pathname === href!.split('?')[0]),
      page.keyboard.press('Enter'),
    ]);
    await page.keyboard.press('/');
    await page.locator('dc-search dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dc-search dialog[open]').count()).toBe(0);
    // A career checklist item: reach its status control and change it.
    await page.goto(`${site.url}/careers/mlops-engineer/`);
    await tabTo(page, `document.activeElement?.tagName === 'SELECT'`, 80);
    expect(await focusVisible(page)).toBe(true);
    const label = await page.evaluate(
      () => (document.activeElement as HTMLSelectElement).getAttribute('aria-label') ?? '',
    );
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value))
      .not.toBe('not-started');
    const progress = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes('mlops-engineer'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(progress.join('')).toMatch(/learning|mastered|skipped/);
    expect(label).toBeTruthy();
    expect(errors).toEqual([]);
  });
});
