/**
 * Content cannot inject markup: a fixture whose article title, FAQ question and reference
 * title hold <script> and <img onerror> builds into escaped text, and Pagefind's excerpts of
 * it render as text too.
 */
import { describe } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { buildSite, CONTENT_FIXTURE } from '../../tools/site-build.ts';
import { APP_READY_MS, expect, test as siteTest } from '../support/fixtures.ts';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(file, next);
};

/** The site fixture, serving the minimal content with hostile titles instead of the real site. */
const test = siteTest.extend<{ $file: { siteDir: string } }>({
  siteDir: [
    // eslint-disable-next-line no-empty-pattern -- Vitest reads dependencies from the destructured parameter.
    async ({}, use) => {
      const work = mkdtempSync(join(tmpdir(), 'injection-'));
      const content = join(work, 'content');
      cpSync(CONTENT_FIXTURE, content, { recursive: true });
      edit(join(content, 'article/sample.mdx'), 'title: 测试文章', `title: '注入标题 ${SCRIPT} ${IMG}'`);
      edit(
        join(content, 'faq/first.md'),
        'question: 第一个测试问题是什么？',
        `question: '注入问题 ${SCRIPT} ${IMG}？'`,
      );
      edit(join(content, 'references.yaml'), 'title: A Paper', `title: '注入文献 ${SCRIPT} ${IMG}'`);
      const out = join(work, 'dist');
      const result = await buildSite({ contentDir: content, outDir: out, cacheDir: join(work, 'cache') });
      if (result.code !== 0) throw new Error(result.output);
      try {
        await use(out);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    { scope: 'file' },
  ],
});

describe('content injection', () => {
  test('escapes hostile frontmatter and reference titles in the HTML', ({ siteDir }) => {
    for (const page of [
      'article/index.html',
      'faq/first/index.html',
      'faq/index.html',
      'references/index.html',
    ]) {
      const root = parse(readFileSync(join(siteDir, page), 'utf8'));
      const scripts = root.querySelectorAll('script').map((s) => s.rawText);
      expect(
        scripts.some((t) => t.includes('__pwned')),
        page,
      ).toBe(false);
      expect(root.querySelectorAll('[onerror]'), page).toHaveLength(0);
      // The hostile text is there, as text.
      expect(root.querySelector('main')?.textContent, page).toContain('<script>window.__pwned=1</script>');
    }
  });

  test('renders them as text in pages and in search excerpts, running nothing', async ({ page, site }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of ['/article/', '/faq/first/', '/references/']) {
      await page.goto(`${site.url}${path}`);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main').textContent()).toContain('<script>window.__pwned=1</script>');
    }
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.locator('dc-search dialog[open] input[type="search"]').waitFor({ timeout: APP_READY_MS });
    await page.keyboard.type('注入');
    await page.locator('dc-search[data-state="done"][data-query="注入"]').waitFor({ timeout: APP_READY_MS });
    expect(await page.locator('[data-search-results] img, [data-search-results] script').count()).toBe(0);
    const text = (await page.locator('[data-search-results]').textContent()) ?? '';
    expect(text).toContain('注入');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
