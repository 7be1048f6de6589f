/**
 * `npm run bench`: build time, page weight, browser metrics, search and demos, in one table.
 *
 *   npm run bench                          everything, default sizes and runs
 *   npm run bench -- --quick               fewer runs (2; search 1) and corpora of 100 and 500 pages
 *   BENCH_SIZES=100,1000 npm run bench     corpus sizes to build (default 100,1000,5000)
 *   BENCH_RUNS=3 npm run bench             runs per measurement (default 5; corpora: 1 each)
 *   BENCH_SEARCH_RUNS=5 npm run bench      runs of the ten search queries (default 3)
 *   BENCH_LIGHTHOUSE_RUNS=5 npm run bench  Lighthouse runs per page type (default 3)
 *   BENCH_ONLY=weight,pages npm run bench  sections: build, corpus, weight, offline, pages, lighthouse, search,
 *                                          demos, playground, starlight (the last only when named)
 *   npm run bench -- --compare-starlight   only the build against Starlight's on the same corpora
 *                                          (BENCH_SIZES, default 1000,5000; BENCH_RUNS, default 3)
 *
 * Prints the table (Markdown) on stdout and progress on stderr; writes every figure to
 * bench/results/latest.json, and each measured section's rows and findings to bench/RESULTS.json,
 * from which bench/RESULTS.md is rendered (bench/results-file.ts: sections not run keep their last
 * figures, with their date and load). Absolute times are noisy on shared machines; compare
 * ratios, CPU times and sizes.
 *
 * After the real site's build, each measurement is a `Section` in `SECTIONS`: its rows go into
 * the table and its findings into RESULTS.md; add one to the list to extend the bench.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { launchBrowser } from '../tools/browser.ts';
import { buildSite } from '../tools/site-build.ts';
import { LIGHTHOUSE_PAGES, SAMPLE } from '../tools/sample-pages.ts';
import { ARTICLE_BUDGET_KINDS, BUDGETS, CONTENT_BUDGET_KINDS, isContentPage } from '../tools/budgets.ts';
import { pageWeight, SiteFiles } from '../tools/weight/page-weight.ts';
import {
  FIRST_SEARCH_BUDGET,
  searchUiSize,
  SEARCH_UI_BUDGET,
  WARM_SEARCH_GOAL_MS,
} from '../tools/weight/search-ui-size.ts';
import type { RunSummary } from '../tools/weight/metrics.ts';
import { benchCorpus, benchRealSite, tempDir, type BuildTiming } from './build.ts';
import {
  benchDemos,
  benchPages,
  benchSearch,
  type DemoResult,
  type PageResult,
  type SearchResult,
} from './browser.ts';
import { benchPlayground, playgroundRows } from './playground.ts';
import { benchLighthouse, lighthouseFindings, lighthouseRows } from './lighthouse.ts';
import { compareStarlight, starlightFindings, starlightRows } from './starlight.ts';
import { mergeResults, readResults, renderResults, type SectionRecord } from './results-file.ts';
import { precacheFinding, precacheRows, precacheSize } from './offline.ts';
import { benchNodeTraining, nodeTrainingRows } from './training.ts';
import { markdownTable, ms, range, seconds, size, split, type Row } from './report.ts';
import { serveStatic, type StaticServer } from '../tools/static-server.ts';
import { TransferSizes } from './transfer.ts';

const QUERIES = ['能耗', '集群', '程师', '调度', '认证', '交叉熵', '数据中心', '网络工程师', '液冷', '容器'];

function envList(name: string): string[] | undefined {
  const value = process.env[name]?.trim();
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}

const quick = process.argv.includes('--quick');
const compare = process.argv.includes('--compare-starlight');
const runs = Math.max(1, Number(process.env['BENCH_RUNS'] ?? (quick ? 2 : compare ? 3 : 5)) || 5);
/** Ten queries, cold and warm, take about half a minute per run: fewer runs by default. */
const searchRuns = Math.max(
  1,
  Number(process.env['BENCH_SEARCH_RUNS'] ?? (quick ? 1 : Math.min(runs, 3))) || 3,
);
/** Lighthouse takes 10–30 s a page: three runs of nine page types by default. */
const lighthouseRuns = Math.max(
  1,
  Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? (quick ? 1 : Math.min(runs, 3))) || 3,
);
const sizes = (
  envList('BENCH_SIZES') ?? (quick ? ['100', '500'] : compare ? ['1000', '5000'] : ['100', '1000', '5000'])
)
  .map(Number)
  .filter((n) => n > 0);

