/**
 * The site's service worker: offline reading. The build bundles this file with esbuild and
 * Workbox's `injectManifest` writes the precache list into it as `/sw.js`
 * (src/integrations/service-worker.ts); the pages register it once they are idle
 * (src/islands/offline/). docs/offline.md describes the whole design.
 *
 * - Precache, when a version installs: the shell (the offline page and what it loads), and,
 *   unless the reader has Save-Data on or the storage is short, every text page with its CSS, JS
 *   and fonts and the search index. A file whose copy is missing or unreadable is fetched.
 * - Runtime: ONNX Runtime and the model when a demo first runs (cache first: hashed names);
 *   pages and search files not precached from the network first, kept for offline; hashed
 *   files not precached from the cache first.
 * - A page that is neither saved nor reachable gets the offline page with the saved pages listed.
 * - A new version waits until a page asks it to take over (`SKIP_WAITING`, sent when the reader
 *   accepts "有新版本，刷新"), so no page switches versions under the reader. It never claims
 *   the page that installed it either: that page keeps its network requests, the next one is served.
 */
import type { PrecacheEntry } from 'workbox-precaching';
import { PrecacheController } from 'workbox-precaching';
import { Route, Router } from 'workbox-routing';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types.js';
import { CacheFirst, NetworkFirst, type Strategy } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { CACHES, CACHE_PREFIX, requestKind, type RequestKind } from '../lib/offline/requests.ts';
import { SAVED_PAGES_MARK, pageTitle, renderSavedPages, type SavedPage } from '../lib/offline/saved-pages.ts';
import { url as siteUrl } from '../lib/site.ts';

/** URLs of the shell's precache entries (the rest of the manifest is the text precache); set by the build. */
declare const __DC_SHELL_URLS__: string[];
/** Bytes the text precache stores (uncompressed, as Cache Storage counts them); set by the build. */
declare const __DC_TEXT_BYTES__: number;

/** The parts of the service worker's global scope used here (the project's types are the DOM's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  skipWaiting(): Promise<void>;
  readonly navigator: Navigator & { connection?: { saveData?: boolean } };
}
const scope = self as unknown as WorkerScope;

/** Injected by Workbox's injectManifest: `self.__WB_MANIFEST` must stay spelled so. */
const manifest = (self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST;
const shellUrls = new Set(__DC_SHELL_URLS__);
const shell = new PrecacheController({ cacheName: CACHES.shell });
const text = new PrecacheController({ cacheName: CACHES.text });
shell.addToCacheList(manifest.filter((entry) => shellUrls.has(entry.url)));
text.addToCacheList(manifest.filter((entry) => !shellUrls.has(entry.url)));

/**
 * Free storage wanted before the text precache is stored: twice its size, so that a nearly full
 * device keeps room for what the reader opens (and the copies of the next version).
 */
const TEXT_HEADROOM = 2;

/** Whether to precache the text pages and search index: not with Save-Data, nor when storage is short. */
async function wantsTextPrecache(): Promise<boolean> {
  if (scope.navigator.connection?.saveData === true) return false;
  try {
    const { quota, usage } = await scope.navigator.storage.estimate();
    if (quota !== undefined && usage !== undefined) return quota - usage >= __DC_TEXT_BYTES__ * TEXT_HEADROOM;
  } catch {
    /* no estimate: try, the install fails cleanly if the storage is really full */
  }
  return true;
}

/**
 * Precache requests in flight at once. Workbox's own `install()` makes one at a time
 * (GoogleChrome/workbox#2562, against Chrome's ERR_INSUFFICIENT_RESOURCES with unbounded
 * parallelism); with some 300 files of 1–10 KB, most of them Pagefind's index chunks, that is
 * one round trip per file. Six, a browser's connections per host over HTTP/1.1, bound it.
 */
const PRECACHE_CONCURRENCY = 6;

/**
 * What `PrecacheController.install()` does, `PRECACHE_CONCURRENCY` files at a time: each file
 * through the controller's own strategy, which skips a file already cached under its revision
 * and fails on an error response. Revisioned files bypass the HTTP cache. After the first
 * failure no new file starts; it rejects with that failure once the files under way settle.
 * (The strategy's own `waitUntil` promises never reject, so a failure fails the install only
 * through the promise the install handler passes on.)
 */
async function install(controller: PrecacheController, event: ExtendableEvent): Promise<void> {
  const queue = [...controller.getURLsToCacheKeys()];
  let failure: { error: unknown } | undefined;
  const next = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined && !failure; item = queue.shift()) {
      const [url, cacheKey] = item;
      const request = new Request(url, {
        integrity: controller.getIntegrityForCacheKey(cacheKey) ?? '',
        cache: cacheKey === url ? 'default' : 'reload',
        credentials: 'same-origin',
      });
      try {
        await Promise.all(
          controller.strategy.handleAll({ params: { cacheKey }, request, event: event as never }),
        );
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: PRECACHE_CONCURRENCY }, next));
  if (failure) throw failure.error;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

