/**
 * The built site served on 127.0.0.1 with one Chromium, and pages that record console errors,
 * CSP violations, uncaught exceptions and requests leaving the origin. Browser tests use it
 * through the fixture in `fixtures.ts`; `npm run audit:site` uses it directly.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { ensureSite } from '../../tools/site-build.ts';
import { APP_READY_MS } from '../../tools/timeouts.ts';

/** The two screens the browser tests check: a phone's and a laptop's (the default). */
export const PHONE = { width: 375, height: 812 } as const;
export const WIDE = { width: 1280, height: 900 } as const;

export interface Site {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The Chromium in use (another one after a stuck one was replaced). */
  readonly browser: Browser;
  /** A fresh context (profile) and page with problem tracking. */
  open(options?: BrowserContextOptions): Promise<TrackedPage>;
  /**
   * Closes a context `open` made; a Chromium that does not close it within a minute is replaced,
   * so one stuck close cannot hang the run.
   */
  closeContext(context: BrowserContext): Promise<void>;
  /** Closes every context, Chromium and the server (each wait bounded). */
  close(): Promise<void>;
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, CSP violations and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests to any origin other than the site's. */
  external: string[];
  /** Every request URL, in order. */
  requests: string[];
  /**
   * Marks errors matching `pattern` as expected (e.g. a request the test makes fail on purpose).
   * A CSP violation is never expected.
   */
  allowErrors: (pattern: RegExp) => void;
  /** CSP violations, and other errors no `allowErrors` pattern matches. */
  unexpectedErrors: () => string[];
}

/** How a CSP violation appears among a page's errors. */
const CSP_VIOLATION = 'CSP violation:';

export interface StartOptions {
  /** Folder of the built site; default: the real site, built into `.tmp/site` when missing. */
  dir?: string;
  /** Extra Chromium flags, e.g. `--enable-unsafe-webgpu`. */
  chromeArgs?: string[];
  /** A server already running to use instead of serving `dir` (e.g. one that switches deploys). */
  server?: { url: string; close(): Promise<void> };
}

/**
 * How long closing a context or the browser may take before Chromium counts as stuck. Closing
 * once hung for good (a context whose page had just navigated): Chromium can acknowledge a close
 * that races a navigation commit without closing anything (microsoft/playwright#42366, fixed
 * upstream only by retrying). Without a bound the run would wait until CI's limit, as Vitest puts
 * no time limit on a fixture's teardown.
 */
const CLOSE_MS = APP_READY_MS;

/** Resolves true when `promise` settles within `ms`, false when it does not (it is left running). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Serves the built site and starts Chromium. */
export async function startSite(options: StartOptions = {}): Promise<Site> {
  const server =
    options.server ?? (await serveStatic(options.dir ?? (await ensureSite()), { headers: true }));
  let browser = await launchBrowser(options.chromeArgs);
  let contexts: BrowserContext[] = [];

  /**
   * Leaves a Chromium that did not close a context in time (closing it in the background, with
   * no wait) and starts another for the next test: the test that just ran has its verdict; the
   * rest of the file should not inherit a stuck browser.
   */
  async function replaceStuckBrowser(what: string): Promise<void> {
    process.stderr.write(`e2e: ${what} took over ${CLOSE_MS / 1000} s; starting another Chromium\n`);
    void browser.close().catch(() => {});
    contexts = [];
    browser = await launchBrowser(options.chromeArgs);
  }

  return {
    url: server.url,
    get browser() {
      return browser;
    },
    async open(contextOptions = {}) {
      // No service worker unless a test asks (`serviceWorkers: 'allow'`): each test is a reader's
      // first visit, and a worker precaching in the background would add requests the test did
      // not make and answer requests that `page.route` does not see (tests/e2e/offline*.test.ts).
      const context = await browser.newContext({
        viewport: WIDE,
        serviceWorkers: 'block',
        ...contextOptions,
      });
      contexts.push(context);
      // Playwright's implicit waits (click, fill, goto…) get the same limit as the explicit ones.
      context.setDefaultTimeout(APP_READY_MS);
      context.setDefaultNavigationTimeout(APP_READY_MS);
      // Report CSP violations as console errors, which every test watches.
      await context.addInitScript(() => {
        addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
      });
      const page = await context.newPage();
      const allowed: RegExp[] = [];
      const tracked: TrackedPage = {
        page,
        context,
        errors: [],
        external: [],
        requests: [],
        allowErrors: (pattern) => void allowed.push(pattern),
        unexpectedErrors: () =>
          tracked.errors.filter((e) => e.includes(CSP_VIOLATION) || !allowed.some((p) => p.test(e))),
      };
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
    async closeContext(context) {
      contexts = contexts.filter((c) => c !== context);
      if (!(await settlesWithin(context.close(), CLOSE_MS))) await replaceStuckBrowser('closing a page');
    },
    async close() {
      for (const c of contexts) {
        if (!(await settlesWithin(c.close(), CLOSE_MS))) break;
      }
      // A Chromium that will not close is left to exit with the test worker.
      await settlesWithin(browser.close(), CLOSE_MS);
      await server.close();
    },
  };
}

/**
 * Resolves after the page's next two animation frames: whatever was scheduled for the next
 * frame (a chart's draw, a layout shift) has painted and reached the observers.
 */
export async function afterPaint(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