const startedAt = performance.now();
const log = (message: string) =>
  process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

/** What every section gets: the built site, the settings, and the browser when it asks for it. */
interface BenchContext {
  site: SiteFiles;
  /** Page types measured in the browser (home, article, a FAQ entry, a career, references, demos). */
  types: { name: string; path: string }[];
  transfer: TransferSizes;
  /** Chromium and the site served with a response log; started on first use, shared. */
  browser: () => Promise<{ browser: Browser; server: StaticServer }>;
  /** Figures of the sections that ran before (by name), e.g. the home page's bytes for search. */
  results: Record<string, unknown>;
}

/** One measurement of the bench. */
interface Section {
  name: string;
  /** How it runs, for RESULTS.md (e.g. `5 runs`). */
  runs: () => string;
  /** Runs only when named (BENCH_ONLY or its flag): it is long or needs the npm registry. */
  optIn?: boolean;
  /** Works without the real site's build (the other sections get it built first). */
  noSite?: boolean;
  /** Measures; `details` go to latest.json, `rows` to the table, `findings` to RESULTS.md. */
  run(ctx: BenchContext): Promise<{ details: unknown; rows: Row[]; findings?: string[] }>;
}

const SECTIONS: Section[] = [
  {
    name: 'corpus',
    runs: () => `${sizes.join(', ')} pages, 1 build each`,
    async run() {
      const corpora: BuildTiming[] = [];
      for (const n of sizes) corpora.push(await benchCorpus(n, 1, log));
      const perPage = corpora.map(
        (t) => `${t.pages.toLocaleString('en')} pages ${(t.secondsPerPage * 1000).toFixed(1)} ms/page`,
      );
      return {
        details: corpora,
        rows: corpora.map(buildRow),
        findings: [`Build time per page of the generated corpora: ${perPage.join(', ')}.`],
      };
    },
  },
  {
    name: 'weight',
    runs: () => 'static, from the files',
    run({ site, types }) {
      log('weight: static page weights');
      const weights = staticWeights(site);
      const budgeted = weights.filter((w) => w.headroom !== undefined);
      const tightest = [...budgeted].sort((a, b) => (a.headroom ?? 0) - (b.headroom ?? 0))[0];
      return Promise.resolve({
        details: weights,
        rows: weightRows(weights, types),
        findings: tightest
          ? [
              `Least headroom under a budget: ${tightest.page}, ${size(tightest.counted)} of ` +
                `${size(tightest.budget ?? 0)} (${size(tightest.headroom ?? 0)} left).`,
            ]
          : [],
      });
    },
  },
  {
    name: 'offline',
    runs: () => 'static, from the files',
    async run({ site }) {
      log('offline: the service worker precache');
      const precache = await precacheSize(site);
      return { details: precache, rows: precacheRows(precache), findings: [precacheFinding(precache)] };
    },
  },
  {
    name: 'pages',
    runs: () => `${runs} run(s)`,
    async run({ types, transfer, browser }) {
      const { server } = await browser();
      const pages = await benchPages(server, transfer, types, runs, log);
      return { details: pages, rows: pageRows(pages) };
    },
  },
  {
    name: 'lighthouse',
    runs: () => `${lighthouseRuns} run(s)`,
    async run({ browser }) {
      const { server } = await browser();
      const results = await benchLighthouse(server, LIGHTHOUSE_PAGES, lighthouseRuns, log);
      return { details: results, rows: lighthouseRows(results), findings: lighthouseFindings(results) };
    },
  },
  {
    name: 'search',
    runs: () => `${searchRuns} run(s)`,
    async run({ site, transfer, browser, results }) {
      const { browser: chromium, server } = await browser();
      const search = await benchSearch(chromium, server, transfer, QUERIES, searchRuns, log);
      const home = (results['pages'] as PageResult[] | undefined)?.find((p) => p.path === '/');
      const cold = search.map((r) => r.cold.bytes.total);
      const warm = search.map((r) => r.warm.bytes.total);
      const warmMs = search.map((r) => r.warm.ms.median);
      const ui = searchUiSize(site.dir);
      return {
        details: { queries: search, ui },
        rows: [
          {
            section: 'search',
            measure: 'search UI: JS and CSS (budget)',
            median: size(ui.total),
            range: '—',
            notes: `JS ${size(ui.js)} · CSS ${size(ui.css)}; budget ${size(SEARCH_UI_BUDGET)}`,
          },
          ...searchRows(search, home),
        ],
        findings: [
          `The first search on a page fetches ${size(Math.min(...cold))}–${size(Math.max(...cold))} ` +
            `(by query); a later query ${size(Math.min(...warm))}–${size(Math.max(...warm))} more.`,
          `Search budgets: first search at most ${size(Math.max(...cold))} of ${size(FIRST_SEARCH_BUDGET)}; ` +
            `the search UI ${size(ui.total)} of ${size(SEARCH_UI_BUDGET)}; input to first results with ` +
            `search loaded ${ms(Math.min(...warmMs))}–${ms(Math.max(...warmMs))} (medians by query) against ` +
            `the goal of ${ms(WARM_SEARCH_GOAL_MS)}.`,
        ],
      };
    },
  },
  {
    name: 'demos',
    runs: () => `${runs} run(s)`,
    async run({ transfer, browser }) {
      const { server } = await browser();
      const demos = await benchDemos(server, transfer, runs, log);
      return { details: demos, rows: demoRows(demos), findings: demoFindings(demos) };
    },
  },
  {
    name: 'playground',
    runs: () => `${runs} run(s)`,
    async run({ browser }) {
      const { browser: chromium, server } = await browser();
      const playground = await benchPlayground(chromium, server, runs, log);
      // Node's figure beside the worker's: the same trainer without a browser.
      const nodeTraining = benchNodeTraining(runs);
      return {
        details: { ...playground, nodeTraining },
        rows: [...playgroundRows(playground), ...nodeTrainingRows(nodeTraining)],
      };
    },
  },
  {
    name: 'starlight',
    runs: () => `${runs} alternating run(s), ${sizes.join(', ')} pages`,
    optIn: true,
    noSite: true,
    async run() {
      const results = await compareStarlight(sizes, runs, log);
      return { details: results, rows: starlightRows(results), findings: starlightFindings(results) };
    },
  },
];

