/**
 * The China content (issue 18) in Chromium against the built site: search finds the pages for
 * the new terms and their synonyms (昇腾, 软考, 电工证, 等保, 东数西算 …), the "我现在是…" picker
 * shows domestic-stack skills for 网络运维 and 系统运维, and a career page's China section and a
 * new FAQ entry fit 375px and are axe-clean in both themes.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { APP_READY_MS, expect, test, type Site } from '../support/fixtures.ts';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { evaluate, siteHasSearchUi, type EvalQuery } from '../search-eval/evaluate.ts';

/** Queries for the China terms: each must find one of its pages among the first three results. */
const QUERIES: EvalQuery[] = [
  ['昇腾', ['/faq/domestic-compute-stack/', '/careers/ai-infrastructure-engineer/']],
  ['Ascend', ['/faq/domestic-compute-stack/', '/careers/ai-infrastructure-engineer/']],
  ['910B', ['/faq/domestic-compute-stack/', '/careers/ai-infrastructure-engineer/']],
  ['软考', ['/faq/china-credentials/']],
  ['电工证', ['/faq/electrician-certificate/', '/faq/china-credentials/']],
  ['特种作业操作证', ['/faq/electrician-certificate/', '/faq/china-credentials/']],
  ['等保', ['/faq/china-standards-laws/']],
  ['等级保护', ['/faq/china-standards-laws/']],
  ['东数西算', ['/faq/east-data-west-computing/']],
  ['算力枢纽', ['/faq/east-data-west-computing/']],
  ['智算中心', ['/faq/east-data-west-computing/', '/faq/domestic-compute-stack/']],
].map(([query, expect]) => ({
  query: query as string,
  kind: 'term' as const,
  expect: expect as string[],
  reason: 'China terms (issue 18)',
}));

describe('China content', () => {
  test(
    'search finds the China pages for the new terms and their synonyms',
    { timeout: 300_000 },
    async ({ site, page, siteDir }: { site: Site; page: Page; siteDir: string }) => {
      const report = await evaluate(page, site.url, QUERIES, siteHasSearchUi(siteDir) ? 'ui' : 'engine');
      const misses = report.outcomes
        .filter((o) => o.rank < 1 || o.rank > 3)
        .map((o) => `${o.query.query} → ${o.urls.slice(0, 3).join(', ') || 'no result'}`);
      expect(misses).toEqual([]);
    },
  );

  test('the picker shows domestic-stack skills among the gaps for 网络运维 and 系统运维', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}/`);
    const picker = page.getByRole('region', { name: '我现在是…' });
    const results = page.locator('dc-role-picker .picker-results > li');
    for (const [start, skill] of [
      ['网络运维', '昇腾集群参数面网络'],
      ['系统运维 / SRE', 'Kubernetes 上的昇腾 NPU 调度'],
    ] as const) {
      await picker.getByLabel('当前角色').selectOption({ label: start });
      // The results as a whole (first ones shown, the rest behind 显示全部) name the skill.
      await expect
        .poll(async () => (await results.allTextContents()).join('\n'), { timeout: APP_READY_MS })
        .toContain(skill);
    }
  });

  test.for([
    ['light', 375],
    ['dark', 375],
    ['light', 1280],
    ['dark', 1280],
  ] as const)(
    'a career page’s China section and a China FAQ fit the width and are axe-clean (%s, %ipx)',
    async ([colorScheme, width], { open, site }) => {
      const { page } = await open({ colorScheme, viewport: { width, height: 900 } });
      for (const path of ['/careers/dc-facilities-engineer/', '/careers/ai-infrastructure-engineer/']) {
        await page.goto(site.url + path);
        const section = page.locator('section.china');
        await expect.poll(() => section.isVisible(), { timeout: APP_READY_MS }).toBe(true);
        // Nothing inside the section is wider than the section itself.
        expect(await section.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page, { selector: 'section.china', tags: WCAG_TAGS })).toEqual([]);
      }
      await page.goto(`${site.url}/faq/east-data-west-computing/`);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(await axeViolations(page, { tags: WCAG_TAGS })).toEqual([]);
    },
  );
});
