/**
 * The playground's training worker, driven directly with its message protocol inside real
 * Chromium (from the built /playground/ page, under the site's CSP with `worker-src 'self'`):
 * for several architectures, label encodings and data sets, the weights and per-epoch losses it
 * computes are bit-identical to Node's (`setupRun` + the trainer of src/lib/model/), and an
 * export at the default settings is byte-identical to models/separator.onnx. The page's own
 * controls are tested in playground.test.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe } from 'vitest';
import { runTraining } from '../../models/lib/experiment.ts';
import { roundNetworkToFloat32, type NetworkWeights } from '../../src/lib/model/network.ts';
import { setupRun, type RunConfig } from '../../src/lib/model/run.ts';
import type { MainToWorker, WorkerToMain } from '../../src/lib/playground/protocol.ts';
import {
  DEFAULT_SETTINGS,
  settingsToRunConfig,
  type PlaygroundSettings,
} from '../../src/lib/playground/settings.ts';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';

/** What the page-side driver returns. */
interface WorkerRun {
  weights: NetworkWeights;
  losses: number[];
  /** The exported file, as an array of bytes (only when asked). */
  onnx?: number[];
  onnxFileName?: string;
}

/** The hashed URL of the built worker, e.g. /_astro/train.worker-AbC123.js. */
async function workerUrl(siteDir: string): Promise<string> {
  const files = await readdir(join(siteDir, '_astro'));
  const worker = files.find((f) => /^train\.worker.*\.js$/.test(f));
  if (!worker) throw new Error(`no train.worker*.js in ${siteDir}/_astro: is the playground page built?`);
  return `/_astro/${worker}`;
}

/** Node's weights and epoch losses for the same settings. */
function nodeRun(settings: PlaygroundSettings): { weights: NetworkWeights; losses: number[] } {
  const setup = setupRun(settingsToRunConfig(settings));
  const losses: number[] = [];
  for (let e = 0; e < settings.epochs; e++) losses.push(setup.trainer.runEpoch());
  return { weights: roundNetworkToFloat32(setup.trainer.weights), losses };
}

/** Exact text of every number, so that the comparison is bit for bit (and −0 ≠ 0). */
const bits = (values: number[]) => values.map((v) => (Object.is(v, -0) ? '-0' : String(v)));
const flat = (weights: NetworkWeights) => weights.flatMap((l) => [...l.kernel.flat(), ...l.bias]);

const CASES: [string, Partial<PlaygroundSettings>][] = [
  ['2-8-1 tanh on the circle, 200 epochs', { dataset: 'circle', units: 8, activation: 'tanh', epochs: 200 }],
  [
    '2-5-5-1 relu on XOR, learning rate 0.01, batch 7',
    {
      dataset: 'xor',
      hiddenLayers: 2,
      units: 5,
      activation: 'relu',
      epochs: 150,
      learningRate: 0.01,
      batchSize: 7,
    },
  ],
  [
    '2-3-1 sigmoid with the article’s {1, −1} labels, seed 9',
    { labels: 'plus-minus-one', seed: 9, epochs: 300 },
  ],
];

describe('the playground’s training worker in Chromium', () => {
  test.for(CASES)('trains %s to the same bits as Node', async ([, change], { open, site, siteDir }) => {
    const settings = { ...DEFAULT_SETTINGS, ...change };
    const { page } = await open();
    await page.goto(`${site.url}/playground/`);
    const url = await workerUrl(siteDir);
    const run = await page.evaluate(driveWorker, {
      url,
      run: settingsToRunConfig(settings),
      exportModel: false,
      timeout: APP_READY_MS,
    });
    const node = nodeRun(settings);
    expect(bits(flat(run.weights))).toEqual(bits(flat(node.weights)));
    expect(bits(run.losses)).toEqual(bits(node.losses));
  });

  test('exports separator.onnx byte for byte with the default settings', async ({ open, site, siteDir }) => {
    const { page } = await open();
    await page.goto(`${site.url}/playground/`);
    const url = await workerUrl(siteDir);
    const run = await page.evaluate(driveWorker, {
      url,
      run: settingsToRunConfig(DEFAULT_SETTINGS),
      exportModel: true,
      timeout: APP_READY_MS,
    });
    const shipped = await readFile(new URL('../../models/separator.onnx', import.meta.url));
    expect(run.onnxFileName).toBe('separator.onnx');
    expect(Buffer.from(run.onnx ?? []).equals(shipped)).toBe(true);
    expect(bits(flat(run.weights))).toEqual(bits(flat(runTraining(0, 'zero-one').run.weights)));
  });
});

/**
 * Runs in the page: starts the worker, sends init and play, collects every epoch's loss, and on
 * `done` (optionally after an export) returns the results. Self-contained (page.evaluate
 * serialises it), so it only uses the protocol's message shapes.
 */
function driveWorker(args: {
  url: string;
  run: RunConfig;
  exportModel: boolean;
  timeout: number;
}): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(args.url, { type: 'module' });
    const losses: number[] = [];
    let weights: NetworkWeights = [];
    const timer = setTimeout(() => reject(new Error('the worker did not finish in time')), args.timeout);
    const finish = (result: WorkerRun) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const send = (message: MainToWorker) => worker.postMessage(message);
    worker.onerror = (event) => reject(new Error(`worker error: ${event.message}`));
    worker.onmessage = (event: MessageEvent<WorkerToMain>) => {
      const m = event.data;
      if (m.type === 'ready') send({ type: 'play' });
      else if (m.type === 'progress' || m.type === 'done') {
        if (m.firstEpoch !== losses.length + 1) reject(new Error(`epoch ${m.firstEpoch} out of order`));
        losses.push(...m.epochLosses);
        if (m.type === 'done') {
          weights = m.weights;
          if (args.exportModel) send({ type: 'export' });
          else finish({ weights, losses });
        }
      } else if (m.type === 'exported') {
        finish({ weights, losses, onnx: Array.from(m.onnx), onnxFileName: m.onnxFileName });
      } else if (m.type === 'error') reject(new Error(`worker: ${m.message}`));
    };
    send({ type: 'init', run: args.run });
  });
}
