/**
 * A build that deploys anywhere: with `SITE_URL` set, canonical links, Open Graph URLs, the
 * sitemap and robots.txt name that origin and nothing names a local address; without it, the
 * build warns and writes no absolute URL of the site at all (rather than a made-up one). The
 * 404 page never has a canonical link. Builds the minimal fixture in both modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'node-html-parser';
import { buildSite, ROOT, type BuildResult } from '../support/build.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/content-min');
const SITE_URL = 'https://careers.example.org';
/** Addresses a local build used to write into the output. */
const LOCAL = /127\.0\.0\.1|localhost:\d/;

let work = '';
const built: Record<'deploy' | 'local', { dir: string; result: BuildResult }> = {} as never;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deploy-'));
  for (const [mode, siteUrl] of [
    ['deploy', SITE_URL],
    ['local', undefined],
  ] as const) {
    const dir = join(work, mode);
    const result = await buildSite({
      contentDir: FIXTURE,
      outDir: dir,
      cacheDir: join(work, `${mode}-cache`),
      ...(siteUrl === undefined ? {} : { siteUrl }),
    });
    if (result.code !== 0) throw new Error(`${mode} build failed:\n${result.output}`);
    built[mode] = { dir, result };
  }
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

const head = (dir: string, page: string) =>
  parse(readFileSync(join(dir, page), 'utf8')).querySelector('head')!;

describe('a deployment build (SITE_URL set)', () => {
  it('writes absolute canonical and Open Graph URLs on the public origin', () => {
    const { dir } = built.deploy;
    for (const page of [
      'index.html',
      'article/index.html',
      'faq/first/index.html',
      'careers/alpha-engineer/index.html',
    ]) {
      const path = `/${page.replace(/index\.html$/, '')}`;
      const h = head(dir, page);
      expect(h.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(`${SITE_URL}${path}`);
      expect(h.querySelector('meta[property="og:url"]')?.getAttribute('content'), page).toBe(
        `${SITE_URL}${path}`,
      );
      expect(h.querySelector('meta[property="og:image"]')?.getAttribute('content'), page).toBe(
        `${SITE_URL}/screenshot.png`,
      );
    }
  });

  it('writes the sitemap and robots.txt on the public origin', () => {
    const { dir } = built.deploy;
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs).toContain(`${SITE_URL}/article/`);
    expect(locs.every((loc) => loc.startsWith(`${SITE_URL}/`))).toBe(true);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });

  it('names no local address in any file', () => {
    const offenders = [...textFiles(built.deploy.dir)].filter(([, text]) => LOCAL.test(text)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });

  it('gives the 404 page no canonical link (it is served at any missing path)', () => {
    const h = head(built.deploy.dir, '404.html');
    expect(h.querySelector('link[rel="canonical"]')).toBeNull();
    expect(h.querySelector('meta[property="og:url"]')).toBeNull();
    expect(h.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('a local build (no SITE_URL)', () => {
  it('warns loudly, naming the command for a deployment build', () => {
    expect(built.local.result.output).toContain('SITE_URL is not set');
    expect(built.local.result.output).toContain('SITE_URL=https://example.org npm run build');
    expect(built.deploy.result.output).not.toContain('SITE_URL is not set');
  });

  it('writes no canonical, og:url, og:image or sitemap link, and no sitemap', () => {
    const { dir } = built.local;
    for (const page of ['index.html', 'article/index.html', 'faq/first/index.html', '404.html']) {
      const h = head(dir, page);
      expect(h.querySelector('link[rel="canonical"]'), page).toBeNull();
      expect(h.querySelector('link[rel="sitemap"]'), page).toBeNull();
      expect(h.querySelector('meta[property="og:url"]'), page).toBeNull();
      expect(h.querySelector('meta[property="og:image"]'), page).toBeNull();
      // The rest of the Open Graph tags do not need an origin and stay.
      expect(h.querySelector('meta[property="og:title"]'), page).not.toBeNull();
    }
    expect(existsSync(join(dir, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('names no local address in any file either', () => {
    const offenders = [...textFiles(built.local.dir)].filter(([, text]) => LOCAL.test(text)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });
});
