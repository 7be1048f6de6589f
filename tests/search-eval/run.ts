/**
 * `npm run eval:search`: the relevance evaluation against an already built site (`dist/`, else
 * `.tmp/site`; or `SITE_DIR`). Builds nothing. Prints success@1, success@3, MRR@10, the
 * zero-result count and every failure; exits 1 when a threshold of issue 11 is missed.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../tools/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { evaluate, formatReport, loadQueries, siteHasSearchUi, THRESHOLDS } from './evaluate.ts';

const root = resolve(import.meta.dirname, '../..');
const candidates = [process.env['SITE_DIR'], join(root, 'dist'), join(root, '.tmp/site')].filter(
  (d): d is string => !!d,
);
const siteDir = candidates
  .map((d) => resolve(d))
  .find((d) => existsSync(join(d, 'pagefind', 'search-lexicon.json')));
if (!siteDir) {
  console.error(`No built site with a search index in ${candidates.join(' or ')}: run npm run build first.`);
  process.exit(2);
}
const queries = loadQueries();
const server = await serveStatic(siteDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const report = await evaluate(page, server.url, queries, siteHasSearchUi(siteDir) ? 'ui' : 'engine');
  console.log(`site: ${siteDir}`);
  console.log(formatReport(report));
  const ok =
    report.success1 >= THRESHOLDS.success1 &&
    report.success3 >= THRESHOLDS.success3 &&
    report.zeroResults.length <= THRESHOLDS.zeroResults;
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
