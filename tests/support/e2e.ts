/**
 * Shared set-up for browser tests: the built site served on 127.0.0.1, one Chromium, and
 * pages that record console errors, uncaught exceptions and requests leaving the origin.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { ensureSite } from './build.ts';

export interface Site {
  url: string;
  browser: Browser;
  /** A fresh context (profile) and page with problem tracking. */
  open(options?: BrowserContextOptions): Promise<TrackedPage>;
  close(): Promise<void>;
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests to any origin other than the site's. */
  external: string[];
  /** Every request URL, in order. */
  requests: string[];
}

/** Serves the built site and starts Chromium (extra flags e.g. `--enable-unsafe-webgpu`). */
export async function startSite(extraArgs: string[] = []): Promise<Site> {
  const dir = await ensureSite();
  const server: StaticServer = await serveStatic(dir);
  const browser = await launchBrowser(extraArgs);
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    async open(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      contexts.push(context);
      // Report CSP violations as console errors, which every test already watches.
      await context.addInitScript(() => {
        addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
      });
      const page = await context.newPage();
      const tracked: TrackedPage = { page, context, errors: [], external: [], requests: [] };
      page.on('console', (msg) => {
        if (msg.type() === 'error') tracked.errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (error) => tracked.errors.push(`uncaught: ${error.message}`));
      context.on('request', (request) => {
        const url = request.url();
        tracked.requests.push(url);
        if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          tracked.external.push(url);
        }
      });
      return tracked;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}
