/**
 * The Vitest fixture for browser tests (as Starlight's `testFactory`): import `test` and
 * `expect` from here instead of from `vitest`.
 *
 * - `site` (once per test file): the built site served on 127.0.0.1 under its `_headers`
 *   (so the CSP applies) and one Chromium; closed after the file.
 * - `open(options)` (per test): a fresh browser profile and page with problem tracking. Every
 *   page a test opens is closed after it, and the test FAILS if any page logged a console
 *   error, a CSP violation or an uncaught exception, or requested another origin. A test that
 *   provokes an error on purpose says so with `tracked.allowErrors(/pattern/)`.
 * - `tracked` / `page` (per test): `open()` with the default context (1280×900), for tests that
 *   need one page.
 * - Service workers are blocked unless a test opens a context with `serviceWorkers: 'allow'`
 *   (the offline tests, the site audit): every other test is a first visit without one.
 *
 * Other sites: override `siteDir` (e.g. a fixture built from broken content) with
 * `test.extend({ siteDir: [async ({}, use) => use(dir), { scope: 'file' }] })`; other Chromium
 * flags likewise through `chromeArgs`.
 */
import { test as base, expect } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterPaint, PHONE, startSite, WIDE, type Site, type TrackedPage } from './e2e.ts';
import { ensureSite } from '../../tools/site-build.ts';

export { afterPaint, expect, PHONE, WIDE };
export { APP_READY_MS } from '../../tools/timeouts.ts';
/** For helpers in test files that take the fixture's values, e.g. `async function openDemos(tracked: TrackedPage)`. */
export type { Site, TrackedPage };

interface FileFixtures {
  /** Folder of the built site to serve. */
  siteDir: string;
  /** Extra Chromium flags. */
  chromeArgs: string[];
  site: Site;
}

interface TestFixtures {
  open: (options?: BrowserContextOptions) => Promise<TrackedPage>;
  tracked: TrackedPage;
  page: Page;
}

/** The problems `pages` recorded that no test allowed, one line each. */
function problemsOf(pages: TrackedPage[]): string[] {
  return pages.flatMap((p) => [
    ...p.unexpectedErrors(),
    ...p.external.map((url) => `request to another origin: ${url}`),
  ]);
}

/* eslint-disable no-empty-pattern -- Vitest reads a fixture's dependencies from its destructured first parameter. */
export const test = base.extend<{ $test: TestFixtures; $file: FileFixtures }>({
  siteDir: [async ({}, use) => use(await ensureSite()), { scope: 'file' }],
  chromeArgs: [async ({}, use) => use([]), { scope: 'file' }],
  site: [
    async ({ siteDir, chromeArgs }, use) => {
      const site = await startSite({ dir: siteDir, chromeArgs });
      try {
        await use(site);
      } finally {
        await site.close();
      }
    },
    { scope: 'file' },
  ],
  open: async ({ site }, use) => {
    const opened: TrackedPage[] = [];
    await use(async (options) => {
      const tracked = await site.open(options);
      opened.push(tracked);
      return tracked;
    });
    const problems = problemsOf(opened);
    for (const t of opened) await site.closeContext(t.context);
    if (problems.length > 0) {
      throw new Error(`the page reported ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    }
  },
  tracked: async ({ open }, use) => use(await open()),
  page: async ({ tracked }, use) => use(tracked.page),
});
