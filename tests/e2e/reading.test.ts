/**
 * Reading the content in real Chromium: the KaTeX fonts are the build's subsets and draw every
 * formula glyph (no fallback font, no 404), code blocks have a working copy button, the home
 * page's 从这里开始 and the FAQ index's jump list work, and editor's notes are in body colour.
 */
import { describe } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { APP_READY_MS, expect, test, PHONE } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';

const KATEX_FONTS = join(
  dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css')),
  'fonts',
);
/** Size of KaTeX's own woff2 file of a face, by stem (`KaTeX_Main-Regular`). */
const fullSize = (stem: string) => statSync(join(KATEX_FONTS, `${stem}.woff2`)).size;
const HAN = /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u;

describe('KaTeX fonts', () => {
  test('the article loads only subset KaTeX fonts, and every formula glyph is drawn with one', async ({
    tracked,
    site,
  }) => {
    const { page } = tracked;
    const fonts: { url: string; status: number; size: number }[] = [];
    page.on('response', (response) => {
      if (!/\/KaTeX_[^/]+$/.test(new URL(response.url()).pathname)) return;
      void response.body().then(
        (body) => fonts.push({ url: response.url(), status: response.status(), size: body.length }),
        () => fonts.push({ url: response.url(), status: response.status(), size: -1 }),
      );
    });
    await page.goto(`${site.url}/article/`);
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => fonts.length, { timeout: APP_READY_MS }).toBeGreaterThanOrEqual(2);
    expect(readdirSync(KATEX_FONTS).length).toBeGreaterThan(0);
    for (const font of fonts) {
      const stem = new URL(font.url).pathname.split('/').pop()!.split('.')[0];
      expect(font.status, font.url).toBe(200);
      expect(font.size, `${font.url} is smaller than KaTeX's ${stem}`).toBeLessThan(fullSize(stem) / 2);
    }

    // What Chromium actually drew each formula's text with (a missing glyph falls back to a
    // system font): every element of the visual rendering with Latin or math text uses KaTeX.
    const cdp = await tracked.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '.katex-html span:not(:has(*))',
    });
    // One element per distinct text in a distinct class context is enough: same text, same
    // classes on the way up, same face.
    const leaves = await page.$$eval('.katex-html span:not(:has(*))', (spans) =>
      spans.map((span) => {
        const classes: string[] = [];
        for (let e: Element | null = span; e && !e.classList.contains('katex'); e = e.parentElement)
          classes.push(e.className);
        return { text: span.textContent ?? '', context: classes.join('<') };
      }),
    );
    expect(nodeIds.length).toBe(leaves.length);
    const seen = new Set<string>();
    const fallbacks: string[] = [];
    let drawn = 0;
    for (const [i, nodeId] of nodeIds.entries()) {
      const { text, context } = leaves[i];
      if (text.trim() === '' || HAN.test(text) || seen.has(`${text}|${context}`)) continue;
      seen.add(`${text}|${context}`);
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      drawn += used.length > 0 ? 1 : 0;
      const other = used.filter((f) => !f.familyName.startsWith('KaTeX_'));
      if (other.length > 0) fallbacks.push(`"${text}": ${other.map((f) => f.familyName).join(', ')}`);
    }
    expect(drawn).toBeGreaterThan(50);
    expect(fallbacks).toEqual([]);
  });
});

