/**
 * Bundles `harness-entry.ts` for the browser with esbuild (shipped with Vite) and routes it into
 * a Chromium page at `/__search-eval/`, on the built site's origin so Pagefind loads as the UI
 * would load it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { APP_READY_MS } from '../../tools/timeouts.ts';

let bundle: Promise<string> | undefined;

function bundled(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./harness-entry.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}

/** Opens the harness page on `siteUrl`; `searchUrls(query)` is then defined in the page. */
export async function openHarness(page: Page, siteUrl: string): Promise<void> {
  const script = await bundled();
  await page.route(`${siteUrl}/__search-eval/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('.js')) return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="zh-CN"><title>search eval</title><script type="module" src="/__search-eval/harness.js"></script></html>',
    });
  });
  await page.goto(`${siteUrl}/__search-eval/`);
  await page.waitForFunction(() => 'searchUrls' in globalThis, undefined, { timeout: APP_READY_MS });
}
