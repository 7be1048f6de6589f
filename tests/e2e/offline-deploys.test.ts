/**
 * The service worker across deploys, on one origin whose server switches between copies of the
 * built site (tests/support/offline.ts): a new deploy waits behind "有新版本，刷新" while the reader
 * reads and replaces the page only when the reader accepts; an update check that fails, or a new
 * version whose precache fails, changes nothing and says nothing; with Save-Data nothing large
 * is cached ahead.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { APP_READY_MS, expect, test as base, PHONE } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { startSite, type Site } from '../support/e2e.ts';
import { cacheContents, copySite, serveDeploys, workerActivated, type Deploys } from '../support/offline.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { CACHES } from '../../src/lib/offline/requests.ts';
import { url } from '../../src/lib/site.ts';

const wait = { timeout: APP_READY_MS };
const WITH_WORKER = { serviceWorkers: 'allow' } as const;

/** The page the second deploy changes, and the text it adds. */
const CHANGED = url.faq('what-is-pue');
const CHANGE = '<p id="deploy-2">第二次部署加入的段落。</p>';

/** The deploys, in `serveDeploys` order. */
const DEPLOY = { first: 0, second: 1, broken: 2, saveData: 3 } as const;

const test = base.extend<{ $file: { deploys: Deploys; site: Site } }>({
  deploys: [
    async ({ siteDir }, use) => {
      const root = mkdtempSync(join(tmpdir(), 'offline-deploys-'));
      const dir = (name: string) => join(root, name);
      copySite(siteDir, dir('first'));
      // The second deploy changes one page; its worker is written again, as a build does.
      copySite(siteDir, dir('second'));
      const page = join(dir('second'), CHANGED, 'index.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', `</h1>${CHANGE}`));
      await writeServiceWorker(dir('second'));
      // The broken deploy is the second without the page it changed (a deploy half uploaded):
      // the new version's precache fails on it (unchanged files are not fetched again).
      copySite(dir('second'), dir('broken'));
      unlinkSync(join(dir('broken'), CHANGED, 'index.html'));
      // Save-Data on, as the worker sees it (DevTools' Save-Data override reaches pages only).
      copySite(siteDir, dir('save-data'));
      const sw = join(dir('save-data'), 'sw.js');
      writeFileSync(
        sw,
        `Object.defineProperty(NetworkInformation.prototype,'saveData',{get:()=>true});\n${readFileSync(sw, 'utf8')}`,
      );
      const deploys = await serveDeploys([dir('first'), dir('second'), dir('broken'), dir('save-data')]);
      try {
        await use(deploys);
      } finally {
        await deploys.close();
        rmSync(root, { recursive: true, force: true });
      }
    },
    { scope: 'file' },
  ],
  site: [
    async ({ deploys }, use) => {
      const site = await startSite({ server: { url: deploys.url, close: async () => {} } });
      try {
        await use(site);
      } finally {
        await site.close();
      }
    },
    { scope: 'file' },
  ],
});

/** Opens `path` once (the worker installs), then again: now the worker serves it. */
async function readUnderWorker(page: Page, siteUrl: string, path: string): Promise<void> {
  await page.goto(`${siteUrl}${path}`);
  await workerActivated(page);
  await page.goto(`${siteUrl}${path}`);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.evaluate(() => {
    (window as unknown as { reading?: boolean }).reading = true;
  });
}

