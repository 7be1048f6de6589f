/**
 * The service worker's build output on the built site (`.tmp/site`): `sw.js` carries the
 * precache list the build computes; the list has every page (but the 404 page), everything each
 * page loads before interaction, the KaTeX fonts and the whole search index, and nothing a demo
 * loads on its first run; it fits the 1 MB (brotli) target; the manifest, headers and pages say
 * what installing and updating need. Behaviour in the browser: tests/e2e/offline*.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { ensureSite, SITE_DIR } from '../../tools/site-build.ts';
import { SiteFiles, staticLoads } from '../../tools/weight/page-weight.ts';
import { transferSize } from '../../tools/weight/compress.ts';
import { precacheList, type PrecacheFile } from '../../src/integrations/service-worker.ts';
import { parseHeadersFile, headersFor } from '../../src/lib/site-checks/headers-file.ts';
import { isOnDemand, servedPath } from '../../src/lib/offline/requests.ts';
import { SAVED_PAGES_MARK } from '../../src/lib/offline/saved-pages.ts';
import { url } from '../../src/lib/site.ts';
import { BUDGETS } from '../../tools/budgets.ts';

/** The target for every text page and the search index, compressed as hosts serve them. */
const PRECACHE_BUDGET = BUDGETS.precache;

let files: PrecacheFile[] = [];
let precached: Set<string>;
let sw = '';

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
}

beforeAll(async () => {
  await ensureSite();
  files = (await precacheList(SITE_DIR)).files;
  precached = new Set(files.map((f) => f.url));
  sw = readFileSync(join(SITE_DIR, 'sw.js'), 'utf8');
});

describe('sw.js', () => {
  it('carries the precache list the build computes, each file with its revision or hashed name', async () => {
    const { entries } = await precacheList(SITE_DIR);
    for (const entry of entries) {
      expect(sw, entry.url).toContain(JSON.stringify({ revision: entry.revision, url: entry.url }));
      // Only Vite's content-hashed files go without a revision.
      expect(entry.revision === null, entry.url).toBe(entry.url.startsWith('/_astro/'));
    }
    expect(sw).not.toContain('__WB_MANIFEST');
  });

  it('precaches every page but the 404 page, and everything each page loads before interaction', () => {
    const site = new SiteFiles(SITE_DIR);
    const pages = builtFiles(SITE_DIR)
      .filter((f) => f.endsWith('.html') && f !== '404.html')
      .map(servedPath);
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const missing = staticLoads(site, page).paths.filter(
        (p) => !precached.has(p) && !p.startsWith('/icons/'),
      );
      expect(missing, page).toEqual([]);
    }
    expect(precached.has('/404.html')).toBe(false);
  });

  it('precaches the KaTeX fonts, the whole search index, the lexicon and summaries', () => {
    const all = builtFiles(SITE_DIR);
    const fonts = all.filter((f) => f.startsWith('_astro/') && f.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    const index = all.filter((f) => /^pagefind\/(index|fragment|filter|summary)\//.test(f));
    expect(index.length).toBeGreaterThan(100);
    const core = all.filter((f) =>
      /^pagefind\/(pagefind\.js|pagefind-entry\.json|search-lexicon\.json|search-latin\.json|.*\.pf_meta|wasm\..*\.pagefind)$/.test(
        f,
      ),
    );
    expect(core.length).toBeGreaterThanOrEqual(5);
    for (const f of [...fonts, ...index, ...core]) expect(precached.has(`/${f}`), f).toBe(true);
  });

  it('precaches nothing a demo loads on its first run, and no Pagefind UI bundle the site does not use', () => {
    expect(files.filter((f) => isOnDemand(f.url) || /\.(wasm|onnx)$/.test(f.url)).map((f) => f.url)).toEqual(
      [],
    );
    expect(files.filter((f) => /pagefind[-_](component-)?(modular-)?ui|pagefind-worker/.test(f.url))).toEqual(
      [],
    );
  });

  it(`fits the precache within ${PRECACHE_BUDGET / 1024} KB brotli; the shell, always installed, is small`, () => {
    const size = (tier?: PrecacheFile['tier']) =>
      files
        .filter((f) => tier === undefined || f.tier === tier)
        .reduce((sum, f) => sum + transferSize(f.url, readFileSync(join(SITE_DIR, f.file))), 0);
    expect(size()).toBeLessThanOrEqual(PRECACHE_BUDGET);
    expect(size('shell')).toBeLessThanOrEqual(64 * 1024);
    expect(files.filter((f) => f.tier === 'shell').map((f) => f.url)).toContain(url.offline());
  });
});

describe('install and update', () => {
  const headers = () => parseHeadersFile(readFileSync(join(SITE_DIR, '_headers'), 'utf8'));

  it('serves sw.js uncached and the manifest with its media type (_headers)', () => {
    expect(headersFor(headers(), url.serviceWorker()).get('Cache-Control')).toBe('no-cache');
    expect(headersFor(headers(), url.webManifest()).get('Content-Type')).toMatch(
      /^application\/manifest\+json/,
    );
  });

  it('links the manifest and the light and dark theme colours from every page; the icons exist', () => {
    const manifest = JSON.parse(readFileSync(join(SITE_DIR, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string }[];
    };
    for (const icon of manifest.icons) expect(existsSync(join(SITE_DIR, icon.src)), icon.src).toBe(true);
    for (const f of builtFiles(SITE_DIR).filter((name) => name.endsWith('.html'))) {
      const head = parse(readFileSync(join(SITE_DIR, f), 'utf8')).querySelector('head');
      expect(head?.querySelector('link[rel="manifest"]')?.getAttribute('href'), f).toBe(url.webManifest());
      const media = head?.querySelectorAll('meta[name="theme-color"]').map((m) => m.getAttribute('media'));
      expect(media, f).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    }
  });

  it('builds the offline page for the worker only: with the list mark, noindex, out of the sitemap', () => {
    const html = readFileSync(join(SITE_DIR, 'offline', 'index.html'), 'utf8');
    expect(html).toContain(SAVED_PAGES_MARK);
    expect(parse(html).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8')).not.toContain(url.offline());
  });
});
