/**
 * Runs `astro build` in a child process (the same Node that runs the tests) with a chosen
 * content folder and output folder, and returns its exit code and combined output.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** A small content folder with every page type, for builds that test the build (not the content). */
export const CONTENT_FIXTURE = join(ROOT, 'tests/fixtures/content-min');

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
  /** Wall and CPU time (user + system, the child and its children), when asked for. */
  time?: CommandTime;
}

/** How long a command took: wall clock and CPU seconds (user + system, with its children). */
export interface CommandTime {
  wallSeconds: number;
  cpuSeconds: number;
}

/**
 * Runs a command and collects its output (stdout and stderr in one stream, in order). With
 * `timed`, it runs under bash's `time`, which reports the CPU time of the whole process tree:
 * a figure that a busy machine inflates much less than the wall time.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timed?: boolean },
): Promise<BuildResult> {
  const [file, argv] = options.timed
    ? ['bash', ['-c', 'TIMEFORMAT="%R %U %S"; time ("$@" 2>&1)', 'timed', command, ...args]]
    : [command, [...args]];
  return new Promise((done) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    let timing = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) =>
      options.timed ? (timing += d.toString()) : (output += d.toString()),
    );
    child.on('close', (code) => {
      if (!options.timed) return done({ code, output });
      const m = /([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(timing);
      const rest = m ? timing.slice(0, m.index) : timing;
      done({
        code,
        output: output + rest,
        time: m ? { wallSeconds: Number(m[1]), cpuSeconds: Number(m[2]) + Number(m[3]) } : undefined,
      });
    });
  });
}

/**
 * Builds the site from `contentDir` into `outDir` (emptied first), with `SITE_URL` set to
 * `siteUrl` or, when it is omitted, unset (whatever the calling shell has). `timed`: see `runCommand`.
 */
export function buildSite(options: {
  contentDir?: string;
  outDir: string;
  cacheDir?: string;
  siteUrl?: string;
  /** Folder of the generated model files (`$MODELS_DIR`; default models/). */
  modelsDir?: string;
  timed?: boolean;
}): Promise<BuildResult> {
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: options.outDir, NO_COLOR: '1', FORCE_COLOR: '0' };
  // A production build, as `npm run build` makes: Vitest sets NODE_ENV=test, which the child
  // would inherit, and Vite then builds with import.meta.env.PROD false.
  env['NODE_ENV'] = 'production';
  if (options.contentDir) env['CONTENT_DIR'] = options.contentDir;
  if (options.cacheDir) env['ASTRO_CACHE_DIR'] = options.cacheDir;
  if (options.modelsDir) env['MODELS_DIR'] = options.modelsDir;
  if (options.siteUrl === undefined) delete env['SITE_URL'];
  else env['SITE_URL'] = options.siteUrl;
  return runCommand(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env,
    timed: options.timed,
  });
}

/** What the real site is built from: a change to any of these makes `ensureSite` rebuild. */
const SOURCES = ['src', 'content', 'public', 'models', 'astro.config.mjs', 'package-lock.json'];

/** SHA-256 over the paths and bytes of every source file (and the test build's public URL). */
function sourceStamp(root = ROOT): string {
  const hash = createHash('sha256').update(TEST_SITE_URL);
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(`\0${relative(root, path)}\0`).update(readFileSync(path));
  };
  for (const source of SOURCES) visit(join(root, source));
  return hash.digest('hex');
}

const STAMP_FILE = `${SITE_DIR}.stamp`;
const LOG_FILE = `${SITE_DIR}.build.log`;

/**
 * Builds the real site into SITE_DIR (with `TEST_SITE_URL`) unless it is there already and was
 * built from the current sources: the build tests and every browser-test file share one build
 * per change, and a stale `.tmp/site` from an earlier checkout is never tested.
 */
export async function ensureSite(): Promise<string> {
  const stamp = sourceStamp();
  const fresh =
    existsSync(join(SITE_DIR, 'index.html')) &&
    existsSync(STAMP_FILE) &&
    readFileSync(STAMP_FILE, 'utf8') === stamp;
  if (!fresh) {
    rmSync(STAMP_FILE, { force: true });
    const result = await buildSite({ outDir: SITE_DIR, siteUrl: TEST_SITE_URL });
    writeFileSync(LOG_FILE, result.output);
    if (result.code !== 0) throw new Error(`site build failed:\n${result.output}`);
    writeFileSync(STAMP_FILE, stamp);
  }
  return SITE_DIR;
}

/** The output of the build `ensureSite` last made of SITE_DIR. */
export function siteBuildOutput(): string {
  return existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8') : '';
}
