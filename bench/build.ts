/**
 * Build benchmarks: wall time of the full build (Astro, the site checks and Pagefind) of the
 * real site, and of generated corpora of N pages, each through `buildSite` into temporary
 * folders. A corpus is the real content plus generated FAQ entries, careers and references
 * (tools/corpus.ts) up to N HTML pages in all.
 */
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSite, ROOT } from '../tools/site-build.ts';
import { corpusCounts, generateCorpus } from '../tools/corpus.ts';
import { summarizeRuns, type RunSummary } from '../tools/weight/metrics.ts';
import { parseBuildLog, type BuildPhases } from '../tools/build-log.ts';

export interface BuildTiming {
  /** What was built, e.g. `real site` or `corpus 1,000`. */
  label: string;
  /** HTML pages the build reported. */
  pages: number;
  /** Wall time in seconds. */
  seconds: RunSummary;
  /** Median seconds per page. */
  secondsPerPage: number;
  /** Generated entries (corpora only). */
  generated?: { faq: number; careers: number; references: number };
  /** Where the time went, from the last run's build log. */
  phases: BuildPhases;
}

/** Makes a temporary folder for one bench step; removed by `cleanup()`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `bench-${prefix}-`));
}

/** Pages reported by the build ("41 page(s) built"), or NaN. */
function builtPages(output: string): number {
  const m = /(\d+) page\(s\) built/.exec(output);
  return m ? Number(m[1]) : Number.NaN;
}

/** Times one build; throws with the build output on failure. */
async function timeBuild(options: { contentDir?: string; outDir: string; cacheDir: string }) {
  const start = performance.now();
  const result = await buildSite(options);
  const seconds = (performance.now() - start) / 1000;
  if (result.code !== 0)
    throw new Error(`build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  return { seconds, pages: builtPages(result.output), phases: parseBuildLog(result.output) };
}

/**
 * Builds the real site `runs` times, each with an empty Astro cache (as in CI), into `outDir`
 * (left in place for the browser benchmarks), then once more with the cache warm.
 */
export async function benchRealSite(
  outDir: string,
  runs: number,
  log: (s: string) => void,
): Promise<{ cold: BuildTiming; warm: BuildTiming }> {
  const cold: number[] = [];
  let pages = Number.NaN;
  let coldPhases = parseBuildLog('');
  let warmPhases = coldPhases;
  const warmCache = tempDir('cache');
  try {
    for (let i = 0; i < runs; i++) {
      const cacheDir = i === runs - 1 ? warmCache : tempDir('cache');
      log(`build: real site, run ${i + 1}/${runs} (empty cache)`);
      const r = await timeBuild({ outDir, cacheDir });
      cold.push(r.seconds);
      pages = r.pages;
      coldPhases = r.phases;
      if (cacheDir !== warmCache) rmSync(cacheDir, { recursive: true, force: true });
    }
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      log(`build: real site, run ${i + 1}/${runs} (warm cache)`);
      const r = await timeBuild({ outDir, cacheDir: warmCache });
      warm.push(r.seconds);
      warmPhases = r.phases;
    }
    const timing = (label: string, values: number[], phases: BuildPhases): BuildTiming => {
      const seconds = summarizeRuns(values);
      return { label, pages, seconds, secondsPerPage: seconds.median / pages, phases };
    };
    return {
      cold: timing('real site, empty cache', cold, coldPhases),
      warm: timing('real site, warm cache', warm, warmPhases),
    };
  } finally {
    rmSync(warmCache, { recursive: true, force: true });
  }
}

/** Counts the HTML pages the real content makes (entries plus the fixed pages). */
function realPageCount(contentDir: string): number {
  const entries = (folder: string) =>
    readdirSync(join(contentDir, folder)).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_')).length;
  // home, article, FAQ index, careers index, references, demos, 404
  return 7 + entries('faq') + entries('careers');
}

/** Writes the real content plus generated entries making `pages` pages into `dir`. */
export function writeCorpus(dir: string, pages: number): NonNullable<BuildTiming['generated']> {
  const real = join(ROOT, 'content');
  const extra = pages - realPageCount(real);
  if (extra < 0) throw new Error(`a corpus of ${pages} pages is smaller than the real site`);
  cpSync(real, dir, { recursive: true });
  const corpus = generateCorpus(corpusCounts(extra));
  for (const file of corpus.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  const refs = join(dir, 'references.yaml');
  if (!readFileSync(refs, 'utf8').endsWith('\n')) appendFileSync(refs, '\n');
  appendFileSync(refs, corpus.referencesYaml);
  return corpus.counts;
}

/** Builds a generated corpus of `pages` pages `runs` times (empty cache each time). */
export async function benchCorpus(
  pages: number,
  runs: number,
  log: (s: string) => void,
): Promise<BuildTiming> {
  const content = tempDir(`content-${pages}`);
  const out = tempDir(`out-${pages}`);
  try {
    const generated = writeCorpus(content, pages);
    const times: number[] = [];
    let built = Number.NaN;
    let phases = parseBuildLog('');
    for (let i = 0; i < runs; i++) {
      const cache = tempDir(`cache-${pages}`);
      log(`build: corpus of ${pages} pages, run ${i + 1}/${runs}`);
      try {
        const r = await timeBuild({ contentDir: content, outDir: out, cacheDir: cache });
        times.push(r.seconds);
        built = r.pages;
        phases = r.phases;
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    }
    const seconds = summarizeRuns(times);
    return {
      label: `corpus of ${pages.toLocaleString('en')} pages`,
      pages: built,
      seconds,
      secondsPerPage: seconds.median / built,
      generated,
      phases,
    };
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
