/**
 * Offline reading (issue 22): after one visit the service worker has every text page, its CSS,
 * JS and fonts and the search index; without a network the pages open (those never visited
 * too), search answers, a demo that ran once runs again, and an address with no saved page gets
 * the offline page listing the saved ones. A storage quota too small, or a cache emptied or
 * corrupted under the worker, never breaks a page: it comes from the network. Updates between
 * deploys and Save-Data: offline-deploys.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { APP_READY_MS, expect, test, type TrackedPage, PHONE, WIDE } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { CHROME_FLAGS } from '../../tools/browser.ts';
import { cacheContents, workerActivated } from '../support/offline.ts';
import { PAGE_OF_EACH_TYPE } from '../../tools/sample-pages.ts';
import { SEARCH_INPUT, searchSettled } from '../support/search.ts';
import { CACHES, isOnDemand } from '../../src/lib/offline/requests.ts';
import { url } from '../../src/lib/site.ts';

const wait = { timeout: APP_READY_MS };
const WITH_WORKER = { serviceWorkers: 'allow' } as const;

/** A FAQ entry the search for "PUE" must find (content/faq/what-is-pue.md). */
const PUE_FAQ = url.faq('what-is-pue');

/** The `<title>` of the built page at `path`. */
function builtTitle(siteDir: string, path: string): string {
  const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
  return parse(html).querySelector('title')?.text ?? '';
}

/** Searches from the page's search dialog; the result links' paths (without their query). */
async function search(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  await page.locator(SEARCH_INPUT).fill(query, wait);
  await searchSettled(page, query);
  const hrefs = await page
    .locator('[data-search-results] a[data-result-url]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://x').pathname);
}

/** A context with the service worker allowed and `quotaSize` bytes of storage for the site. */
async function openWithQuota(
  open: (options?: BrowserContextOptions) => Promise<TrackedPage>,
  siteUrl: string,
  quotaSize: number,
): Promise<TrackedPage> {
  const tracked = await open(WITH_WORKER);
  const cdp = await tracked.context.newCDPSession(tracked.page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: siteUrl, quotaSize });
  return tracked;
}

const stateOf = (page: Page, id: string) => page.locator(`#${id}`).getAttribute('data-state');