const SECTION_NAMES = ['build', ...SECTIONS.map((s) => s.name)];
const only = compare ? ['starlight'] : envList('BENCH_ONLY');
const unknown = only?.filter((s) => !SECTION_NAMES.includes(s)) ?? [];
if (unknown.length > 0)
  throw new Error(`unknown BENCH_ONLY section(s): ${unknown.join(', ')}; use ${SECTION_NAMES.join(', ')}`);
const enabled = (name: string) =>
  only === undefined ? !SECTIONS.find((s) => s.name === name)?.optIn : only.includes(name);

/** The page types measured, with a FAQ entry and a career that exist in this build. */
function pageTypes(site: SiteFiles): { name: string; path: string }[] {
  const pick = (folder: string, preferred: string) => {
    if (site.file(`/${folder}/${preferred}/`)) return `/${folder}/${preferred}/`;
    const first = readdirSync(join(site.dir, folder), { withFileTypes: true }).find(
      (d) => d.isDirectory() && site.file(`/${folder}/${d.name}/`),
    );
    if (!first) throw new Error(`no ${folder} entry in the build`);
    return `/${folder}/${first.name}/`;
  };
  return [
    { name: 'home', path: '/' },
    { name: 'article', path: '/article/' },
    { name: 'FAQ entry', path: pick('faq', SAMPLE.faq) },
    { name: 'career', path: pick('careers', SAMPLE.career) },
    { name: 'references', path: '/references/' },
    { name: 'demos', path: '/demos/' },
  ];
}

/** Static (budgeted) weight of every page: the figures `npm test` checks, with headroom. */
function staticWeights(site: SiteFiles) {
  const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
  return pages.sort().map((page) => {
    const article = page === '/article/';
    const w = pageWeight(site, page, { fonts: article || page === '/demos/' });
    const budget = article ? BUDGETS.article : isContentPage(page) ? BUDGETS.content : undefined;
    // Budgeted pages count what their budget counts; others (demos, lists, 404) count everything.
    const kinds: readonly string[] = article
      ? ARTICLE_BUDGET_KINDS
      : budget === undefined
        ? ['html', 'css', 'js', 'font', 'wasm', 'model', 'other']
        : CONTENT_BUDGET_KINDS;
    const counted = w.assets.filter((a) => kinds.includes(a.kind)).reduce((s, a) => s + a.transfer, 0);
    return {
      page,
      counted,
      budget,
      headroom: budget === undefined ? undefined : budget - counted,
      byKind: w.byKind,
    };
  });
}

