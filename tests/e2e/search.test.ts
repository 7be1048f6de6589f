/**
 * Search in real Chromium: opened by keyboard, Chinese queries return the expected first
 * result, the type filter narrows results, a result opens with the query highlighted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, type Site } from '../support/e2e.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** Result links in the open search dialog, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('pagefind-modal .pf-result-link', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

async function openAndType(page: Page, query: string, opener: 'slash' | 'ctrl-k' = 'slash') {
  if (opener === 'slash') await page.keyboard.press('/');
  else await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal dialog[open] input[type="search"]');
  await input.waitFor({ state: 'visible' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await page.keyboard.type(query);
  await page.locator('pagefind-modal .pf-result-link').first().waitFor();
  // Results settle after the debounce; wait until two reads agree.
  let before = '';
  await expect
    .poll(async () => {
      const now = (await resultPaths(page)).join(' ');
      const stable = now === before;
      before = now;
      return stable;
    })
    .toBe(true);
}

describe('search', () => {
  it.each([
    ['能耗', '/faq/dc-energy-reduction/'],
    ['InfiniBand', '/faq/infiniband-roce/'],
    // The errata overview explains the cross-entropy label error; source lists are no longer indexed.
    ['交叉熵', '/faq/seed-errata-overview/'],
  ])('“%s” by keyboard puts %s first', async (query, expected) => {
    const { page, errors, external } = await site.open();
    await page.goto(`${site.url}/`);
    await openAndType(page, query);
    expect((await resultPaths(page))[0]).toBe(expected);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('finds a two-character query inside a longer word (程师 in 工程师, 据中 in 数据中心)', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/faq/`);
    await openAndType(page, '程师', 'ctrl-k');
    expect((await resultPaths(page)).some((p) => p.startsWith('/careers/'))).toBe(true);
    await page.keyboard.press('Escape');
    await openAndType(page, '据中');
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
  });

  it('shows headings as sub-results that link to their anchors (反向传播 in the article)', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/`);
    await openAndType(page, '反向传播');
    const chips = page.locator('pagefind-modal .pf-heading-link');
    await chips.first().waitFor();
    const first = (await chips.first().textContent())?.trim() ?? '';
    expect(first).toMatch(/^\d+\.\d+ /);
    expect(first).not.toContain('#');
    const href = (await chips.first().getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/article\/\?highlight=.*#\d/);
    await Promise.all([page.waitForURL(/\/article\//), chips.first().click()]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  it('narrows results with the type filter', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/`);
    await openAndType(page, '网络');
    const all = await resultPaths(page);
    expect(new Set(all.map((p) => p.split('/')[1])).size).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: /^职业/ }).check();
    await expect
      .poll(async () => {
        const filtered = await resultPaths(page);
        return filtered.length > 0 && filtered.every((p) => p.startsWith('/careers/'));
      })
      .toBe(true);
  });

  it('moves through results by keyboard, opens one with the query highlighted, and closes with Escape', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.url}/careers/`);
    await openAndType(page, '能耗');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open] input[type="search"]').waitFor();
    await page.keyboard.press('ArrowDown');
    const selected = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(selected).toMatch(/^\/faq\/dc-energy-reduction\/\?highlight=/);
    await Promise.all([page.waitForURL(/\/faq\/dc-energy-reduction\//), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('[data-pagefind-body] mark').count()).toBeGreaterThan(0);
    // Pagefind's highlighter may mark each matched character; together they spell the query.
    expect((await page.locator('[data-pagefind-body] mark').allTextContents()).join('')).toContain('能耗');
    expect(errors).toEqual([]);
  });
});
