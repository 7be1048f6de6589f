/**
 * Reading the article on a phone (375px) in real Chromium, light and dark: the contents are one
 * tap away from anywhere (a bar stuck below the header that names the section being read, its
 * list dropping over the page) and never cover what a link leads to; a heading's `#` never takes
 * a line of its own; a display formula wider than the column fades at the edge where more is
 * hidden; the source article's wrong code warns inside its block, beside its copy button, and
 * what is copied says so. Also: nothing sticks out of the column, axe clean with the list open.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { APP_READY_MS, expect, test, PHONE } from '../support/fixtures.ts';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { overflowingElements, textCoveredBy } from './layout-checks.ts';

/** The bottom of everything stuck at the top of the screen (header, contents bar). */
const stuckBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll('body *')]
        .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.top < 200)
        .map((r) => r.bottom),
    ),
  );

describe('the article on a phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`keeps the contents one tap away and never over a link's target (${colorScheme})`, async ({
      open,
      site,
    }) => {
      const { page } = await open({ viewport: PHONE, colorScheme });
      await page.goto(`${site.url}/article/`);
      const bar = page.locator('dc-toc summary');
      // Deep in the page, the bar is still on screen below the header and names the section.
      await page.evaluate(() => document.getElementById('63-推荐系统')?.scrollIntoView());
      await expect
        .poll(() => page.locator('dc-toc .toc-current').textContent(), { timeout: APP_READY_MS })
        .toContain('6.3 推荐系统');
      const box = (await bar.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThan(130);

      await bar.click();
      const list = page.locator('dc-toc ol');
      expect(await list.isVisible()).toBe(true);
      expect(
        await axeViolations(page, { selector: 'dc-toc', tags: [...WCAG_TAGS, 'best-practice'] }),
      ).toEqual([]);
      // The section being read is marked, and in view inside the list.
      const current = page.locator('dc-toc a[aria-current="true"]');
      expect(await current.textContent()).toContain('6.3 推荐系统');
      expect(await current.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await list.isVisible()).toBe(false);

      // Following a link: the heading lands below the header and the bar, not under them.
      await bar.click();
      await page.getByRole('link', { name: '5.2 源代码详细实现' }).click();
      expect(await list.isVisible()).toBe(false);
      const heading = page.locator('[id="52-源代码详细实现"]');
      await expect
        .poll(async () => (await heading.boundingBox())!.y - (await stuckBottom(page)), {
          timeout: APP_READY_MS,
        })
        .toBeGreaterThanOrEqual(0);
      await expect
        .poll(() => page.locator('dc-toc .toc-current').textContent(), { timeout: APP_READY_MS })
        .toContain('5.2 源代码详细实现');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // The demos' own panels are checked with the demos (tests/e2e/demos.test.ts).
      expect(await overflowingElements(page, '.prose', '.demo')).toEqual([]);
    });
  }

  test('never leaves a heading’s # on a line of its own', async ({ open, site }) => {
    const { page } = await open({ viewport: PHONE });
    await page.goto(`${site.url}/article/`);
    const headings = page.locator('.prose :is(h2, h3, h4):has(a.heading-anchor)');
    expect(await headings.count()).toBeGreaterThan(30);
    const alone = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.prose :is(h2, h3, h4)')].flatMap((h) => {
        const anchor = h.querySelector('a.heading-anchor');
        if (!anchor) return [];
        // The text just before the '#': its last line must be the anchor's line.
        const range = document.createRange();
        range.setStart(h, 0);
        range.setEndBefore(anchor);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const last = lines.at(-1);
        const a = anchor.getBoundingClientRect();
        return last && Math.abs(last.top - a.top) < 4 && Math.abs(last.bottom - a.bottom) < 4 ? [] : [h.id];
      }),
    );
    expect(alone).toEqual([]);
    // Some headings do wrap at 375px: the check looked at multi-line headings too.
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll('.prose :is(h2, h3)')].filter(
            (h) => h.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(h).lineHeight),
          ).length,
      ),
    ).toBeGreaterThan(0);
  });

  test('fades a wide formula at the edge where more of it is hidden, and only then', async ({
    open,
    site,
  }) => {
    const { page } = await open({ viewport: PHONE });
    await page.goto(`${site.url}/article/`);
    /** Fade widths at the start and the end of each display formula of the article text. */
    const fades = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.prose .katex-display.scroll-fade')].map((el) => {
          const style = getComputedStyle(el);
          return {
            wide: el.scrollWidth > el.clientWidth + 1,
            start: parseFloat(style.getPropertyValue('--fade-start')),
            end: parseFloat(style.getPropertyValue('--fade-end')),
          };
        }),
      );
    const before = await fades();
    expect(before.length).toBeGreaterThan(5);
    expect(before.some((f) => f.wide)).toBe(true);
    for (const f of before) {
      // At the start: nothing hidden on the left; the right edge fades only when more is there.
      expect(f.start).toBe(0);
      expect(f.end > 0).toBe(f.wide);
    }
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.prose .katex-display.scroll-fade'))
        el.scrollLeft = el.scrollWidth;
    });
    await expect
      .poll(async () => (await fades()).filter((f) => f.wide).every((f) => f.start > 0 && f.end === 0), {
        timeout: APP_READY_MS,
      })
      .toBe(true);
  });

  test('warns inside the wrong code block, beside its copy button, and copies the warning first', async ({
    open,
    site,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tracked = await open({ viewport: PHONE, colorScheme });
      const { page, context } = tracked;
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${site.url}/article/`);
      const block = page.locator('dc-code-block.code-block-wrong');
      expect(await block.count()).toBe(1);
      const warning = block.locator('.code-warning');
      expect(await warning.textContent()).toContain('这段是原文代码，有错误');
      expect(await warning.getByRole('link', { name: '标签应为 0/1，而非 1/−1' }).getAttribute('href')).toBe(
        '#erratum-labels-minus-one',
      );
      const button = block.getByRole('button', { name: /有错误/ });
      await button.waitFor({ state: 'visible', timeout: APP_READY_MS });
      expect(await button.textContent()).toBe('复制（有误）');
      // Beside the warning, in its band, over none of its words; the code is below the band.
      const [b, w, pre] = await Promise.all([
        button.boundingBox(),
        warning.boundingBox(),
        block.locator('pre').boundingBox(),
      ]);
      expect(b!.y).toBeGreaterThanOrEqual(w!.y);
      expect(b!.y + b!.height).toBeLessThanOrEqual(w!.y + w!.height);
      expect(pre!.y).toBeGreaterThanOrEqual(w!.y + w!.height - 1);
      expect(await textCoveredBy(page, '.code-block-wrong .copy-button', '.code-warning')).toEqual([]);
      expect(
        await axeViolations(page, { selector: 'dc-code-block.code-block-wrong', tags: WCAG_TAGS }),
      ).toEqual([]);

      await button.click();
      const code = (await block.locator('pre code').textContent()) ?? '';
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: APP_READY_MS })
        .toBe(
          `# 编者注：这段是原文代码，有错误（标签应为 0/1，而非 1/−1），改正见 ${site.url}/article/#erratum-labels-minus-one\n${code}`,
        );
      await expect
        .poll(() => block.getByRole('status').textContent(), { timeout: APP_READY_MS })
        .toContain('注明了这段原文代码有错误');
      // The seed's code itself is unchanged.
      expect(code).toContain('else [-1] for i in range(100)');
    }
  });
});