function machine(chromium: string | undefined) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${process.arch}`,
    node: process.version,
    chromium: chromium ?? 'not started',
    date: new Date().toISOString(),
  };
}

/** A record for RESULTS.json of a section that started at `ranAt` with `load`. */
function record(
  started: { ranAt: string; load: number[] },
  runs: string,
  r: { rows: Row[]; findings?: string[] } | { failed: string },
): SectionRecord {
  return 'failed' in r
    ? { ...started, runs, rows: [], findings: [], failed: r.failed }
    : { ...started, runs, rows: r.rows, findings: r.findings ?? [] };
}

const startNow = () => ({
  ranAt: new Date().toISOString(),
  load: os.loadavg().map((l) => Number(l.toFixed(2))),
});

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    config: {
      quick,
      runs,
      searchRuns,
      lighthouseRuns,
      sizes,
      sections: SECTION_NAMES.filter(enabled),
      queries: QUERIES,
    },
  };
  const fresh: Record<string, SectionRecord> = {};
  const failed: string[] = [];
  const siteDir = tempDir('site');
  const sections = SECTIONS.filter((s) => enabled(s.name));
  let started: { browser: Browser; server: StaticServer } | undefined;
  try {
    let site: SiteFiles | undefined;
    if (enabled('build')) {
      // The real site's build, timed; it leaves the site in siteDir for the sections.
      const start = startNow();
      const real = await benchRealSite(siteDir, runs, log);
      results['build'] = real;
      fresh['build'] = record(start, `${runs} run(s)`, { rows: [buildRow(real.cold), buildRow(real.warm)] });
      site = new SiteFiles(siteDir);
    } else if (sections.some((s) => !s.noSite)) {
      log('build: real site (untimed, for the other sections)');
      const r = await buildSite({ outDir: siteDir, cacheDir: `${siteDir}-cache` });
      if (r.code !== 0) throw new Error(`site build failed:\n${r.output.slice(-4000)}`);
      site = new SiteFiles(siteDir);
    }
    const transfer = site === undefined ? undefined : new TransferSizes(site);
    const ctx: BenchContext | undefined =
      site === undefined || transfer === undefined
        ? undefined
        : {
            site,
            types: pageTypes(site),
            transfer,
            results,
            browser: async () => {
              if (started === undefined) {
                const server = await serveStatic(siteDir, { log: true, idleMs: 30 * 60_000 });
                // Compressed before measuring, so that no measured request waits for it.
                log(`server: compressed ${await server.precompress()} files (brotli)`);
                started = { browser: await launchBrowser(), server };
              }
              return started;
            },
          };
    try {
      for (const section of sections) {
        // A section that fails (e.g. a page whose markup changed) is reported, and the others
        // still run: their figures are not lost, and RESULTS.md says what was not measured.
        const start = startNow();
        try {
          if (ctx === undefined && !section.noSite) throw new Error('no site was built');
          const r = await section.run(ctx ?? ({ results } as BenchContext));
          results[section.name] = r.details;
          fresh[section.name] = record(start, section.runs(), r);
        } catch (error) {
          const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
          log(`${section.name}: FAILED: ${message}`);
          failed.push(`${section.name}: ${message}`);
          fresh[section.name] = record(start, section.runs(), { failed: message });
        }
      }
    } finally {
      transfer?.save();
      await started?.browser.close();
      await started?.server.close();
    }
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
    rmSync(`${siteDir}-cache`, { recursive: true, force: true });
  }

  const m = machine(started?.browser.version());
  const totalSeconds = (performance.now() - startedAt) / 1000;
  Object.assign(results, { machine: m, sections: fresh, failed, totalSeconds });
  const outDir = fileURLToPath(new URL('results/', import.meta.url));
  if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

  const machineLine =
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; Chromium ${m.chromium}.` +
    `${quick ? ' Last run with `--quick`.' : ''}`;
  const table = markdownTable(Object.values(fresh).flatMap((r) => r.rows));
  console.log(
    `${machineLine}\nThis run: ${Object.keys(fresh).join(', ')} (${seconds(totalSeconds)}).\n\n${table}`,
  );
  if (failed.length > 0) {
    console.log(`\nFailed sections:\n${failed.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
  const jsonFile = fileURLToPath(new URL('RESULTS.json', import.meta.url));
  const merged = mergeResults(readResults(jsonFile), machineLine, fresh);
  // Both files formatted as the repository's Prettier settings would, so that `npm run format:check` passes.
  writeFileSync(
    jsonFile,
    await format(JSON.stringify(merged), { ...(await resolveConfig(jsonFile)), filepath: jsonFile }),
  );
  const file = fileURLToPath(new URL('RESULTS.md', import.meta.url));
  const markdown = await format(renderResults(merged, SECTION_NAMES, METHOD), {
    ...(await resolveConfig(file)),
    filepath: file,
  });
  writeFileSync(file, markdown);
  log(
    `wrote bench/RESULTS.json and bench/RESULTS.md (sections: ${Object.keys(fresh).join(', ')}) and bench/results/latest.json`,
  );
}

/** How the figures are measured, said once at the top of RESULTS.md. */
const METHOD = [
  'Absolute times are noisy on shared machines: compare ratios, CPU times and sizes, and read the ' +
    'load average beside each section. Sizes are brotli 11 (woff2 and gzip files raw), 1 KB = 1,024 ' +
    'bytes. Browser: headless Chromium, 1280×900, site on 127.0.0.1 (no network latency) served by ' +
    'tools/static-server.ts; cold = new profile, warm = same profile again. Lighthouse: its default ' +
    'mobile settings (simulated slow 4G and 4× CPU slowdown). Medians and p95 are nearest-rank. ' +
    "Search times run from the query's input event to the first rendered result and include " +
    "Pagefind's 300 ms input debounce. Demo latencies are the backends demo’s own figures (medians " +
    'over runs of its p50).',
];

/** Static weight rows: each page type, then the heaviest FAQ entry and career. */
function weightRows(
  weights: ReturnType<typeof staticWeights>,
  types: { name: string; path: string }[],
): Row[] {
  const rows: Row[] = [];
  for (const { name, path } of types) {
    const w = weights.find((x) => x.page === path);
    if (!w) continue;
    rows.push({
      section: 'weight (static)',
      measure: `${name} ${path}`,
      median: size(w.counted),
      range: '—',
      notes:
        (w.budget === undefined
          ? 'no budget'
          : `budget ${size(w.budget)}, headroom ${size(w.headroom ?? 0)}`) + ` · ${split(w.byKind)}`,
    });
  }
  const worst = (re: RegExp) =>
    weights.filter((w) => re.test(w.page)).sort((a, b) => b.counted - a.counted)[0];
  for (const [label, re] of [
    ['largest FAQ entry', /^\/faq\/[^/]+\/$/],
    ['largest career', /^\/careers\/[^/]+\/$/],
  ] as const) {
    const w = worst(re);
    if (w?.budget !== undefined) {
      rows.push({
        section: 'weight (static)',
        measure: `${label} ${w.page}`,
        median: size(w.counted),
        range: '—',
        notes: `budget ${size(w.budget)}, headroom ${size(w.headroom ?? 0)}`,
      });
    }
  }
  return rows;
}

/** What the demos page costs, and ORT against the TypeScript pass at the largest batch. */
function demoFindings(d: DemoResult): string[] {
  const wasm = d.bytes.cold.byKind.wasm;
  const lines = [
    `The demos page transfers ${size(d.bytes.cold.total)} until the first demo's result` +
      ` (${size(wasm)} of it WASM); ${size(d.bytes.warm.total)} on a second visit.`,
  ];
  const baseline = d.backends.find((b) => b.name.startsWith('TypeScript'));
  const batches = Object.keys(baseline?.batches ?? {}).sort((a, b) => Number(b) - Number(a));
  for (const b of d.backends.filter((x) => x !== baseline)) {
    for (const batch of batches) {
      const ts = baseline?.batches[batch]?.p50.median;
      const ort = b.batches[batch]?.p50.median;
      if (ts === undefined || ort === undefined || !Number.isFinite(ts) || !Number.isFinite(ort)) continue;
      lines.push(
        `${b.name}, batch ${Number(batch).toLocaleString('en')}: ${ms(ort)} per run against the ` +
          `TypeScript pass's ${ms(ts)} (${ort < ts ? `${(ts / ort).toFixed(1)}× faster` : `${(ort / ts).toFixed(1)}× slower`}).`,
      );
    }
  }
  return lines;
}

