/**
 * After the build (last, once Pagefind has written the search index): writes the service worker
 * `/sw.js`. Its code (src/service-worker/sw.ts) is bundled with esbuild, then Workbox's
 * `injectManifest` puts the precache list into it: every file the globs below find, with a
 * revision (MD5) for files whose names do not change with their content. docs/offline.md
 * explains what is precached and why.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHtml } from 'node-html-parser';
import { getManifest, injectManifest, type ManifestEntry, type ManifestTransform } from 'workbox-build';
import { isOnDemand, servedPath } from '../lib/offline/requests.ts';
import { url } from '../lib/site.ts';

/**
 * What is precached, relative to the built site: every page but the 404 page (the host serves
 * it at any missing path), every script, stylesheet and font the pages load (minus what
 * `isOnDemand` keeps for a demo's first run), the search index Pagefind wrote with our lexicon
 * and summaries (not Pagefind's own UI bundles and worker, which the site does not load), the
 * data files pages fetch, the icon and the web app manifest.
 */
export const PRECACHE_GLOBS = {
  globPatterns: [
    '**/*.html',
    '_astro/**/*.{js,css,woff2}',
    'pagefind/{pagefind.js,pagefind-entry.json,search-lexicon.json,search-latin.json,*.pf_meta,wasm.*.pagefind}',
    'pagefind/{index,fragment,filter,summary}/*',
    'search/*.json',
    'plan/*.json',
    'favicon.svg',
    'manifest.webmanifest',
  ],
  globIgnores: ['404.html', 'sw.js'],
};

/** Files named by content hash (Vite's `/_astro/`): their URL is their revision. */
const HASHED = /^_astro\//;

/**
 * Larger files are never precached: Workbox leaves them out with a warning, which the build
 * repeats and goes on (a reader gets such a page from the network and keeps it in the worker's
 * page cache on the first visit). The real site's pages are far below it (tests/build/budgets:
 * 30 KB); a generated corpus of 5,000 pages has a careers index and a reference list of 4–5 MB.
 */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Workbox's warning for a file over `MAX_FILE_BYTES` (one warning per file). */
const TOO_LARGE = /won't be precached/;

/** Workbox's warnings: files too large to precache are reported, anything else stops the build. */
export function tooLargeOrThrow(warnings: readonly string[], what: string): string[] {
  const other = warnings.filter((w) => !TOO_LARGE.test(w));
  if (other.length > 0) throw new Error(`${what}: ${other.join('; ')}`);
  return warnings.filter((w) => TOO_LARGE.test(w));
}

/** One precached file. */
export interface PrecacheFile {
  /** URL path it is served at (`/faq/x/`). */
  url: string;
  /** Path relative to the built site (`faq/x/index.html`). */
  file: string;
  /** Uncompressed bytes. */
  bytes: number;
  /** `shell`: always installed; `text`: skipped with Save-Data or short storage. */
  tier: 'shell' | 'text';
}

/** Drops on-demand files and serves pages at their folder URL (`/faq/x/`, not `faq/x/index.html`). */
const toServedUrls: ManifestTransform = (entries) => ({
  manifest: entries
    .filter((entry) => !isOnDemand(servedPath(entry.url)))
    // (Workbox drops the `size` it adds to each entry before writing the list.)
    .map((entry) => ({ ...entry, url: servedPath(entry.url) })),
  warnings: [],
});

function workboxOptions(dir: string) {
  return {
    globDirectory: dir,
    ...PRECACHE_GLOBS,
    dontCacheBustURLsMatching: HASHED,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    manifestTransforms: [toServedUrls],
  };
}

/** The same-origin URL path `ref` names from `from`, or null (another origin, a data: URL…). */
function resolveRef(ref: string, from: string): string | null {
  const base = 'http://site.invalid';
  try {
    const resolved = new URL(ref, base + from);
    return resolved.origin === base ? resolved.pathname : null;
  } catch {
    return null;
  }
}

/**
 * What the offline page loads before any interaction: its stylesheets, icon and scripts with
 * the closure of their static imports (read with es-module-lexer; dynamic `import()` left out).
 */
