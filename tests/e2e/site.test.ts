/** Site-wide behaviour in real Chromium: theme, 404, navigation, no outside requests. */
import { describe } from 'vitest';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';
import { PAGE_OF_EACH_TYPE } from '../../tools/sample-pages.ts';
import { sections } from '../../src/lib/site.ts';

describe('theme', () => {
  test('follows the system, a toggled choice persists across reloads, and the button says what it will do', async ({
    open,
    site,
  }) => {
    const { page } = await open({ colorScheme: 'dark' });
    await page.goto(`${site.url}/article/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByRole('button', { name: '切换到浅色模式', exact: true }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await page.getByRole('button', { name: '切换到浅色模式' }).count()).toBe(0);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    const toggle = page.getByRole('button', { name: '切换到深色模式', exact: true });
    await expect.poll(() => toggle.getAttribute('title'), { timeout: APP_READY_MS }).toBe('切换到深色模式');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
  });

  test('sets the theme before first paint (no flash)', async ({ open, site }) => {
    const { page, allowErrors } = await open({ colorScheme: 'dark' });
    allowErrors(/Failed to load resource/); // the stylesheets, aborted on purpose
    // Stop the page right after the head's inline script: the attribute must already be set.
    await page.route('**/*.css', (route) => route.abort());
    await page.goto(`${site.url}/`, { waitUntil: 'commit' });
    await page.waitForSelector('body', { state: 'attached', timeout: APP_READY_MS });
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
  });
});

describe('pages', () => {
  test('serves the security headers of _headers, with the CSP, on pages and assets', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    const response = await page.goto(`${site.url}/article/`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toContain('camera=()');
    // Compressed as the hosts send it (tools/static-server.ts).
    expect(headers['content-encoding']).toBe('br');
    const css = await page.evaluate(
      () => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.href,
    );
    const asset = await page.request.get(css);
    expect(asset.headers()['cache-control']).toContain('immutable');
  });

  test('answers an unknown URL with the 404 page', async ({ tracked, site }) => {
    const { page } = tracked;
    tracked.allowErrors(/status of 404/); // the missing page's own response
    const response = await page.goto(`${site.url}/no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('404');
    await page.getByRole('link', { name: '返回首页' }).click();
    await page.waitForURL(`${site.url}/`, { timeout: APP_READY_MS });
  });

  test('visits every page type with no console error and no request to another origin', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    for (const path of PAGE_OF_EACH_TYPE) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('header nav[aria-label="主导航"] a').count(), path).toBe(sections.length);
    }
  });

  test('links citations to the references page and back', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/article/`);
    const cite = page.locator('sup.cite a').first();
    const anchor = await cite.getAttribute('id');
    await cite.click();
    await page.waitForURL(/\/references\/#ref-/, { timeout: APP_READY_MS });
    const target = page.locator(':target');
    await target.locator(`.cited a[href="/article/#${anchor}"]`).click();
    await page.waitForURL(new RegExp(`/article/#${anchor}$`), { timeout: APP_READY_MS });
  });

  test('shows the header and content without horizontal scrolling at 375px', async ({ open, site }) => {
    const { page } = await open({ viewport: { width: 375, height: 800 } });
    for (const path of ['/', '/article/', '/careers/mlops-engineer/', '/references/']) {
      await page.goto(`${site.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
