/**
 * Playground benchmark (the `playground` section of `npm run bench`), in headless Chromium on
 * the built site: with the article's settings, how fast the Web Worker trains (epochs per
 * second, time to finish the 1,000 epochs from the click on 开始训练 to `data-state="done"`),
 * the longest main-thread task while it trains (PerformanceObserver `longtask`, i.e. anything
 * over 50 ms; none means every task stayed under 50 ms) beside the island's own drawing time
 * per frame (its User Timing measure `playground:draw`), the same two for a wider network
 * (2-8-8-1 tanh on the circle, CIRCLE_QUERY), and the time from the click on
 * 导出 ONNX to the end of the onnxruntime-web check (the island's own figure, `data-export-ms`;
 * a fresh profile each run, so it includes fetching and compiling ORT's WASM).
 */
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../tools/static-server.ts';
import { APP_READY_MS } from '../tools/timeouts.ts';
import { summarizeRuns, type RunSummary } from '../tools/weight/metrics.ts';
import { ARTICLE_RUN, setupRun } from '../src/lib/model/run.ts';
import { ms, range, seconds, type Row } from './report.ts';

type Log = (message: string) => void;

/** The second configuration measured: two hidden layers of 8 tanh units on the circle. */
const CIRCLE_QUERY = '?dataset=circle&layers=2&units=8&activation=tanh';

/** Main-thread figures of one configuration over the runs. */
interface MainThreadResult {
  /** Longest long task (> 50 ms) while training, or 0 when there was none. */
  longestTaskMs: RunSummary;
  /** Long tasks while training, per run. */
  longTasks: number[];
  /** The island's own drawing per frame while training (User Timing `playground:draw`): median and longest per run. */
  drawMedianMs: RunSummary;
  drawMaxMs: RunSummary;
  /** Frames drawn per run. */
  frames: number[];
  /** Per run, the main thread's own CPU time in its longest long task (0: none); see TrainingRun. */
  longestTaskCpuMs: number[];
}

export interface PlaygroundResult extends MainThreadResult {
  /** Epochs trained per run (the article's 1,000). */
  epochs: number;
  /** Click → done, milliseconds. */
  trainMs: RunSummary;
  epochsPerSecond: RunSummary;
  /** The same trainer in this Node process, training only (no metrics): epochs per second. */
  nodeEpochsPerSecond: RunSummary;
  /** Click on 导出 ONNX → ORT check shown, milliseconds. */
  exportMs: RunSummary;
  /** Long tasks and drawing while a 2-8-8-1 tanh network trains on the circle (CIRCLE_QUERY). */
  circle: MainThreadResult;
}

/** One training run in the page, timed inside it (without the driver's latency). */
interface TrainingRun {
  ms: number;
  epochs: number;
  longest: number;
  count: number;
  /**
   * The main thread's own CPU time in its longest task over 50 ms (Chromium trace, `RunTask`
   * thread duration), or 0 when there was none: on a busy machine a task's wall time includes
   * the time the thread waited for a core, which the page cannot change.
   */
  longestCpu: number;
  draws: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Thread CPU time (ms) of the renderer main thread's longest task over 50 ms in `events`, or 0. */
function longestTaskCpu(events: readonly TraceEvent[]): number {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return Number.NaN;
  const tasks = events.filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      (e.dur ?? 0) > 50_000,
  );
  if (tasks.length === 0) return 0;
  const longest = tasks.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
  return (longest.tdur ?? Number.NaN) / 1000;
}

/** Opens the playground with `query`, trains to the end and returns the page's own figures. */
async function trainInPage(page: Page, url: string): Promise<TrainingRun> {
  await page.addInitScript(installLongTaskObserver);
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('button', { name: '开始训练' }).waitFor({ state: 'visible', timeout: APP_READY_MS });
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>('[data-action="play"]')?.disabled,
    undefined,
    { timeout: APP_READY_MS },
  );
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const run = await page.evaluate(async (timeout) => {
    const root = document.querySelector('#playground') as HTMLElement & { epoch: number };
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    const t0 = performance.now();
    const done = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('training did not finish')), timeout);
      new MutationObserver(() => {
        if (root.dataset['state'] === 'done') {
          clearTimeout(timer);
          resolve(performance.now());
        }
      }).observe(root, { attributes: true, attributeFilter: ['data-state'] });
    });
    document.querySelector<HTMLButtonElement>('[data-action="play"]')?.click();
    const t1 = await done;
    const tasks = w.__longTasks.filter((t) => t.start >= t0 && t.start <= t1);
    const draws = performance
      .getEntriesByName('playground:draw')
      .filter((e) => e.startTime >= t0 && e.startTime <= t1)
      .map((e) => e.duration)
      .sort((a, b) => a - b);
    return {
      ms: t1 - t0,
      epochs: root.epoch,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      count: tasks.length,
      draws,
    };
  }, APP_READY_MS);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { ...run, longestCpu: longestTaskCpu(events) };
}

