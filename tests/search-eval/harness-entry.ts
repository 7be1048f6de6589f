/**
 * Browser entry of the evaluation harness: the engine over the built site's Pagefind index and
 * lexicon, without the search UI. Bundled by `harness.ts` with esbuild; used by the evaluation
 * only when the built site has no `<dc-search>` element yet.
 */
import { createSearchEngine } from '../../src/lib/search/engine.ts';
import type { PagefindApi, SearchEngine, SearchLexicon } from '../../src/lib/search/types.ts';

let engine: Promise<SearchEngine> | undefined;

async function load(): Promise<SearchEngine> {
  const pagefindUrl = '/pagefind/pagefind.js';
  const [pagefind, lexicon] = await Promise.all([
    import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>,
    fetch('/pagefind/search-lexicon.json').then((r) => r.json() as Promise<SearchLexicon>),
  ]);
  return createSearchEngine(pagefind, lexicon, undefined, () =>
    fetch('/pagefind/search-latin.json').then((r) => r.json() as Promise<Record<string, string>>),
  );
}

/** Page URLs for a query, in rank order (what the UI puts in `a[data-result-url]`). */
async function searchUrls(query: string): Promise<string[]> {
  engine ??= load();
  const outcome = await (await engine).search(query);
  return outcome.hits.map((hit) => hit.url.split(/[?#]/)[0] ?? hit.url);
}

/** The whole outcome for a query (for looking into a failure by hand). */
async function searchOutcome(query: string) {
  engine ??= load();
  return (await engine).search(query);
}

Object.assign(globalThis, { searchUrls, searchOutcome });
