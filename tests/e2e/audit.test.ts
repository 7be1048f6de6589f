/**
 * The site audit over every page in light and dark theme (see tests/support/audit.ts): zero
 * axe WCAG 2.1 A/AA violations, CSP violations, console errors, broken links or anchors and
 * requests to other origins. Prints the same table as `npm run audit:site`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../support/e2e.ts';
import { SITE_DIR } from '../support/build.ts';
import { auditSite, auditTotals, formatAudit } from '../support/audit.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('site audit', () => {
  it('finds no accessibility, CSP, console, link or origin problem on any page', async () => {
    const report = await auditSite(site, SITE_DIR);
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
