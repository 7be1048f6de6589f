/**
 * `npm run bench -- --compare-starlight`: the project's build against Starlight's on the same
 * generated corpus. For each size (BENCH_SIZES, default 1,000 and 5,000 pages) the corpus
 * (real content plus generated FAQ entries, careers and references, `tools/corpus.ts`) is
 * built by the project and, converted by `bench/starlight-corpus.sh`, by a Starlight 0.42.4
 * site with the same Astro, Pagefind, remark-math and KaTeX versions (installed once from npm
 * into `node_modules/.cache/starlight-bench/`). Runs alternate (project first, then Starlight
 * first) with empty caches each time; wall time and CPU time (user + system of the whole process
 * tree, which a busy machine inflates much less) are kept with the 1-minute load average at the
 * start of each build.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, ROOT, runCommand, type BuildResult } from '../tools/site-build.ts';
import { summarizeRuns, type RunSummary } from '../tools/weight/metrics.ts';
import { tempDir, writeCorpus } from './build.ts';
import { seconds, type Row } from './report.ts';

type Log = (message: string) => void;

const SCRIPT = fileURLToPath(new URL('starlight-corpus.sh', import.meta.url));
/** The Starlight project, kept between runs so that npm installs it once. */
const PROJECT = join(ROOT, 'node_modules/.cache/starlight-bench');

interface Side {
  /** HTML pages the build wrote. */
  pages: number;
  wall: RunSummary;
  cpu: RunSummary;
  /** 1-minute load average when each build started. */
  load: number[];
}

export interface StarlightComparison {
  /** Pages asked of the corpus writer. */
  size: number;
  project: Side;
  starlight: Side;
  /** Project median ÷ Starlight median, wall and CPU. */
  wallRatio: number;
  cpuRatio: number;
}

