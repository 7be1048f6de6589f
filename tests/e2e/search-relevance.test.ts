/**
 * The relevance evaluation (tests/search-eval/queries.yaml) as a test: every query through the
 * search in Chromium against the built site; fails below the thresholds of issue 11 or when any
 * query finds nothing. `npm run eval:search` prints the same report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../support/e2e.ts';
import { SITE_DIR } from '../support/build.ts';
import {
  evaluate,
  formatReport,
  loadQueries,
  siteHasSearchUi,
  THRESHOLDS,
  type EvalReport,
} from '../search-eval/evaluate.ts';

let site: Site;
let report: EvalReport;
beforeAll(async () => {
  site = await startSite();
  report = await evaluate(site.browser, site.url, loadQueries(), siteHasSearchUi(SITE_DIR) ? 'ui' : 'engine');
  console.log(formatReport(report));
}, 600_000);
afterAll(() => site?.close());

describe('search relevance', () => {
  it(`puts an acceptable page first for at least ${THRESHOLDS.success1 * 100}% of the queries`, () => {
    expect(report.success1, formatReport(report)).toBeGreaterThanOrEqual(THRESHOLDS.success1);
  });

  it(`has an acceptable page in the top 3 for at least ${THRESHOLDS.success3 * 100}% of the queries`, () => {
    expect(report.success3, formatReport(report)).toBeGreaterThanOrEqual(THRESHOLDS.success3);
  });

  it('finds something for every query', () => {
    expect(report.zeroResults.map((o) => o.query.query)).toEqual([]);
  });
});
