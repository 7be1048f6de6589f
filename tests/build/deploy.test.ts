/**
 * A build that deploys anywhere: with `SITE_URL` set, canonical links, Open Graph URLs, the
 * sitemap and robots.txt name that origin and nothing names a local address; without it, the
 * build warns and writes no absolute URL of the site at all (rather than a made-up one). The
 * 404 page never has a canonical link. The deployment build is the real site the other tests use
 * (`ensureSite`, built with `TEST_SITE_URL`); the local one is built here from the small content
 * fixture (every page type, a fraction of the real site's build time: the URLs a page writes do
 * not depend on its content).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'node-html-parser';
import {
  CONTENT_FIXTURE,
  buildSite,
  ensureSite,
  ROOT,
  TEST_SITE_URL,
  type BuildResult,
} from '../../tools/site-build.ts';

/** Addresses a local build used to write into the output. */
const LOCAL = /127\.0\.0\.1|localhost:\d/;

/** The first entry of a folder of the content in `contentDir`, by file name. */
function firstId(contentDir: string, folder: string): string {
  const [first] = readdirSync(join(contentDir, folder))
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .sort();
  if (first === undefined) throw new Error(`${contentDir}/${folder}/ is empty`);
  return first.replace(/\.mdx?$/, '');
}
/** A page of each kind of the site built from `contentDir`. */
const pagesOf = (contentDir: string) => [
  'index.html',
  'article/index.html',
  `faq/${firstId(contentDir, 'faq')}/index.html`,
  `careers/${firstId(contentDir, 'careers')}/index.html`,
];

let work = '';
let deployDir = '';
let local: { dir: string; result: BuildResult } = { dir: '', result: { code: null, output: '' } };

beforeAll(async () => {
  deployDir = await ensureSite();
  work = mkdtempSync(join(tmpdir(), 'deploy-'));
  const dir = join(work, 'local');
  const result = await buildSite({ contentDir: CONTENT_FIXTURE, outDir: dir, cacheDir: join(work, 'cache') });
  if (result.code !== 0) throw new Error(`local build failed:\n${result.output}`);
  local = { dir, result };
}, 480_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every text file of a build (HTML, XML, robots.txt, _headers, JS, CSS, JSON), path → text. */
function textFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (/\.(html|xml|txt|js|css|json)$|(^|\/)_headers$/.test(file)) {
      files.set(file, readFileSync(join(dir, file), 'utf8'));
    }
  }
  return files;
}

const head = (dir: string, page: string) => {
  const element = parse(readFileSync(join(dir, page), 'utf8')).querySelector('head');
  if (element === null) throw new Error(`${page} has no <head>`);
  return element;
};

describe('a deployment build (SITE_URL set)', () => {
  it('writes absolute canonical and Open Graph URLs on the public origin', () => {
    for (const page of pagesOf(join(ROOT, 'content'))) {
      const path = `/${page.replace(/index\.html$/, '')}`;
      const h = head(deployDir, page);
      expect(h.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(
        `${TEST_SITE_URL}${path}`,
      );
      expect(h.querySelector('meta[property="og:url"]')?.getAttribute('content'), page).toBe(
        `${TEST_SITE_URL}${path}`,
      );
      expect(h.querySelector('meta[property="og:image"]')?.getAttribute('content'), page).toBe(
        `${TEST_SITE_URL}/screenshot.png`,
      );
    }
  });

  it('writes the sitemap and robots.txt on the public origin', () => {
    const sitemap = readFileSync(join(deployDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs).toContain(`${TEST_SITE_URL}/article/`);
    expect(locs.filter((loc) => !loc.startsWith(`${TEST_SITE_URL}/`))).toEqual([]);
    expect(readFileSync(join(deployDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`,
    );
  });

  it('names no local address in any file', () => {
    const offenders = [...textFiles(deployDir)].filter(([, text]) => LOCAL.test(text)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });

  it('gives the 404 page no canonical link (it is served at any missing path)', () => {
    const h = head(deployDir, '404.html');
    expect(h.querySelector('link[rel="canonical"]')).toBeNull();
    expect(h.querySelector('meta[property="og:url"]')).toBeNull();
    expect(h.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('a local build (no SITE_URL)', () => {
  it('warns loudly, naming the command for a deployment build', () => {
    expect(local.result.output).toContain('SITE_URL is not set');
    expect(local.result.output).toContain('SITE_URL=https://example.org npm run build');
  });

  it('writes no canonical, og:url, og:image or sitemap link, and no sitemap', () => {
    for (const page of [...pagesOf(CONTENT_FIXTURE), '404.html']) {
      const h = head(local.dir, page);
      expect(h.querySelector('link[rel="canonical"]'), page).toBeNull();
      expect(h.querySelector('link[rel="sitemap"]'), page).toBeNull();
      expect(h.querySelector('meta[property="og:url"]'), page).toBeNull();
      expect(h.querySelector('meta[property="og:image"]'), page).toBeNull();
      // The other Open Graph tags need no origin and stay.
      expect(h.querySelector('meta[property="og:title"]'), page).not.toBeNull();
    }
    expect(existsSync(join(local.dir, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(local.dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('names no local address in any file either', () => {
    const offenders = [...textFiles(local.dir)].filter(([, text]) => LOCAL.test(text)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });
});