/** Phases read from the log's clock times, to the second. */
const wholeSeconds = (v: number) => (!Number.isFinite(v) ? '—' : v < 1 ? '< 1 s' : `≈ ${v} s`);

function buildRow(t: BuildTiming): Row {
  const g = t.generated;
  const p = t.phases;
  const perPage = (type: string) => {
    const r = p.routes[type];
    return r ? `${type} ${((r.seconds / r.pages) * 1000).toFixed(1)} ms/page` : undefined;
  };
  const careersIndex = p.routes['careers/index'];
  const render = [
    perPage('faq'),
    perPage('careers'),
    careersIndex ? `careers index ${seconds(careersIndex.seconds)}` : undefined,
  ].filter(Boolean);
  return {
    section: 'build',
    measure: `${t.label}${t.label.includes(String(t.pages.toLocaleString('en'))) ? '' : ` (${t.pages} pages)`}`,
    median: seconds(t.seconds.median),
    range: range(t.seconds, seconds),
    notes:
      `${(t.secondsPerPage * 1000).toFixed(1)} ms/page` +
      ` · sync ${seconds(p.syncSeconds)}, render ${seconds(p.renderSeconds)} (${render.join(', ')}),` +
      ` checks ${wholeSeconds(p.checkSeconds)}, Pagefind ${wholeSeconds(p.pagefindSeconds)}` +
      (g ? ` · real content + ${g.faq} FAQ, ${g.careers} careers, ${g.references} refs` : ''),
  };
}