/** Summarises the main-thread figures of several runs. */
function mainThread(runs: readonly TrainingRun[]): MainThreadResult {
  return {
    longestTaskMs: summarizeRuns(runs.map((r) => r.longest)),
    longTasks: runs.map((r) => r.count),
    drawMedianMs: summarizeRuns(runs.map((r) => summarizeRuns(r.draws).median)),
    drawMaxMs: summarizeRuns(runs.map((r) => r.draws.at(-1) ?? Number.NaN)),
    frames: runs.map((r) => r.draws.length),
    longestTaskCpuMs: runs.map((r) => r.longestCpu),
  };
}

/** Records long tasks into `window.__longTasks` from before the page's own scripts run. */
function installLongTaskObserver(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export async function benchPlayground(
  browser: Browser,
  server: StaticServer,
  runs: number,
  log: Log,
): Promise<PlaygroundResult> {
  const article: TrainingRun[] = [];
  const circle: TrainingRun[] = [];
  const exportMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    log(`playground: run ${i + 1}/${runs}`);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      article.push(await trainInPage(page, `${server.url}/playground/`));
      await page.getByRole('button', { name: '导出 ONNX' }).click();
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('#playground')?.dataset['exportMs'],
        undefined,
        {
          timeout: APP_READY_MS,
        },
      );
      exportMs.push(Number(await page.locator('#playground').getAttribute('data-export-ms')));
      const second = await context.newPage();
      circle.push(await trainInPage(second, `${server.url}/playground/${CIRCLE_QUERY}`));
    } finally {
      await context.close();
    }
  }
  const epochs = article[0]?.epochs ?? 0;
  const trainMs = article.map((r) => r.ms);
  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { trainer } = setupRun(ARTICLE_RUN);
    const t0 = performance.now();
    while (trainer.epoch < ARTICLE_RUN.epochs) trainer.runEpoch();
    node.push((ARTICLE_RUN.epochs / (performance.now() - t0)) * 1000);
  }
  return {
    epochs,
    nodeEpochsPerSecond: summarizeRuns(node),
    trainMs: summarizeRuns(trainMs),
    epochsPerSecond: summarizeRuns(trainMs.map((t) => (epochs / t) * 1000)),
    ...mainThread(article),
    exportMs: summarizeRuns(exportMs),
    circle: mainThread(circle),
  };
}

/** The section's rows of the bench table. */
export function playgroundRows(r: PlaygroundResult): Row[] {
  const perSecond = (v: number) => `${Math.round(v)} /s`;
  return [
    {
      section: 'playground',
      measure: 'worker training, article settings: epochs per second',
      median: perSecond(r.epochsPerSecond.median),
      range: range(r.epochsPerSecond, perSecond),
      notes:
        `${r.epochs} epochs of 100 points, batch 10, plus metrics on 10,000 held-out points with each progress message; ` +
        `Node ${process.version}, same trainer, training only: ${perSecond(r.nodeEpochsPerSecond.median)}`,
    },
    {
      section: 'playground',
      measure: `time to finish ${r.epochs.toLocaleString('en')} epochs (click → done)`,
      median: seconds(r.trainMs.median / 1000),
      range: range(r.trainMs, (v) => seconds(v / 1000)),
      notes: '',
    },
    ...mainThreadRows('article settings', r),
    ...mainThreadRows('2-8-8-1 tanh, circle', r.circle),
    {
      section: 'playground',
      measure: 'export ONNX + onnxruntime-web check (fresh profile)',
      median: ms(r.exportMs.median),
      range: range(r.exportMs, ms),
      notes: '64×64 grid, WASM backend; includes loading ORT and its WASM',
    },
  ];
}

/** Rows for the long tasks and the drawing per frame of one configuration. */
function mainThreadRows(what: string, r: MainThreadResult): Row[] {
  return [
    {
      section: 'playground',
      measure: `longest main-thread task while training (${what})`,
      median: r.longestTaskMs.median === 0 ? '< 50 ms' : ms(r.longestTaskMs.median),
      range: range(r.longestTaskMs, (v) => (v === 0 ? '< 50 ms' : ms(v))),
      notes:
        `long tasks (> 50 ms) per run: ${r.longTasks.join(', ')}; ` +
        `main-thread CPU time in the run's longest one (trace): ${r.longestTaskCpuMs.map((v) => (v === 0 ? '–' : ms(v))).join(', ')}`,
    },
    {
      section: 'playground',
      measure: `the island's drawing per frame while training (${what}; median of runs' medians)`,
      median: ms(r.drawMedianMs.median),
      range: range(r.drawMedianMs, ms),
      notes: `longest frame per run: median ${ms(r.drawMaxMs.median)}, max ${ms(r.drawMaxMs.max)}; frames drawn per run: ${r.frames.join(', ')}`,
    },
  ];
}
