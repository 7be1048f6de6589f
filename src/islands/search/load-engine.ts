/**
 * Loads Pagefind's browser API and the search lexicon from the site's own `/pagefind/` folder
 * (both written by the build) and builds the search engine on them; deferred pages' summaries
 * are fetched from there when a result shows them, the Latin words when a query first has one of
 * five letters or more. Called on the first search
 * only; a failed load rejects and the next call tries again (with a fresh URL: a browser keeps a
 * failed module import).
 */
import { createSearchEngine } from '../../lib/search/engine.ts';
import type { PagefindApi, SearchEngine, SearchLexicon } from '../../lib/search/types.ts';
import type { SearchSummary } from '../../schemas/search.ts';

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
  // noWorker: Pagefind's worker script is another 11 KB on the first search, and this index is
  // small enough to search on the main thread (see docs/search.md). Pagefind reads these options
  // when it is created, and any options() call before that replaces them, so create it here,
  // before the engine sets its ranking options (applied to the live instance).
  await pagefind.options({ basePath: bundle, noWorker: true });
  await pagefind.init();
  const engine = createSearchEngine(
    pagefind,
    lexicon,
    async (id) => {
      const response = await fetch(`${bundle}summary/${encodeURIComponent(id)}.json${retry}`);
      if (!response.ok) throw new Error(`search summary ${id}: HTTP ${response.status}`);
      return (await response.json()) as SearchSummary;
    },
    async () => {
      const response = await fetch(`${bundle}search-latin.json${retry}`);
      if (!response.ok) throw new Error(`search Latin words: HTTP ${response.status}`);
      return (await response.json()) as Record<string, string>;
    },
  );
  await engine.init();
  return engine;
}
