/**
 * Issue 20 in real Chromium against the built site: the first screen answers a question (the
 * right FAQ entry visible without scrolling at 1280×720 and 390×844, with its question and its
 * one-sentence answer from the start), pages found by name, and a clear empty state for input
 * with nothing to search, for question words only (pointing to the FAQ index) and for long or
 * hostile input — never an exception (the fixture fails a test on any console error).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../tools/site-build.ts';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';
import { SEARCH_INPUT, searchSettled } from '../support/search.ts';

const wait = { timeout: APP_READY_MS };

/** An FAQ entry's one-sentence answer, from its frontmatter (`summary`). */
function faqAnswer(id: string): string {
  const text = readFileSync(join(ROOT, 'content/faq', `${id}.md`), 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return (parse(front) as { summary: string }).summary;
}

async function searchFor(page: Page, url: string, query: string): Promise<void> {
  await page.goto(url);
  await page.locator('dc-search.ready').waitFor({ state: 'attached', ...wait });
  await page.keyboard.press('/');
  await page.locator(SEARCH_INPUT).waitFor({ state: 'visible', ...wait });
  await page.locator(SEARCH_INPUT).fill(query, wait);
  await searchSettled(page, query);
}

/** Question queries of the dev set and the FAQ entry that answers each. */
const QUESTIONS: [string, string][] = [
  ['没有显卡能学深度学习吗', 'learn-without-gpu'],
  ['PUE 1.5 高不高', 'what-is-pue'],
  ['RDMA 是什么', 'infiniband-roce'],
  ['转行做AI需要学历吗', 'no-degree'],
];

describe('the first screen answers a question', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test.for(QUESTIONS)(
      `at ${viewport.width}×${viewport.height}, “%s” shows its FAQ entry with the answer, unscrolled`,
      async ([query, id], { open, site }) => {
        const { page } = await open({ viewport });
        await searchFor(page, `${site.url}/`, query);
        const hit = page.locator(`[data-search-results] a[data-result-url="/faq/${id}/"]`);
        await hit.waitFor(wait);
        const shown = await hit.evaluate((a) => {
          const box = a.getBoundingClientRect();
          const list = a.closest('[data-search-results]')!.getBoundingClientRect();
          const excerpt = a.querySelector<HTMLElement>('.hit-excerpt')!;
          const lines = Math.round(
            excerpt.getBoundingClientRect().height / parseFloat(getComputedStyle(excerpt).lineHeight),
          );
          return {
            inWindow: box.top >= 0 && box.bottom <= window.innerHeight,
            inList: box.top >= list.top && box.bottom <= list.bottom,
            title: a.querySelector('.hit-title')?.textContent ?? '',
            excerpt: excerpt.textContent ?? '',
            lines,
          };
        });
        expect(shown.inWindow, 'inside the window').toBe(true);
        expect(shown.inList, 'not scrolled out of the result list').toBe(true);
        expect(shown.title).toMatch(/[？?]/);
        // The answer from its first words, not a fragment from the middle of a sentence.
        const answer = faqAnswer(id);
        expect(shown.excerpt.startsWith(answer.slice(0, 12)), `${shown.excerpt} / ${answer}`).toBe(true);
        expect(shown.lines).toBeGreaterThanOrEqual(2);
      },
    );
  }
});

describe('pages found by their name', () => {
  test.for([
    ['训练场', '/playground/'],
    ['学习计划', '/plan/'],
    ['核实说明', '/references/notes/'],
  ])('“%s” puts %s first', async ([query, url], { page, site }) => {
    await searchFor(page, `${site.url}/faq/`, query);
    const first = await page
      .locator('[data-search-results] a[data-result-url]')
      .first()
      .getAttribute('data-result-url');
    expect(first).toBe(url);
  });
});

describe('bad input gets a clear empty state', () => {
  test.for([
    ['punctuation only', '？？！！……，。'],
    ['emoji only', '😀🎉🚀'],
    ['markup only', '<b></b><br><img src=x>'],
    ['stopwords only', '的了是'],
  ])('%s: says there is nothing to search', async ([, query], { page, site }) => {
    await searchFor(page, `${site.url}/`, query);
    const empty = page.locator('[data-search-empty]');
    await expect.poll(() => empty.isVisible(), wait).toBe(true);
    expect(await empty.locator('.search-empty-text').textContent()).toContain('没有可以搜索的词');
    expect(await empty.locator('.search-empty-hint').textContent()).toContain('例如');
    expect(await page.locator('.search-status').textContent()).toBe('没有找到结果');
  });

  test.for(['怎么', '什么？', '怎么办呢', 'how'])(
    'question words only (%s): suggests the FAQ index',
    async (query, { page, site }) => {
      await searchFor(page, `${site.url}/`, query);
      const empty = page.locator('[data-search-empty]');
      await expect.poll(() => empty.isVisible(), wait).toBe(true);
      expect(await empty.locator('.search-empty-text').textContent()).toContain('疑问词');
      const link = empty.locator('.search-empty-faq-index a');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe('/faq/');
      await link.click();
      await page.waitForURL(/\/faq\/$/, wait);
    },
  );

  test('a question of 200+ characters is searched (its first words), never an exception', async ({
    page,
    site,
  }) => {
    const query = `我想知道${'数据中心的能耗和液冷'.repeat(25)}是怎么回事？`;
    expect(query.length).toBeGreaterThan(200);
    await searchFor(page, `${site.url}/`, query);
    const results = await page.locator('[data-search-results] a[data-result-url]').count();
    const empty = await page.locator('[data-search-empty]').isVisible();
    expect(results > 0 || empty).toBe(true);
    expect(await page.locator('.search-status').textContent()).toMatch(/找到|没有/);
  });

  test('markup around words is searched as its words and shown as text', async ({ page, site }) => {
    await searchFor(page, `${site.url}/`, '<img src=x onerror="window.__pwned=1">液冷</img>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-search-results] a[data-result-url]').count()).toBeGreaterThan(0);
    expect(await page.locator('dc-search dialog img').count()).toBe(0);
  });
});
