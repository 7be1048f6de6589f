/**
 * Runs `astro build` in a child process (the same Node that runs the tests) with a chosen
 * content folder and output folder, and returns its exit code and combined output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Where the test run builds the real site; browser tests serve it. */
export const SITE_DIR = process.env['SITE_DIR'] ? resolve(process.env['SITE_DIR']) : join(ROOT, '.tmp/site');

/**
 * Public URL the test builds of the real site are made with, as a deployment build would be
 * (`SITE_URL`), so canonical links, the sitemap and robots.txt are written. `.example` is a
 * reserved top-level domain: nothing ever resolves it.
 */
export const TEST_SITE_URL = 'https://ai-dc-careers.example';

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Builds the site from `contentDir` into `outDir` (emptied first), with `SITE_URL` set to
 * `siteUrl` or, when it is omitted, unset (whatever the calling shell has).
 */
export function buildSite(options: {
  contentDir?: string;
  outDir: string;
  cacheDir?: string;
  siteUrl?: string;
}): Promise<BuildResult> {
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: options.outDir, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (options.contentDir) env['CONTENT_DIR'] = options.contentDir;
  if (options.cacheDir) env['ASTRO_CACHE_DIR'] = options.cacheDir;
  if (options.siteUrl === undefined) delete env['SITE_URL'];
  else env['SITE_URL'] = options.siteUrl;
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

/** Builds the real site into SITE_DIR unless it is there already (browser tests run after the build tests). */
export async function ensureSite(): Promise<string> {
  if (!existsSync(join(SITE_DIR, 'index.html'))) {
    const result = await buildSite({ outDir: SITE_DIR, siteUrl: TEST_SITE_URL });
    if (result.code !== 0) throw new Error(`site build failed:\n${result.output}`);
  }
  return SITE_DIR;
}
