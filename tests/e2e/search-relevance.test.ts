/**
 * The relevance evaluation (tests/search-eval/queries.yaml) as a test: every query through the
 * search in Chromium against the built site; fails below the thresholds of issue 11, when any
 * query finds nothing, or on a console error. `npm run eval:search` prints the same report.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { expect, test, type Site } from '../support/fixtures.ts';
import { evaluate, formatReport, loadQueries, siteHasSearchUi, THRESHOLDS } from '../search-eval/evaluate.ts';

describe('search relevance', () => {
  test(
    'meets success@1, success@3 and has no query without results',
    { timeout: 600_000 },
    async ({ site, page, siteDir }: { site: Site; page: Page; siteDir: string }) => {
      const report = await evaluate(
        page,
        site.url,
        loadQueries(),
        siteHasSearchUi(siteDir) ? 'ui' : 'engine',
      );
      const text = formatReport(report);
      console.log(text);
      expect.soft(report.success1, text).toBeGreaterThanOrEqual(THRESHOLDS.success1);
      expect.soft(report.success3, text).toBeGreaterThanOrEqual(THRESHOLDS.success3);
      expect(report.zeroResults.map((o) => o.query.query)).toEqual([]);
    },
  );
});