describe('after one visit, without a network', () => {
  test('every page type opens (never visited ones too), search finds the PUE FAQ, an unsaved address gets the offline page', async ({
    open,
    site,
    siteDir,
  }) => {
    const tracked = await open(WITH_WORKER);
    const { page, context } = tracked;
    // Offline, the demos page's demo cannot fetch ONNX Runtime (never run, so never cached) and
    // says so; those two requests are the only ones allowed to fail.
    tracked.allowErrors(/Failed to load resource: net::ERR_FAILED/);
    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      // Requests cut short by the next navigation are not failures.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.url}${url.home()}`);
    await workerActivated(page);
    const cached = await cacheContents(page);
    // ORT and the model are not fetched ahead; the search index is.
    expect(
      Object.values(cached)
        .flat()
        .filter((p) => /\.(wasm|onnx)$|\/_astro\/ort\./.test(p)),
    ).toEqual([]);
    expect(cached[CACHES.text]?.some((p) => p.startsWith('/pagefind/pagefind.js'))).toBe(true);

    await context.setOffline(true);
    for (const path of [...PAGE_OF_EACH_TYPE, PUE_FAQ, url.plan(), `${url.references()}notes/`]) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.title(), path).toBe(builtTitle(siteDir, path));
      if (path === url.demos()) {
        await expect.poll(() => stateOf(page, 'demo-forward'), wait).toBe('error');
      }
    }
    expect(failed.filter((path) => !isOnDemand(path))).toEqual([]);
    // The article's formulas are set in its subset KaTeX fonts, from the cache.
    await page.goto(`${site.url}${url.article()}`);
    const katexFaces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length;
    });
    expect(katexFaces).toBeGreaterThan(0);

    // Search, from the article, offline.
    expect(await search(page, 'PUE')).toContain(PUE_FAQ);
    await page.keyboard.press('Escape');

    // An address with no saved page.
    const missing = `${url.faq('no-such-question')}`;
    const response = await page.goto(`${site.url}${missing}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('现在没有网络');
    expect(await page.locator('main').textContent()).toContain(missing);
    const listed = await page
      .locator('main .offline-group a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const savedPages = (cached[CACHES.text] ?? []).filter((p) => p.endsWith('/') && p !== url.offline());
    expect(new Set(listed)).toEqual(new Set(savedPages));
    expect(await page.getByRole('link', { name: builtTitle(siteDir, PUE_FAQ).split(' | ')[0] }).count()).toBe(
      1,
    );
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      expect(await axeViolations(page), `${viewport.width}px`).toEqual([]);
    }
  });

  test('a demo caches ONNX Runtime and the model when it first runs, then runs offline', async ({
    open,
    site,
  }) => {
    const { page, context } = await open(WITH_WORKER);
    await page.goto(`${site.url}${url.home()}`);
    await workerActivated(page);
    const onDemand = async () => (await cacheContents(page))[CACHES.onDemand] ?? [];
    expect(await onDemand()).toEqual([]);
    await page.goto(`${site.url}${url.demos()}`);
    await expect.poll(() => stateOf(page, 'demo-forward'), wait).toBe('done');
    await expect.poll(async () => (await onDemand()).some((p) => p.endsWith('.wasm')), wait).toBe(true);
    await expect.poll(async () => (await onDemand()).some((p) => p.endsWith('.onnx')), wait).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => stateOf(page, 'demo-forward'), wait).toBe('done');
  });
});

describe('installing', () => {
  test('Chromium finds the site installable: manifest, icons and service worker', async ({ site }) => {
    // An installed app needs a profile on disk: Chromium never offers to install from incognito,
    // which is what the fixture's contexts are.
    const dir = mkdtempSync(join(tmpdir(), 'install-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
      args: CHROME_FLAGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${site.url}${url.home()}`);
      await workerActivated(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(new URL(manifest.url).pathname).toBe(url.webManifest());
      expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('storage and cache failures', () => {
  /** Records the page's service worker registration, to follow its install. */
  function recordRegistration() {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args) => {
      const registration = register(...args);
      (window as unknown as { registration?: Promise<ServiceWorkerRegistration> }).registration =
        registration;
      return registration;
    };
  }

  /** Waits for the registered worker's install to end: `activated` or `redundant` (a failed install). */
  function installOutcome(page: Page): Promise<string> {
    return page.evaluate(
      (ms) =>
        new Promise<string>((resolve) => {
          setTimeout(() => resolve('no outcome'), ms);
          const follow = () => {
            const pending = (window as unknown as { registration?: Promise<ServiceWorkerRegistration> })
              .registration;
            if (!pending) return void setTimeout(follow, 100);
            pending.then(
              (registration) => {
                const worker = registration.installing ?? registration.waiting ?? registration.active;
                if (!worker) return resolve('no worker');
                const settle = () => {
                  if (worker.state === 'activated' || worker.state === 'redundant') resolve(worker.state);
                };
                worker.addEventListener('statechange', settle);
                settle();
              },
              () => resolve('registration refused'),
            );
          };
          follow();
        }),
      APP_READY_MS,
    );
  }

  test('a quota too small for anything: the install fails with a quota error, the site works from the network and says nothing', async ({
    open,
    site,
    siteDir,
  }) => {
    const { page, context } = await openWithQuota(open, site.url, 8 * 1024);
    await context.addInitScript(recordRegistration);
    await page.goto(`${site.url}${url.home()}`);
    expect(await installOutcome(page)).toBe('redundant');
    // Reading goes on from the network, with nothing said about it.
    for (const path of [PUE_FAQ, url.article()]) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.fromServiceWorker(), path).toBe(false);
      expect(await page.title()).toBe(builtTitle(siteDir, path));
    }
    expect(await page.locator('.update-prompt').count()).toBe(0);
    expect(await search(page, 'PUE')).toContain(PUE_FAQ);
  });

  test('a quota too small for the text pages: only the shell is precached, pages are kept as the reader opens them', async ({
    open,
    site,
    siteDir,
  }) => {
    const { page, context } = await openWithQuota(open, site.url, 2 * 1024 * 1024);
    await page.goto(`${site.url}${url.home()}`);
    await workerActivated(page);
    expect((await cacheContents(page))[CACHES.shell]).toContain(url.offline());
    expect((await cacheContents(page))[CACHES.text] ?? []).toEqual([]);
    await page.goto(`${site.url}${PUE_FAQ}`);
    await expect.poll(async () => (await cacheContents(page))[CACHES.pages] ?? [], wait).toContain(PUE_FAQ);
    await context.setOffline(true);
    await page.goto(`${site.url}${PUE_FAQ}`);
    expect(await page.title()).toBe(builtTitle(siteDir, PUE_FAQ));
    await page.goto(`${site.url}${url.career('ml-engineer')}`);
    expect(await page.locator('h1').textContent()).toBe('现在没有网络');
    expect(
      await page.locator('main .offline-group a').evaluateAll((a) => a.map((l) => l.getAttribute('href'))),
    ).toContain(PUE_FAQ);
  });

  test('a corrupt or missing cached copy, or no caches at all, is fetched from the network', async ({
    open,
    site,
    siteDir,
  }) => {
    const { page } = await open(WITH_WORKER);
    await page.goto(`${site.url}${url.home()}`);
    await workerActivated(page);
    const career = url.career('ml-engineer');
    // One copy replaced by an error response, one deleted.
    await page.evaluate(
      async ({ text, corrupt, missing }) => {
        const cache = await caches.open(text);
        for (const request of await cache.keys()) {
          const path = new URL(request.url).pathname;
          if (path === corrupt) await cache.put(request, new Response('corrupt', { status: 500 }));
          if (path === missing) await cache.delete(request);
        }
      },
      { text: CACHES.text, corrupt: PUE_FAQ, missing: career },
    );
    for (const path of [PUE_FAQ, career]) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.title(), path).toBe(builtTitle(siteDir, path));
    }
    // Every cache gone (storage cleared under a running worker).
    await page.evaluate(async () => {
      for (const name of await caches.keys()) await caches.delete(name);
    });
    await page.goto(`${site.url}${url.article()}`);
    expect(await page.title()).toBe(builtTitle(siteDir, url.article()));
    expect(await search(page, 'PUE')).toContain(PUE_FAQ);
    expect(await page.locator('.update-prompt').count()).toBe(0);
  });
});
