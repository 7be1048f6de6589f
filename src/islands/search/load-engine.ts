/**
 * Loads Pagefind's browser API from the site's own `/pagefind/` folder (written by the build)
 * and builds the search engine on it. Called on the first search only; a failed load rejects
 * and the next call tries again (with a fresh URL: a browser keeps a failed module import).
 */
import type { PagefindApi, SearchEngine } from '../../lib/search/types.ts';
import { createPassthroughEngine } from './passthrough-engine.ts';

let attempt = 0;

/** Imports `${bundle}pagefind.js`, initialises it, and returns the engine over it. */
export async function loadEngine(bundle: string): Promise<SearchEngine> {
  attempt += 1;
  const url = `${bundle}pagefind.js${attempt > 1 ? `?retry=${attempt}` : ''}`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  // noWorker: Pagefind's worker script is another 12 KB (gzip) on the first search, and
  // this index is small enough to search on the main thread (see README, Search).
  await pagefind.options({ basePath: bundle, excerptLength: 40, noWorker: true });
  await pagefind.init();
  return createPassthroughEngine(pagefind);
}
