/**
 * The site audit over every page in light and dark theme (see tests/support/audit.ts): zero
 * axe WCAG 2.1 A/AA violations, CSP violations, console errors, broken links or anchors and
 * requests to other origins. Prints the same table as `npm run audit:site`.
 */
import { describe } from 'vitest';
import { expect, test } from '../support/fixtures.ts';
import { auditSite, auditTotals, formatAudit } from '../support/audit.ts';

describe('site audit', () => {
  test('finds no accessibility, CSP, console, link or origin problem on any page', async ({
    site,
    siteDir,
  }) => {
    const report = await auditSite(site, siteDir);
    console.log(formatAudit(report));
    const totals = auditTotals(report);
    expect(totals['pages checked']).toBeGreaterThan(30);
    expect({
      axe: totals['axe violations (WCAG 2.1 A/AA)'],
      csp: totals['CSP violations'],
      console: totals['console errors'],
      links: totals['broken links/anchors'],
      external: totals['external requests'],
    }).toEqual({ axe: 0, csp: 0, console: 0, links: 0, external: 0 });
  }, 600_000);
});