const summary = (s: RunSummary, f: (v: number) => string) => ({ median: f(s.median), range: range(s, f) });

function pageRows(results: PageResult[]): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    rows.push({
      section: 'weight (browser)',
      measure: `${r.name}, before interaction`,
      median: size(r.cold.bytes.total),
      range: '—',
      notes:
        `${split(r.cold.bytes.byKind)}; warm cache ${size(r.warm.bytes.total)}` +
        (r.path === '/demos/' ? ' (the first demo is in view and starts by itself)' : ''),
    });
  }
  for (const r of results) {
    for (const [cache, v] of [
      ['cold', r.cold],
      ['warm', r.warm],
    ] as const) {
      rows.push({
        section: 'page',
        measure: `${r.name}: LCP, ${cache} cache`,
        ...summary(v.lcpMs, ms),
        notes: `TBT ${ms(v.tbtMs.median)} (max ${ms(v.tbtMs.max)}), CLS ${v.cls.median.toFixed(4)} (max ${v.cls.max.toFixed(4)})`,
      });
    }
  }
  return rows;
}

function searchRows(results: SearchResult[], home: PageResult | undefined): Row[] {
  const rows: Row[] = [];
  const first = results[0];
  if (first && home) {
    const total = home.cold.bytes.total + first.cold.bytes.total;
    rows.push({
      section: 'weight (browser)',
      measure: `home + first search (“${first.query}”)`,
      median: size(total),
      range: '—',
      notes: `search added ${split(first.cold.bytes.byKind)}`,
    });
  }
  for (const r of results) {
    rows.push({
      section: 'search',
      measure: `“${r.query}”: first search on a fresh page`,
      ...summary(r.cold.ms, ms),
      notes: `${r.cold.results} results; fetched ${size(r.cold.bytes.total)} (${split(r.cold.bytes.byKind)})`,
    });
  }
  for (const r of results) {
    rows.push({
      section: 'search',
      measure: `“${r.query}”: search already loaded`,
      ...summary(r.warm.ms, ms),
      notes: `fetched ${size(r.warm.bytes.total)}`,
    });
  }
  return rows;
}

function demoRows(d: DemoResult): Row[] {
  const rows: Row[] = [
    {
      section: 'weight (browser)',
      measure: 'demos page until the first demo result',
      median: size(d.bytes.cold.total),
      range: '—',
      notes: `${split(d.bytes.cold.byKind)}; warm cache ${size(d.bytes.warm.total)}`,
    },
  ];
  for (const [label, v] of [
    ['forward pass', d.forward],
    ['decision boundary', d.boundary],
  ] as const) {
    rows.push({
      section: 'demos',
      measure: `${label}: visible → first result, cold cache`,
      ...summary(v.cold, ms),
      notes: '',
    });
    rows.push({
      section: 'demos',
      measure: `${label}: visible → first result, warm cache`,
      ...summary(v.warm, ms),
      notes: '',
    });
  }
  for (const b of d.backends) {
    for (const [batch, s] of Object.entries(b.batches)) {
      rows.push({
        section: 'demos',
        measure: `${b.name}, batch ${Number(batch).toLocaleString('en')}: per run p50`,
        ...summary(s.p50, ms),
        notes:
          `p95 ${ms(s.p95.median)}` +
          (Number.isFinite(b.createMs.median)
            ? `; session ${ms(b.createMs.median)}, first run ${ms(b.firstRunMs.median)}`
            : ''),
      });
    }
  }
  return rows;
}

await main();
