/**
 * Site audit: every URL of the sitemap (plus the 404 page), in light and dark theme, in real
 * Chromium under the site's CSP. Counts axe-core WCAG 2.1 A/AA violations, CSP violations,
 * console errors and requests to other origins, and checks every internal link and anchor of
 * the built HTML. Used by `npm run audit:site` and by `tests/e2e/audit.test.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Site } from './e2e.ts';
import { axeViolations } from './axe.ts';
import { APP_READY_MS } from '../../tools/timeouts.ts';
import { checkBuiltPages, type BuiltPage } from '../../src/lib/site-checks/html-checks.ts';

/** A URL with no page: the audit checks the 404 page through it. */
const MISSING = '/this-page-does-not-exist/';

interface AuditRow {
  path: string;
  theme: 'light' | 'dark';
  axe: string[];
  csp: string[];
  console: string[];
  external: string[];
}

export interface AuditReport {
  pages: number;
  rows: AuditRow[];
  brokenLinks: string[];
}

/** Paths of the sitemap's URLs, plus a missing URL for the 404 page. */
function sitemapPaths(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  return [...paths, MISSING];
}

/** Internal link and anchor problems in the built HTML. */
function brokenLinks(dir: string): string[] {
  const pages: BuiltPage[] = [];
  const assets = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const url = '/' + file.split(sep).join('/');
    if (file.endsWith('.html')) {
      pages.push({ url: url.replace(/index\.html$/, ''), html: readFileSync(join(dir, file), 'utf8') });
    } else assets.add(url);
  }
  return checkBuiltPages(pages, assets).map((p) => `${p.url}: ${p.message}`);
}

/** Splits console lines into CSP violations and other errors. */
function byKind(errors: string[]): Pick<AuditRow, 'csp' | 'console'> {
  const isCsp = (e: string) => e.includes('CSP violation') || e.includes('Content Security Policy');
  return { csp: errors.filter(isCsp), console: errors.filter((e) => !isCsp(e)) };
}

/**
 * Audits `paths` in one browser profile of `theme`. Each page is checked once loaded (axe sees
 * it as a reader does then); a console error or request that comes later still counts, in the
 * row of the page open when it came: the last page's row takes what comes until the network
 * is idle, before the profile closes.
 */
async function auditTheme(site: Site, paths: string[], theme: 'light' | 'dark'): Promise<AuditRow[]> {
  // With the service worker: from the first page on it installs, and later pages come from it.
  const tracked = await site.open({ colorScheme: theme, serviceWorkers: 'allow' });
  const { page } = tracked;
  const opened: { path: string; axe: string[]; errors: number; external: number }[] = [];
  for (const path of paths) {
    const start = { errors: tracked.errors.length, external: tracked.external.length };
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    opened.push({ path, axe: await axeViolations(page), ...start });
  }
  await page.waitForLoadState('networkidle', { timeout: APP_READY_MS });
  const rows = opened.map(({ path, axe, errors, external }, i): AuditRow => {
    const next = opened[i + 1];
    // The missing URL's own document answers 404 on purpose; that console line is expected.
    const pageErrors = tracked.errors
      .slice(errors, next?.errors)
      .filter((e) => !(path === MISSING && e.includes('status of 404')));
    return {
      path,
      theme,
      axe,
      ...byKind(pageErrors),
      external: tracked.external.slice(external, next?.external),
    };
  });
  await tracked.context.close();
  return rows;
}

/** Runs the audit over every page, the light and the dark theme side by side. */
export async function auditSite(site: Site, dir: string, paths = sitemapPaths(dir)): Promise<AuditReport> {
  const themes = await Promise.all(
    (['light', 'dark'] as const).map((theme) => auditTheme(site, paths, theme)),
  );
  return { pages: paths.length, rows: themes.flat(), brokenLinks: brokenLinks(dir) };
}

/** Totals per check, for the table and the test. */
export function auditTotals(report: AuditReport) {
  const sum = (key: 'axe' | 'csp' | 'console' | 'external') =>
    report.rows.reduce((n, r) => n + r[key].length, 0);
  return {
    'pages checked': report.pages,
    'page loads (light + dark)': report.rows.length,
    'axe violations (WCAG 2.1 A/AA)': sum('axe'),
    'CSP violations': sum('csp'),
    'console errors': sum('console'),
    'broken links/anchors': report.brokenLinks.length,
    'external requests': sum('external'),
  };
}

/** The report as a plain-text table, with the details of any problem below it. */
export function formatAudit(report: AuditReport): string {
  const totals = Object.entries(auditTotals(report));
  const width = Math.max(...totals.map(([k]) => k.length));
  const lines = totals.map(([k, v]) => `| ${k.padEnd(width)} | ${String(v).padStart(5)} |`);
  const rule = `|${'-'.repeat(width + 2)}|${'-'.repeat(7)}|`;
  const details = [
    ...report.rows.flatMap((r) =>
      [...r.axe, ...r.csp, ...r.console, ...r.external].map((d) => `  ${r.path} [${r.theme}] ${d}`),
    ),
    ...report.brokenLinks.map((d) => `  ${d}`),
  ];
  return [
    `| ${'check'.padEnd(width)} | count |`,
    rule,
    ...lines,
    ...(details.length ? ['', 'Problems:', ...details] : []),
  ].join('\n');
}