/** The reader comes back to the tab: the page checks for a new version. */
async function comeBack(page: Page): Promise<void> {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

const stillReading = (page: Page) =>
  page.evaluate(() => (window as unknown as { reading?: boolean }).reading === true);

describe('a new deploy', () => {
  test('waits behind 有新版本，刷新 while the reader reads, and replaces the page when the reader accepts', async ({
    open,
    site,
    deploys,
  }) => {
    deploys.use(DEPLOY.first);
    const { page } = await open(WITH_WORKER);
    await readUnderWorker(page, site.url, CHANGED);
    deploys.use(DEPLOY.second);
    await comeBack(page);
    const status = page.getByRole('status').filter({ hasText: '有新版本' });
    await status.waitFor(wait);
    // Nothing changed under the reader: same document, old text.
    expect(await stillReading(page)).toBe(true);
    expect(await page.locator('#deploy-2').count()).toBe(0);
    expect(await page.getByRole('complementary', { name: '新版本' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard: right after the skip link, 刷新; Enter switches to the new version.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('刷新');
    await Promise.all([page.waitForEvent('load', wait), page.keyboard.press('Enter')]);
    await page.locator('#deploy-2').waitFor(wait);
    expect(await stillReading(page)).toBe(false);
    expect(await page.locator('.update-prompt').count()).toBe(0);
    // The new version serves without a network.
    await page.context().setOffline(true);
    await page.goto(`${site.url}${CHANGED}`);
    expect(await page.locator('#deploy-2').count()).toBe(1);
  });

  test('the prompt can be dismissed (× or Escape) and the old version stays until then', async ({
    open,
    site,
    deploys,
  }) => {
    deploys.use(DEPLOY.first);
    const { page } = await open({ ...WITH_WORKER, viewport: PHONE });
    await readUnderWorker(page, site.url, CHANGED);
    deploys.use(DEPLOY.second);
    await comeBack(page);
    const refresh = page.getByRole('button', { name: '刷新' });
    await refresh.waitFor(wait);
    expect(await axeViolations(page)).toEqual([]);
    await refresh.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.update-prompt').count(), wait).toBe(0);
    expect(await stillReading(page)).toBe(true);
    expect(await page.locator('#deploy-2').count()).toBe(0);
  });
});

describe('a failed update', () => {
  test('an update check the host answers with an error, then a new version whose precache fails, change nothing and say nothing', async ({
    open,
    site,
    deploys,
  }) => {
    deploys.use(DEPLOY.first);
    // Nothing on the console either: the fixture fails the test on any error there.
    const { page } = await open(WITH_WORKER);
    await readUnderWorker(page, site.url, CHANGED);
    const since = deploys.requests.length;
    const asked = (path: string) => deploys.requests.slice(since).some((p) => p.startsWith(path));
    deploys.failWorkerScript(true);
    await comeBack(page);
    await expect.poll(() => asked(url.serviceWorker()), wait).toBe(true);
    deploys.failWorkerScript(false);
    deploys.use(DEPLOY.broken);
    await comeBack(page);
    await expect.poll(() => asked(CHANGED), wait).toBe(true);
    // The new version's install fails: nothing waits, nothing is offered.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return registration?.installing === null && registration.waiting === null;
          }),
        wait,
      )
      .toBe(true);
    expect(await page.locator('.update-prompt').count()).toBe(0);
    expect(await stillReading(page)).toBe(true);
    // The version in place keeps serving its copies, offline too.
    await page.context().setOffline(true);
    await page.goto(`${site.url}${CHANGED}`);
    expect(await page.locator('h1').textContent()).not.toBe('现在没有网络');
    expect(await page.locator('#deploy-2').count()).toBe(0);
  });
});

describe('Save-Data', () => {
  test('caches nothing large ahead: the shell, then the pages the reader opens', async ({
    open,
    site,
    deploys,
  }) => {
    deploys.use(DEPLOY.saveData);
    const { page, context } = await open(WITH_WORKER);
    await page.goto(`${site.url}${url.home()}`);
    await workerActivated(page);
    const cached = await cacheContents(page);
    expect(cached[CACHES.shell]).toContain(url.offline());
    expect(cached[CACHES.text] ?? []).toEqual([]);
    expect(
      Object.values(cached)
        .flat()
        .filter((p) => p.startsWith('/pagefind/')),
    ).toEqual([]);
    await page.goto(`${site.url}${CHANGED}`);
    await expect.poll(async () => (await cacheContents(page))[CACHES.pages] ?? [], wait).toContain(CHANGED);
    await context.setOffline(true);
    await page.goto(`${site.url}${CHANGED}`);
    expect(await page.locator('h1').textContent()).not.toBe('现在没有网络');
    await page.goto(`${site.url}${url.article()}`);
    expect(await page.locator('h1').textContent()).toBe('现在没有网络');
  });
});
