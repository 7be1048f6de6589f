/**
 * Targets a pointer must hit are at least 24 × 24 CSS px, or spaced as if they were (WCAG 2.2
 * 2.5.8, axe-core's `target-size`): the table of contents on a wide screen, where it is a column
 * of links beside the text (they were 17–18 px tall), on the pages that have one.
 */
import { describe } from 'vitest';
import { APP_READY_MS, expect, test, WIDE } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { url } from '../../src/lib/site.ts';
import { SAMPLE } from '../../tools/sample-pages.ts';

const PAGES = [url.article(), url.career(SAMPLE.career)];

describe('the table of contents on a wide screen', () => {
  test.for(PAGES)('has links at least 24 px tall on %s', async (path, { open, site }) => {
    const { page } = await open({ viewport: WIDE });
    await page.goto(`${site.url}${path}`);
    const links = page.locator('dc-toc nav a');
    await links.first().waitFor({ state: 'visible', timeout: APP_READY_MS });
    const heights = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(1);
    const violations = await axeViolations(page, { selector: 'dc-toc', tags: ['wcag258'] });
    expect({ short: heights.filter((h) => h < 24), violations }).toEqual({ short: [], violations: [] });
  });
});
