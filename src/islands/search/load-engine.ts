/**
 * Loads Pagefind's browser API and the search lexicon from the site's own `/pagefind/` folder
 * (both written by the build) and builds the search engine on them. Called on the first search
 * only; a failed load rejects and the next call tries again (with a fresh URL: a browser keeps a
 * failed module import).
 */
import { createSearchEngine } from '../../lib/search/engine.ts';
import type { PagefindApi, SearchEngine, SearchLexicon } from '../../lib/search/types.ts';

let attempt = 0;

/** Imports `${bundle}pagefind.js` and `${bundle}search-lexicon.json`, initialises, returns the engine. */
export async function loadEngine(bundle: string): Promise<SearchEngine> {
  attempt += 1;
  const retry = attempt > 1 ? `?retry=${attempt}` : '';
  const [pagefind, lexicon] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js${retry}`) as Promise<PagefindApi>,
    fetch(`${bundle}search-lexicon.json${retry}`).then((response) => {
      if (!response.ok) throw new Error(`search lexicon: HTTP ${response.status}`);
      return response.json() as Promise<SearchLexicon>;
    }),
  ]);
  // noWorker: Pagefind's worker script is another 12 KB (gzip) on the first search, and
  // this index is small enough to search on the main thread (see README, Search).
  await pagefind.options({ basePath: bundle, noWorker: true });
  const engine = createSearchEngine(pagefind, lexicon);
  await engine.init();
  return engine;
}
