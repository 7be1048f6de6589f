/**
 * The relevance evaluation (tests/search-eval/dev.yaml and the held-out test, test2, test3 and test4
 * sets) as a test: every query of every set through the search in Chromium against the built
 * site; fails when a set is below what `npm test` holds it to (`THRESHOLDS`: a regression floor
 * under the last measured figures, see evaluate.ts), when any query finds nothing, or on a
 * console error. `npm run eval:search` prints
 * the same reports, with the targets.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { expect, test, type Site } from '../support/fixtures.ts';
import {
  evaluate,
  formatReport,
  loadQueries,
  QUERY_SETS,
  siteHasSearchUi,
  THRESHOLDS,
} from '../search-eval/evaluate.ts';

describe('search relevance', () => {
  test.for(QUERY_SETS)(
    'the %s set meets success@1, success@3 and has no query without results',
    { timeout: 600_000 },
    async (set, { site, page, siteDir }: { site: Site; page: Page; siteDir: string }) => {
      const report = await evaluate(
        page,
        site.url,
        loadQueries(set),
        siteHasSearchUi(siteDir) ? 'ui' : 'engine',
      );
      const text = formatReport(report, set);
      console.log(text);
      expect.soft(report.success1, text).toBeGreaterThanOrEqual(THRESHOLDS[set].success1);
      expect.soft(report.success3, text).toBeGreaterThanOrEqual(THRESHOLDS[set].success3);
      expect(report.zeroResults.map((o) => o.query.query)).toEqual([]);
    },
  );
});