scope.addEventListener('install', (event) => {
  // A failure of the shell, or of the text pages for any reason but storage, fails this install:
  // the version before, if any, keeps serving, and the pages keep using the network. Storage
  // full while storing the text pages (the estimate can be wrong): this version installs with
  // the shell only, as with Save-Data, rather than failing and trying again on every page.
  event.waitUntil(
    (async () => {
      await install(shell, event);
      if (!(await wantsTextPrecache())) return;
      // The copies the version in control serves stay; what this install adds goes if it fails.
      const cache = await caches.open(CACHES.text);
      const before = new Set((await cache.keys()).map((request) => request.url));
      try {
        await install(text, event);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        for (const request of await cache.keys()) if (!before.has(request.url)) await cache.delete(request);
      }
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    Promise.all([
      shell.activate(event as never),
      text.activate(event as never),
      // Caches an earlier version named and this one does not.
      caches.keys().then((names) => {
        const current = new Set<string>(Object.values(CACHES));
        const old = names.filter((name) => name.startsWith(CACHE_PREFIX) && !current.has(name));
        return Promise.all(old.map((name) => caches.delete(name)));
      }),
    ]),
  );
});

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
});

/** Only 200 responses are kept; ExpirationPlugin empties a runtime cache on a quota error. */
function keep(maxEntries: number) {
  return [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true }),
  ];
}

const runtime: Record<Exclude<RequestKind, 'other'>, Strategy> = {
  // Pages from the network while it answers within 5 s, else the copy kept last time.
  page: new NetworkFirst({ cacheName: CACHES.pages, networkTimeoutSeconds: 5, plugins: keep(100) }),
  // Pagefind's entry files keep their names between deploys: network first.
  search: new NetworkFirst({ cacheName: CACHES.search, plugins: keep(400) }),
  // Content-hashed names: a copy is never stale.
  asset: new CacheFirst({ cacheName: CACHES.assets, plugins: keep(200) }),
  'on-demand': new CacheFirst({ cacheName: CACHES.onDemand, plugins: keep(8) }),
};

/** The precached copy of `path` (shell, then text), or undefined when there is none or it cannot be read. */
async function precached(path: string): Promise<Response | undefined> {
  for (const controller of [shell, text]) {
    if (controller.getCacheKeyForURL(path) === undefined) continue;
    try {
      const response = await controller.matchPrecache(path);
      if (response?.ok) return response;
    } catch {
      /* an unreadable cache: the network answers */
    }
  }
  return undefined;
}

/**
 * Same-origin GET requests. Paths only: a query (`?q=` on home, Pagefind's `?retry=`) does not
 * change what a static host serves.
 */
async function handle(options: RouteHandlerCallbackOptions): Promise<Response> {
  const { request, url } = options;
  const copy = await precached(url.pathname);
  if (copy) return copy;
  const kind = requestKind(url.pathname, request.mode);
  return kind === 'other' ? fetch(request) : runtime[kind].handle(options);
}

/** The title of a cached page, read from the first few KB of its HTML. */
async function titleOf(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  const decoder = new TextDecoder();
  let head = '';
  try {
    while (head.length < 16_384 && !/<\/title>/i.test(head)) {
      const { done, value } = await reader.read();
      if (done) break;
      head += decoder.decode(value, { stream: true });
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
  return pageTitle(head);
}

/** Every page some cache holds a readable copy of, titled from its HTML. */
async function savedPages(): Promise<SavedPage[]> {
  const found = new Map<string, SavedPage>();
  for (const name of [CACHES.text, CACHES.pages, CACHES.shell]) {
    try {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (found.has(path) || path === siteUrl.offline() || requestKind(path) !== 'page') continue;
        const response = await cache.match(request);
        if (!response?.ok) continue;
        found.set(path, { path, title: (await titleOf(response)) ?? path });
      }
    } catch {
      /* an unreadable cache lists nothing */
    }
  }
  return [...found.values()];
}

/** The offline page with the saved pages listed, answering a navigation to `requested`. */
async function offlinePage(requested: URL): Promise<Response> {
  const template = await precached(siteUrl.offline());
  if (!template) return Response.error();
  const html = await template.text();
  const searchSaved = (await precached('/pagefind/pagefind.js')) !== undefined;
  const list = renderSavedPages(await savedPages(), requested.pathname + requested.search, { searchSaved });
  return new Response(html.replace(SAVED_PAGES_MARK, list), {
    status: 200,
    headers: template.headers,
  });
}

const router = new Router();
router.registerRoute(
  new Route(({ url, request }) => url.origin === location.origin && request.method === 'GET', handle),
);
// When a strategy fails (no network and no copy, or a cache error): the network once more, then,
// for a page, the offline page.
router.setCatchHandler(async ({ request, url }) => {
  try {
    return await fetch(request);
  } catch {
    return request.mode === 'navigate' ? offlinePage(url) : Response.error();
  }
});
router.addFetchListener();
// `CACHE_URLS` from the page that installed this worker: what it loaded before the worker ran.
router.addCacheListener();
