import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runTraining } from '../../../models/lib/experiment.ts';
import { readNetworkOnnx } from '../../../models/lib/onnx-inspect.ts';
import { parseAnyModelCard, parseModelCard } from '../../../src/lib/model/card.ts';
import type { NetworkWeights } from '../../../src/lib/model/network.ts';
import { makeGrid } from '../../../src/lib/demos/grid.ts';
import { contours } from 'd3-contour';
import { gridProbabilities } from '../../../src/lib/playground/heatmap.ts';
import {
  HEATMAP_GRID,
  type DoneMessage,
  type ExportedMessage,
  type MainToWorker,
  type ProgressMessage,
  type ReadyMessage,
  type WorkerToMain,
} from '../../../src/lib/playground/protocol.ts';
import {
  DEFAULT_SETTINGS,
  settingsToRunConfig,
  settingsToSpec,
  type PlaygroundSettings,
} from '../../../src/lib/playground/settings.ts';
import type { RunConfig } from '../../../src/lib/model/run.ts';
import {
  createTrainingSession,
  exportNames,
  type SessionHost,
} from '../../../src/lib/playground/training-session.ts';
import type { LabelBugResults } from '../../../src/schemas/label-bug.ts';

const MODELS = new URL('../../../models/', import.meta.url);

/** A session driven as the worker drives it, with Node's scheduler and clock. */
function harness(host: Partial<Pick<SessionHost, 'now' | 'later'>> = {}) {
  const messages: WorkerToMain[] = [];
  /** The transfer list of each message, in the order of `messages`. */
  const transfers: Transferable[][] = [];
  const waiters: { type: WorkerToMain['type']; resolve: (m: WorkerToMain) => void }[] = [];
  const session = createTrainingSession({
    post: (message, transfer = []) => {
      // Structured clone, as postMessage does, so later training cannot change a sent message.
      const copy = structuredClone(message);
      messages.push(copy);
      transfers.push(transfer);
      const i = waiters.findIndex((w) => w.type === copy.type);
      if (i >= 0) waiters.splice(i, 1)[0].resolve(copy);
    },
    schedule: (task) => setImmediate(task),
    later: (task, ms) => setTimeout(task, ms),
    now: () => performance.now(),
    producerVersion: '0.1.0',
    sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex')),
    loadExporter: async () => (await import('../../../src/lib/model/onnx-export.ts')).exportNetworkOnnx,
    ...host,
  });
  const next = <T extends WorkerToMain['type']>(type: T) =>
    new Promise<Extract<WorkerToMain, { type: T }>>((resolve) =>
      waiters.push({ type, resolve: resolve as (m: WorkerToMain) => void }),
    );
  const send = (message: MainToWorker) => session.handle(message);
  return { messages, transfers, next, send };
}

const settings = (change: Partial<PlaygroundSettings> = {}): PlaygroundSettings => ({
  ...DEFAULT_SETTINGS,
  ...change,
});
/** The run the page sends for settings `change` (it validates them; the session does not). */
const run = (change: Partial<PlaygroundSettings> = {}): RunConfig => settingsToRunConfig(settings(change));

/** Every epoch's loss, from the progress and done messages in order. */
function lossesFrom(messages: WorkerToMain[]): number[] {
  const out: number[] = [];
  for (const m of messages) {
    if (m.type === 'progress' || m.type === 'done') {
      expect(m.firstEpoch).toBe(out.length + 1);
      out.push(...m.epochLosses);
    }
  }
  return out;
}

const bits = (weights: NetworkWeights) =>
  weights
    .flatMap((l) => [...l.kernel.flat(), ...l.bias])
    .map((v) => (Object.is(v, -0) ? '-0' : v.toString()));

