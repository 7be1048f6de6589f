/**
 * Cumulative layout shift is 0 on the content pages and the demos page, on a wide and a
 * narrow screen: images, canvases, demo containers and late-loading UI keep their size.
 * Each page is loaded cold, scrolled through to its end (so lazy islands such as the demos
 * start and render), and every `layout-shift` entry without recent input is counted; none is
 * allowed (no epsilon: a shift of any size means something moved under the reader's eyes).
 * A failure lists what moved (the shift's `sources`), with rectangles before and after.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { afterPaint, APP_READY_MS, expect, test, PHONE, WIDE } from '../support/fixtures.ts';
import { CONTENT_PAGES } from '../../tools/sample-pages.ts';
import { url } from '../../src/lib/site.ts';
import { installPerfObservers, type PerfRecord } from '../../tools/perf-observers.ts';

// The careers index too: its islands show the filter form and draw saved progress on the map;
// and the reader's plan, rendered from fetched data.
const PAGES = [...CONTENT_PAGES, url.careers(), url.plan()];

const SCREENS = [
  { name: 'wide', viewport: WIDE },
  { name: 'narrow', viewport: PHONE },
];

/** Demo islands on the page that started loading but have not finished yet. */
function busyDemos(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('dc-forward-pass, dc-decision-boundary, dc-backends')].filter((el) =>
        ['loading', 'running'].includes((el as HTMLElement).dataset['state'] ?? ''),
      ).length,
  );
}

/**
 * Scrolls to the end in steps of most of a viewport (bounded). After each step it waits until
 * the demos that started have rendered, so their results appear while they are on screen
 * (a shift outside the viewport does not count, and would otherwise be missed by timing).
 */
async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 200; step++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(100);
    await expect.poll(() => busyDemos(page), { timeout: APP_READY_MS }).toBe(0);
    if (atEnd) break;
  }
}

/** One line per shift: time, value and each element that moved (x, y, width, height before → after). */
function describeShifts(shifts: PerfRecord['shifts']): string[] {
  return shifts.map(
    (s) =>
      `${s.value.toFixed(4)} at ${Math.round(s.startTime)} ms: ` +
      s.sources
        .map((src) => `${src.node} [${src.previous.join(',')}] → [${src.current.join(',')}]`)
        .join('; '),
  );
}

describe('layout shift', () => {
  for (const screen of SCREENS) {
    test.for(PAGES)(`is 0 on %s (${screen.name} screen)`, async (path, { open, site }) => {
      const { page } = await open({ viewport: screen.viewport });
      await page.addInitScript(installPerfObservers);
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: APP_READY_MS });
      await expect.poll(() => busyDemos(page), { timeout: APP_READY_MS }).toBe(0);
      await scrollThrough(page);
      await page.waitForLoadState('networkidle', { timeout: APP_READY_MS });
      // Let the last frames paint so their shifts reach the observer.
      await afterPaint(page);
      const record = await page.evaluate(() => (window as Window & { __perf?: PerfRecord }).__perf);
      expect(record, 'observers installed').toBeDefined();
      const shifts = record!.shifts.filter((s) => !s.hadRecentInput);
      expect(describeShifts(shifts), `layout shifts on ${path}`).toEqual([]);
    });
  }
});