function timed(result: BuildResult, what: string) {
  if (result.code !== 0)
    throw new Error(`${what} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  if (result.time === undefined) throw new Error(`${what}: no timing (is bash on PATH?)`);
  return result.time;
}

/** HTML pages a build reported: Astro's "N page(s) built". */
const builtPages = (output: string) => Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN);

/** Empty caches and output, as for a first build in CI. */
function clearStarlight(): void {
  for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(PROJECT, p), { recursive: true, force: true });
  }
}

/** Installs (first time) and converts `content` into the Starlight project. */
async function prepareStarlight(content: string, log: Log): Promise<void> {
  mkdirSync(PROJECT, { recursive: true });
  log(
    `starlight: converting the corpus${existsSync(join(PROJECT, 'node_modules/.bin/astro')) ? '' : ' (installing Starlight from npm first)'}`,
  );
  const env = {
    ...process.env,
    NO_BUILD: '1',
    PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
  };
  const r = await runCommand('bash', [SCRIPT, content, PROJECT], { cwd: ROOT, env });
  if (r.code !== 0) throw new Error(`starlight-corpus.sh failed:\n${r.output.slice(-4000)}`);
}

export async function compareStarlight(
  sizes: readonly number[],
  runs: number,
  log: Log,
): Promise<StarlightComparison[]> {
  const out: StarlightComparison[] = [];
  for (const size of sizes) {
    const content = tempDir(`starlight-content-${size}`);
    const outDir = tempDir(`starlight-out-${size}`);
    try {
      writeCorpus(content, size);
      await prepareStarlight(content, log);
      const sides = {
        project: { wall: [] as number[], cpu: [] as number[], load: [] as number[], pages: Number.NaN },
        starlight: { wall: [] as number[], cpu: [] as number[], load: [] as number[], pages: Number.NaN },
      };
      const buildProject = async (run: number) => {
        const cache = tempDir(`starlight-cache-${size}`);
        const load = loadavg()[0] ?? Number.NaN;
        log(`compare: project, ${size} pages, run ${run + 1}/${runs} (load ${load.toFixed(2)})`);
        try {
          const r = await buildSite({ contentDir: content, outDir, cacheDir: cache, timed: true });
          const t = timed(r, 'project build');
          sides.project.wall.push(t.wallSeconds);
          sides.project.cpu.push(t.cpuSeconds);
          sides.project.load.push(load);
          sides.project.pages = builtPages(r.output);
        } finally {
          rmSync(cache, { recursive: true, force: true });
        }
      };
      const buildStarlight = async (run: number) => {
        clearStarlight();
        const load = loadavg()[0] ?? Number.NaN;
        log(`compare: Starlight, ${size} pages, run ${run + 1}/${runs} (load ${load.toFixed(2)})`);
        const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
        const r = await runCommand(
          join(PROJECT, 'node_modules/.bin/node'),
          [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'],
          { cwd: PROJECT, env, timed: true },
        );
        const t = timed(r, 'Starlight build');
        sides.starlight.wall.push(t.wallSeconds);
        sides.starlight.cpu.push(t.cpuSeconds);
        sides.starlight.load.push(load);
        sides.starlight.pages = builtPages(r.output);
      };
      for (let run = 0; run < runs; run++) {
        // Alternate who goes first, so that neither always meets the other's leftovers.
        if (run % 2 === 0) {
          await buildProject(run);
          await buildStarlight(run);
        } else {
          await buildStarlight(run);
          await buildProject(run);
        }
      }
      const side = (s: typeof sides.project): Side => ({
        pages: s.pages,
        wall: summarizeRuns(s.wall),
        cpu: summarizeRuns(s.cpu),
        load: s.load,
      });
      const project = side(sides.project);
      const starlight = side(sides.starlight);
      const result = {
        size,
        project,
        starlight,
        wallRatio: project.wall.median / starlight.wall.median,
        cpuRatio: project.cpu.median / starlight.cpu.median,
      };
      out.push(result);
      log(`compare: ${starlightFindings([result]).join(' ')}`);
    } finally {
      rmSync(content, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
      clearStarlight();
    }
  }
  return out;
}

const loadRange = (load: number[]) => `${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`;

export function starlightRows(results: readonly StarlightComparison[]): Row[] {
  return results.flatMap((r) => [
    {
      section: 'vs Starlight',
      measure: `project, corpus of ${r.size.toLocaleString('en')} pages (${r.project.pages} pages)`,
      median: seconds(r.project.wall.median),
      range: `${seconds(r.project.wall.min)} – ${seconds(r.project.wall.max)}`,
      notes: `${r.wallRatio.toFixed(2)}× Starlight's wall time · CPU ${seconds(r.project.cpu.median)} (${r.cpuRatio.toFixed(2)}× Starlight's) · ${((r.project.wall.median / r.project.pages) * 1000).toFixed(1)} ms/page · load ${loadRange(r.project.load)}`,
    },
    {
      section: 'vs Starlight',
      measure: `Starlight 0.42.4, same corpus (${r.starlight.pages} pages)`,
      median: seconds(r.starlight.wall.median),
      range: `${seconds(r.starlight.wall.min)} – ${seconds(r.starlight.wall.max)}`,
      notes: `CPU ${seconds(r.starlight.cpu.median)} · ${((r.starlight.wall.median / r.starlight.pages) * 1000).toFixed(1)} ms/page · load ${loadRange(r.starlight.load)}`,
    },
  ]);
}

export function starlightFindings(results: readonly StarlightComparison[]): string[] {
  return results.map(
    (r) =>
      `Build against Starlight 0.42.4 on the same ${r.size.toLocaleString('en')}-page corpus (median of ${r.project.wall.runs} alternating runs, empty caches): ` +
      `${seconds(r.project.wall.median)} against ${seconds(r.starlight.wall.median)}, ${r.wallRatio.toFixed(2)}× its wall time ` +
      `(CPU time ${r.cpuRatio.toFixed(2)}×; 1-minute load ${loadRange([...r.project.load, ...r.starlight.load])}).`,
  );
}
