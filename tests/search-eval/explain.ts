/**
 * `node --experimental-strip-types tests/search-eval/explain.ts 查询 …`: what the engine made of
 * each query on the built site (`dist/`): terms, dropped words, expansions, mode and the top
 * hits with their scores. For looking into an evaluation failure by hand.
 */
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../tools/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { openHarness } from './harness.ts';
import type { SearchOutcome } from '../../src/lib/search/types.ts';

const siteDir = resolve(process.env['SITE_DIR'] ?? join(import.meta.dirname, '../../dist'));
const server = await serveStatic(siteDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await openHarness(page, server.url);
  for (const query of process.argv.slice(2)) {
    const outcome = await page.evaluate(
      (q) => (globalThis as unknown as { searchOutcome(q: string): Promise<SearchOutcome> }).searchOutcome(q),
      query,
    );
    const { terms, dropped, expansions } = outcome.query;
    console.log(`${query}: ${outcome.mode}; terms ${terms.join(' | ')}; dropped ${dropped.join(' ') || '-'}`);
    if (Object.keys(expansions).length > 0) console.log(`  expansions ${JSON.stringify(expansions)}`);
    for (const hit of outcome.hits.slice(0, Number(process.env['TOP'] ?? 5))) {
      console.log(`  ${hit.score.toFixed(3)} ${hit.matchedTerms} ${hit.url} ${hit.title}`);
      for (const sub of hit.subResults) console.log(`      ${sub.url} ${sub.title.slice(0, 60)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
