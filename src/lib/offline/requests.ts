/**
 * How the service worker treats each request of the site: the caches it keeps and which kind
 * of file a URL path is. Shared by the worker (src/service-worker/sw.ts), the build that writes
 * its precache list (src/integrations/service-worker.ts) and the page that registers it. Pure:
 * no DOM, no Cache API.
 */

/**
 * The worker's caches. Two are precaches (filled when a version of the worker installs, and
 * emptied of other versions' files when it takes over); the others fill as the reader goes.
 */
export const CACHES = {
  /** Precache: the offline page and what it loads; always installed. */
  shell: 'dc-shell',
  /** Precache: every text page, its CSS, JS and fonts, and the search index; skipped with Save-Data. */
  text: 'dc-text',
  /** Pages opened that are not precached (with Save-Data, or added by a newer deploy). */
  pages: 'dc-pages',
  /** Hashed files under `/_astro/` that are not precached. */
  assets: 'dc-assets',
  /** Search files under `/pagefind/` that are not precached. */
  search: 'dc-search',
  /** ONNX Runtime's code and WASM and the model, when a demo first runs. */
  onDemand: 'dc-on-demand',
} as const;

/** Every cache the worker owns starts with this; a newer worker deletes the ones it no longer names. */
export const CACHE_PREFIX = 'dc-';

/** What a request is, which decides how the worker answers it when the precache has no copy. */
export type RequestKind = 'page' | 'asset' | 'search' | 'on-demand' | 'other';

/**
 * Files a demo loads only when it runs: onnxruntime-web's bundles (`/_astro/ort.*.js`), any
 * WebAssembly under `/_astro/` (ORT's, 14–17 MB) and the model (`.onnx`). Never precached.
 */
export function isOnDemand(pathname: string): boolean {
  return (
    /^\/_astro\/ort\.[^/]*\.js$/.test(pathname) ||
    /^\/_astro\/.*\.wasm$/.test(pathname) ||
    pathname.endsWith('.onnx')
  );
}

/**
 * The kind of the same-origin request for `pathname`. `navigate` is the request's mode: a
 * navigation is a page whatever its path; so is any path ending in `/` (the site's pages are
 * folders), which is how a page's URL arrives when the page asks the worker to cache it.
 */
export function requestKind(pathname: string, mode?: string): RequestKind {
  if (isOnDemand(pathname)) return 'on-demand';
  if (mode === 'navigate' || pathname.endsWith('/')) return 'page';
  if (pathname.startsWith('/_astro/')) return 'asset';
  if (pathname.startsWith('/pagefind/')) return 'search';
  return 'other';
}

/**
 * The URL a built file is served at: `faq/x/index.html` → `/faq/x/`, `index.html` → `/`,
 * `_astro/a.js` → `/_astro/a.js` (the site links to folders, with the trailing slash).
 */
export function servedPath(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
