/**
 * `npm run eval:search`: the relevance evaluation against an already built site (`dist/`, else
 * `.tmp/site`; or `SITE_DIR`). Builds nothing. For the dev set and the test set (or only the
 * ones named: `npm run eval:search -- dev`), prints success@1, success@3, MRR@10, the
 * zero-result count and every failure; exits 1 when a set misses its thresholds.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import {
  evaluate,
  formatReport,
  loadQueries,
  meetsThresholds,
  QUERY_SETS,
  siteHasSearchUi,
  type QuerySet,
} from './evaluate.ts';

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
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(QUERY_SETS as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`Unknown query set ${unknown.join(', ')}: the sets are ${QUERY_SETS.join(', ')}.`);
  process.exit(2);
}
const sets: QuerySet[] = asked.length > 0 ? (asked as QuerySet[]) : [...QUERY_SETS];
const server = await serveStatic(siteDir);
const browser = await launchBrowser();
try {
  console.log(`site: ${siteDir}`);
  let ok = true;
  for (const set of sets) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const report = await evaluate(
      page,
      server.url,
      loadQueries(set),
      siteHasSearchUi(siteDir) ? 'ui' : 'engine',
    );
    await page.close();
    console.log(formatReport(report, set));
    ok &&= meetsThresholds(report, set);
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