describe('createTrainingSession', () => {
  it('sends the decision boundary of the reported weights with every ready, progress and done message, transferred', async () => {
    const { messages, transfers, next, send } = harness();
    const ready = next('ready');
    const chosen = settings({ dataset: 'circle', hiddenLayers: 2, units: 8, activation: 'tanh', epochs: 30 });
    send({ type: 'init', run: settingsToRunConfig(chosen) });
    await ready;
    const spec = settingsToSpec(chosen);
    expect(spec.hidden).toEqual([8, 8]);
    const done = next('done');
    send({ type: 'step' });
    send({ type: 'play' });
    await done;
    const points = makeGrid(HEATMAP_GRID);
    const withMap = messages.flatMap((m, i) =>
      m.type === 'ready' || m.type === 'progress' || m.type === 'done' ? [{ m, transfer: transfers[i] }] : [],
    );
    expect(withMap.map(({ m }) => m.type)).toContain('progress');
    let withLine = 0;
    for (const { m, transfer } of withMap) {
      const { heatmap } = m;
      const values = new Float64Array(HEATMAP_GRID * HEATMAP_GRID);
      gridProbabilities(spec, m.weights, points, values);
      expect(heatmap.n).toBe(HEATMAP_GRID);
      expect(heatmap.values).toEqual(values);
      // The line's points are d3-contour's ring points inside the grid (its rings also run along
      // the grid's edge, which is no boundary), in sample coordinates.
      const rings = contours()
        .size([HEATMAP_GRID, HEATMAP_GRID])
        .contour([...values], 0.5)
        .coordinates.flat();
      const inside = rings
        .flat()
        .filter(([x, y]) => x > 0 && y > 0 && x < HEATMAP_GRID && y < HEATMAP_GRID)
        .map(([x, y]) => `${x - 0.5},${y - 0.5}`);
      const drawn = heatmap.contour.flatMap((line) =>
        line.flatMap((v, i) => (i % 2 === 0 ? [`${v},${line[i + 1]}`] : [])),
      );
      expect(new Set(drawn)).toEqual(new Set(inside));
      if (drawn.length > 0) withLine += 1;
      // The values' buffer moves to the page instead of being copied.
      expect(transfer).toEqual([heatmap.values.buffer]);
    }
    // The trained circle's boundary crosses the grid (the comparison above is not all empty sets).
    expect(withLine).toBeGreaterThan(0);
  });

  it('trains the default settings to the shipped weights, bit for bit, and exports separator.onnx', async () => {
    const { messages, next, send } = harness();
    const ready = next('ready');
    send({ type: 'init', run: run() });
    const r: ReadyMessage = await ready;
    expect(r.trainPoints).toHaveLength(100);
    expect(r.epochs).toBe(1000);
    expect(r.positiveShare).toBe(0.56);

    const done = next('done');
    send({ type: 'play' });
    const d: DoneMessage = await done;
    const node = runTraining(0, 'zero-one').run;
    expect(bits(d.weights)).toEqual(bits(node.weights));
    expect(d.epoch).toBe(1000);
    expect(d.trainAccuracy).toBe(node.train.accuracy);
    expect(d.testAccuracy).toBe(node.test.accuracy);
    expect(lossesFrom(messages)).toEqual(node.epochLosses);
    // Throttled: far fewer progress messages than epochs.
    expect(messages.filter((m) => m.type === 'progress').length).toBeLessThan(200);

    const exported = next('exported');
    send({ type: 'export' });
    const e: ExportedMessage = await exported;
    const shipped = new Uint8Array(await readFile(new URL('separator.onnx', MODELS)));
    expect(e.onnxFileName).toBe('separator.onnx');
    expect(Buffer.from(e.onnx).equals(Buffer.from(shipped))).toBe(true);
    const shippedCard = parseModelCard(JSON.parse(await readFile(new URL('separator.json', MODELS), 'utf8')));
    const card = parseAnyModelCard(JSON.parse(e.card));
    const { erratum: _erratum, lossHistory, ...same } = shippedCard;
    expect(card).toEqual({
      ...same,
      lossHistory: { every: lossHistory.every, results: lossHistory.results },
    });
  });

  it('gives the same weights whether epochs are stepped, paused or played', async () => {
    const short = settings({ epochs: 40, seed: 3 });
    const { messages, next, send } = harness();
    const ready = next('ready');
    send({ type: 'init', run: settingsToRunConfig(short) });
    await ready;
    for (let i = 1; i <= 3; i++) {
      send({ type: 'step' });
      const last = messages.at(-1) as ProgressMessage;
      expect(last).toMatchObject({ type: 'progress', epoch: i, running: false, firstEpoch: i });
      expect(last.epochLosses).toHaveLength(1);
    }
    // Play and pause twice before any slice ran: the slices scheduled by each play never run.
    send({ type: 'play' });
    send({ type: 'pause' });
    send({ type: 'play' });
    send({ type: 'pause' });
    const paused = messages.at(-1) as ProgressMessage;
    expect(paused).toMatchObject({ type: 'progress', running: false, epoch: 3 });
    // Nothing more arrives while paused.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages.at(-1)).toBe(paused);

    const done = next('done');
    send({ type: 'play' });
    const d = await done;
    const node = runTraining(3, 'zero-one', { epochs: 40 }).run;
    expect(bits(d.weights)).toEqual(bits(node.weights));
    expect(lossesFrom(messages)).toEqual(node.epochLosses);
    // Play and step after the end do nothing.
    const count = messages.length;
    send({ type: 'play' });
    send({ type: 'step' });
    expect(messages).toHaveLength(count);
  });

  it('resets to the same data and initial weights, and trains the same again', async () => {
    const { next, send } = harness();
    const first = next('ready');
    send({ type: 'init', run: run({ epochs: 5 }) });
    const a = await first;
    send({ type: 'step' });
    send({ type: 'step' });
    const second = next('ready');
    send({ type: 'reset' });
    const b = await second;
    expect(b).toEqual(a);
    const done = next('done');
    send({ type: 'play' });
    expect(bits((await done).weights)).toEqual(bits(runTraining(0, 'zero-one', { epochs: 5 }).run.weights));
  });

  it('paces training when asked (a fake clock), with the same results', async () => {
    let clock = 0;
    const timers: { at: number; task: () => void }[] = [];
    const { messages, next, send } = harness({
      now: () => clock,
      later: (task, ms) => timers.push({ at: clock + ms, task }),
    });
    send({ type: 'init', run: run({ epochs: 12, seed: 4 }) });
    const done = next('done');
    send({ type: 'play', epochsPerSecond: 100 });
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    const epochNow = () =>
      messages.reduce((e, m) => (m.type === 'progress' || m.type === 'done' ? Math.max(e, m.epoch) : e), 0);
    await settle();
    // At t = 0 only the first epoch is due; the session then waits for the clock.
    expect(epochNow()).toBe(1);
    expect(timers).toHaveLength(1);
    for (let t = 10; t <= 100; t += 10) {
      clock = t;
      timers.splice(0).forEach((timer) => timer.task());
      await settle();
      // 100 epochs/s: epoch k + 1 is due at 10·k ms; progress is reported every 50 ms.
      if (t % 50 === 0) expect(epochNow(), `at ${t} ms`).toBe(t / 10 + 1);
    }
    expect(messages.some((m) => m.type === 'done')).toBe(false);
    clock = 110;
    timers.splice(0).forEach((timer) => timer.task());
    const d = await done;
    expect(bits(d.weights)).toEqual(bits(runTraining(4, 'zero-one', { epochs: 12 }).run.weights));
    expect(lossesFrom(messages)).toHaveLength(12);
  });

  it('drops a run that is still playing when new settings arrive', async () => {
    const { messages, next, send } = harness();
    send({ type: 'init', run: run({ epochs: 5000 }) });
    send({ type: 'play' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const ready = next('ready');
    send({ type: 'init', run: run({ epochs: 7, seed: 1 }) });
    await ready;
    const from = messages.length;
    const done = next('done');
    send({ type: 'play' });
    const d = await done;
    // Only the new run reports after the second init: epochs 1..7 of seed 1.
    expect(lossesFrom(messages.slice(from))).toEqual(
      runTraining(1, 'zero-one', { epochs: 7 }).run.epochLosses,
    );
    expect(d.epochs).toBe(7);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(messages.at(-1)).toBe(messages.find((m) => m.type === 'done'));
  });

  it('shows the article’s {1, −1} labels: negative loss, accuracy at most the share of +1 labels', async () => {
    const { messages, next, send } = harness();
    send({ type: 'init', run: run({ labels: 'plus-minus-one' }) });
    const done = next('done');
    send({ type: 'play' });
    const d = await done;
    expect(d.trainLoss).toBeLessThan(0);
    expect(d.epochLosses.at(-1)).toBeLessThan(0);
    expect(d.trainAccuracy).toBeLessThanOrEqual(d.positiveShare);
    expect(d.positiveShare).toBe(0.56);
    const progress = messages.filter((m): m is ProgressMessage => m.type === 'progress');
    expect(progress.every((m) => m.positiveShare === 0.56)).toBe(true);
    expect(bits(d.weights)).toEqual(bits(runTraining(0, 'plus-minus-one').run.weights));
  });

  it('trains and reports the loss from the logit by default, the clipped form only when asked', async () => {
    const results = JSON.parse(await readFile(new URL('label-bug.json', MODELS), 'utf8')) as LabelBugResults;
    for (const [lossForm, resultsRun] of [
      ['logits', 'plus-minus-one'],
      ['clipped-probability', 'plus-minus-one-clipped'],
    ] as const) {
      const { messages, next, send } = harness();
      send({
        type: 'init',
        run: run(
          lossForm === 'logits' ? { labels: 'plus-minus-one' } : { labels: 'plus-minus-one', lossForm },
        ),
      });
      const done = next('done');
      send({ type: 'play' });
      await done;
      // Seed 0's final epoch loss, bit for bit, as the label-bug results (and the pages) state it.
      expect(lossesFrom(messages).at(-1)).toBe(results.runs[resultsRun].seeds[0].finalEpochLoss);
    }
    expect(results.runs['plus-minus-one'].seeds[0].finalEpochLoss).toBeLessThan(-5);
  });

  it('exports any architecture with a card that the schema accepts and a file that reads back', async () => {
    const { next, send } = harness();
    const chosen = settings({
      dataset: 'circle',
      hiddenLayers: 2,
      units: 5,
      activation: 'tanh',
      epochs: 20,
      testSize: 500,
      learningRate: 0.01,
    });
    send({ type: 'init', run: settingsToRunConfig(chosen) });
    const done = next('done');
    send({ type: 'play' });
    const d = await done;
    const exported = next('exported');
    send({ type: 'export' });
    const e = await exported;
    expect(e.onnxFileName).toBe('playground-circle-5x5-tanh-seed0.onnx');
    const card = parseAnyModelCard(JSON.parse(e.card));
    expect(card.architecture.layers.map((l) => [l.units, l.activation])).toEqual([
      [5, 'tanh'],
      [5, 'tanh'],
      [1, 'sigmoid'],
    ]);
    expect(card.data.dataset).toBe('circle');
    expect(card.training.optimizer.learningRate).toBe(0.01);
    expect(card.onnx.sha256).toBe(e.sha256);
    const { spec, weights } = readNetworkOnnx(e.onnx);
    expect(spec).toEqual({ inputs: 2, hidden: [5, 5], activation: 'tanh' });
    expect(weights).toEqual(d.weights);
    expect([card.weights.dense1, card.weights.dense2, card.weights.dense3]).toEqual(d.weights);
  });

  it('refuses messages out of order, and a run the model cannot set up, with a Chinese message', async () => {
    const { messages, send } = harness();
    send({ type: 'play' });
    expect(messages.at(-1)).toEqual({
      type: 'error',
      message: expect.stringContaining('尚未初始化') as string,
    });
    // The page never sends this (its settings are clamped to 1–8 units); the model refuses it.
    send({ type: 'init', run: { ...run(), spec: { inputs: 2, hidden: [99], activation: 'sigmoid' } } });
    expect(messages.at(-1)).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/^训练出错：.*99/) as string,
    });
    // Nothing is left of the refused run: it cannot be played.
    send({ type: 'play' });
    expect(messages.at(-1)).toMatchObject({ message: expect.stringContaining('尚未初始化') as string });
    send({ type: 'init', run: run() });
    send({ type: 'export' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(messages.at(-1)).toMatchObject({
      type: 'error',
      message: expect.stringContaining('至少训练一轮') as string,
    });
  });
});

describe('exportNames', () => {
  it('keeps the shipped names for the article’s configuration, any seed, and names others by settings', () => {
    const config = (s: Partial<PlaygroundSettings>) => ({
      seed: s.seed ?? 0,
      dataset: s.dataset ?? 'article',
      labels: s.labels ?? 'zero-one',
      trainSize: 100,
      testSize: 10_000,
      spec: { inputs: 2 as const, hidden: [3], activation: s.activation ?? 'sigmoid' },
      epochs: 1000,
      batchSize: 10,
      adam: { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
      lossForm: s.lossForm ?? 'logits',
    });
    expect(exportNames(config({ seed: 7 }))).toEqual({
      name: 'separator',
      docString: 'Seed 7; see models/separator.json.',
    });
    expect(exportNames(config({ labels: 'plus-minus-one' })).name).toBe(
      'playground-article-3-sigmoid-pm1-seed0',
    );
    expect(exportNames(config({ dataset: 'xor', activation: 'relu' })).name).toBe(
      'playground-xor-3-relu-seed0',
    );
    expect(exportNames(config({ labels: 'plus-minus-one', lossForm: 'clipped-probability' })).name).toBe(
      'playground-article-3-sigmoid-pm1-clipped-probability-seed0',
    );
  });
});