describe('code blocks', () => {
  test('copy with the clipboard API by click and keyboard, announce 已复制, at 14px', async ({
    tracked,
    site,
  }) => {
    const { page, context } = tracked;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${site.url}/article/`);
    // The source article's wrong code copies with a warning first (article-phone.test.ts).
    const blocks = page.locator('dc-code-block:not(.code-block-wrong)');
    expect(await blocks.count()).toBeGreaterThan(1);
    expect(
      await blocks
        .first()
        .locator('pre')
        .evaluate((pre) => getComputedStyle(pre).fontSize),
    ).toBe('14px');
    expect(
      await blocks
        .first()
        .locator('pre code')
        .evaluate((c) => getComputedStyle(c).fontSize),
    ).toBe('14px');

    const first = blocks.nth(0);
    const button = first.getByRole('button', { name: /^复制 .*代码$/ });
    await button.waitFor({ state: 'visible', timeout: APP_READY_MS });
    await button.click();
    const code = await first.locator('pre code').textContent();
    expect(code?.length).toBeGreaterThan(10);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: APP_READY_MS })
      .toBe(code);
    await expect
      .poll(() => first.getByRole('status').textContent(), { timeout: APP_READY_MS })
      .toBe('已复制');
    expect(await button.textContent()).toBe('已复制');

    const second = blocks.nth(1);
    await second.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const secondCode = await second.locator('pre code').textContent();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: APP_READY_MS })
      .toBe(secondCode);
  });

  test('falls back to a selection copy when the Clipboard API refuses', async ({ tracked, site }) => {
    const { page, context } = tracked;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.goto(`${site.url}/article/`);
    const block = page.locator('dc-code-block:not(.code-block-wrong)').nth(1);
    await block.getByRole('button').click({ timeout: APP_READY_MS });
    const code = await block.locator('pre code').textContent();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: APP_READY_MS })
      .toBe(code);
    await expect
      .poll(() => block.getByRole('status').textContent(), { timeout: APP_READY_MS })
      .toBe('已复制');
  });
});

describe('lists that read well', () => {
  test('home: 从这里开始 with the three uses at 375px, search opens from it, axe clean in dark', async ({
    open,
    site,
  }) => {
    const { page } = await open({
      viewport: PHONE,
      colorScheme: 'dark',
      hasTouch: true,
    });
    await page.goto(`${site.url}/`);
    const start = page.getByRole('region', { name: '从这里开始' });
    expect(await start.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      '规划职业方向',
      '查找一个问题或概念',
      '动手试试神经网络',
    ]);
    expect(await start.locator('.kbd-hint').isVisible()).toBe(false);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await start.getByRole('button', { name: '搜索全站' }).click({ timeout: APP_READY_MS });
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor({ timeout: APP_READY_MS });
  });

  test('FAQ index: a category jump list and bold questions larger than summaries; notes in body colour', async ({
    open,
    site,
  }) => {
    const { page } = await open({ colorScheme: 'dark' });
    await page.goto(`${site.url}/faq/`);
    const jump = page.getByRole('navigation', { name: '按类别跳转' });
    const links = jump.getByRole('link');
    const sections = await page.locator('section[aria-labelledby^="cat-"] h2').count();
    expect(await links.count()).toBe(sections);
    const last = links.last();
    const target = (await last.getAttribute('href'))!;
    await last.click();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: APP_READY_MS }).toBe(target);
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => ({
          weight: Number(getComputedStyle(el).fontWeight),
          size: parseFloat(getComputedStyle(el).fontSize),
        }));
    const question = await style('.faq-list .question');
    const summary = await style('.faq-list .summary');
    expect(question.weight).toBeGreaterThanOrEqual(700);
    expect(question.size).toBeGreaterThan(summary.size);
    expect(await axeViolations(page)).toEqual([]);

    const bodyColour = () => page.evaluate(() => getComputedStyle(document.body).color);
    await page.goto(`${site.url}/faq/dc-challenges/`);
    const note = page.locator('blockquote.editor-note');
    expect(await note.evaluate((el) => getComputedStyle(el).color)).toBe(await bodyColour());
    expect(await axeViolations(page, { selector: 'blockquote.editor-note' })).toEqual([]);
    await page.goto(`${site.url}/article/`);
    const erratum = page.locator('.erratum').first();
    expect(await erratum.evaluate((el) => getComputedStyle(el).color)).toBe(await bodyColour());
  });
});