async function offlinePageFiles(dir: string): Promise<Set<string>> {
  const page = url.offline();
  const htmlFile = join(dir, servedPath(page).slice(1), 'index.html');
  if (!existsSync(htmlFile)) throw new Error(`service worker: the offline page ${page} was not built`);
  await initLexer;
  const root = parseHtml(readFileSync(htmlFile, 'utf8'));
  const found = new Set<string>([page]);
  const queue: string[] = [];
  const add = (path: string | null) => {
    if (path === null || found.has(path)) return;
    found.add(path);
    if (path.endsWith('.js')) queue.push(path);
  };
  const importsOf = (source: string, from: string) => {
    const [imports] = parseModule(source);
    // d === -1: a static import or re-export (a dynamic import() has its position there).
    for (const i of imports) if (i.d === -1 && i.n !== undefined) add(resolveRef(i.n, from));
  };
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'icon', 'modulepreload', 'manifest'].includes(r))) {
      add(resolveRef(link.getAttribute('href') ?? '', page));
    }
  }
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src !== undefined) add(resolveRef(src, page));
    else if ((script.getAttribute('type') ?? '') === 'module') importsOf(script.textContent, page);
  }
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const file = join(dir, path.slice(1));
    if (existsSync(file)) importsOf(readFileSync(file, 'utf8'), path);
  }
  return found;
}

/**
 * The precache list of the site built in `dir`, as the service worker gets it, with each file's
 * size and tier (the bench reports its size from this).
 */
export async function precacheList(
  dir: string,
): Promise<{ entries: ManifestEntry[]; files: PrecacheFile[]; tooLarge: string[] }> {
  const { manifestEntries, warnings } = await getManifest(workboxOptions(dir));
  const tooLarge = tooLargeOrThrow(warnings, 'service worker precache');
  const entries = manifestEntries ?? [];
  const shell = await offlinePageFiles(dir);
  const files = entries.map((entry): PrecacheFile => {
    const file = entry.url.endsWith('/') ? `${entry.url.slice(1)}index.html` : entry.url.slice(1);
    return {
      url: entry.url,
      file,
      bytes: readFileSync(join(dir, file)).length,
      tier: shell.has(entry.url) ? 'shell' : 'text',
    };
  });
  const missing = [...shell].filter((path) => !entries.some((e) => e.url === path) && !isOnDemand(path));
  if (missing.length > 0) {
    throw new Error(
      `service worker: the offline page loads files the precache globs miss: ${missing.join(', ')}`,
    );
  }
  return { entries, files, tooLarge };
}

/** Where the worker's source is (next to this folder). */
const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/**
 * Bundles the worker, injects the precache list and writes `dir/sw.js`; returns the list and
 * Workbox's warnings for the files too large to precache.
 */
export async function writeServiceWorker(
  dir: string,
): Promise<{ files: PrecacheFile[]; tooLarge: string[] }> {
  const { files, tooLarge } = await precacheList(dir);
  const shellUrls = files.filter((f) => f.tier === 'shell').map((f) => f.url);
  const textBytes = files.filter((f) => f.tier === 'text').reduce((sum, f) => sum + f.bytes, 0);
  const bundle = await build({
    entryPoints: [SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: {
      // Workbox's modules drop their development logging and checks in production.
      'process.env.NODE_ENV': '"production"',
      __DC_SHELL_URLS__: JSON.stringify(shellUrls),
      __DC_TEXT_BYTES__: String(textBytes),
    },
  });
  const temp = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    const swSrc = join(temp, 'sw.js');
    writeFileSync(swSrc, bundle.outputFiles[0]?.text ?? '');
    const result = await injectManifest({
      ...workboxOptions(dir),
      swSrc,
      swDest: join(dir, url.serviceWorker().slice(1)),
    });
    tooLargeOrThrow(result.warnings, 'service worker');
    if (result.count !== files.length) {
      throw new Error(`service worker: ${result.count} precache entries written, ${files.length} expected`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return { files, tooLarge };
}

/** The integration: runs `writeServiceWorker` after the build; register it after `searchIndex()`. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, tooLarge } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of tooLarge) logger.warn(`not precached: ${warning}`);
        const kb = (tier: PrecacheFile['tier']) =>
          (files.filter((f) => f.tier === tier).reduce((sum, f) => sum + f.bytes, 0) / 1024).toFixed(0);
        logger.info(
          `sw.js: precache ${files.length} files, shell ${kb('shell')} KB + text ${kb('text')} KB (uncompressed)`,
        );
      },
    },
  };
}
