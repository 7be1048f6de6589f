/**
 * Benchmark of the separator model: training time (the article's settings, and epochs per second
 * for other playground architectures), and inference latency of onnxruntime-web (WASM, one
 * thread) beside the plain TypeScript forward pass on the same points.
 *
 *   ./node_modules/.bin/node bench/model.ts      (or the npm script bench:model)
 *
 * Prints a table and writes the figures to bench/results/model.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import * as ort from 'onnxruntime-web';
import { forward, forwardFloat32 } from '../src/lib/model/mlp.ts';
import { createSessionChecked, runSeparator } from '../models/lib/ort-session.ts';
import { createRng } from '../src/lib/model/random.ts';
import { ARTICLE_RUN, setupRun, type RunConfig } from '../src/lib/model/run.ts';
import { evaluate } from '../src/lib/model/train.ts';
import { benchNodeTraining } from './training.ts';
import { summarizeRuns, type RunSummary } from '../tools/weight/metrics.ts';

ort.env.wasm.numThreads = 1;

const TRAINING_RUNS = 5;
/** Playground architectures timed beside the article's (epochs of 100 points, batch 10). */
const ARCHITECTURES: { label: string; config: Partial<RunConfig> }[] = [
  { label: '2-3-1 sigmoid (article)', config: {} },
  { label: '2-8-1 tanh', config: { spec: { inputs: 2, hidden: [8], activation: 'tanh' } } },
  { label: '2-8-8-1 relu', config: { spec: { inputs: 2, hidden: [8, 8], activation: 'relu' } } },
  { label: '2-8-8-1 sigmoid', config: { spec: { inputs: 2, hidden: [8, 8], activation: 'sigmoid' } } },
];
const ARCHITECTURE_EPOCHS = 200;
const SESSION_CREATES = 10;
const WARMUP_RUNS = 5;
const TIMED_RUNS = 50;
const BATCH_SIZES = [1, 16_384];

async function time(runs: number, task: () => unknown): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    durations.push(performance.now() - start);
  }
  return durations;
}

const ms = (value: number) => value.toFixed(value < 1 ? 4 : 2);

async function main(): Promise<void> {
  const cpus = os.cpus();
  const ortVersion = (
    JSON.parse(
      await readFile(new URL('../node_modules/onnxruntime-web/package.json', import.meta.url), 'utf8'),
    ) as { version: string }
  ).version;
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    onnxruntimeWeb: ortVersion,
  };
  console.log(
    `# ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}, ` +
      `onnxruntime-web ${machine.onnxruntimeWeb} (wasm, 1 thread)`,
  );

  // Only the epochs are timed: the 1,000 epochs over the 100 training points, as in the article
  // (data and initial weights are made before the clock starts).
  const training = benchNodeTraining(TRAINING_RUNS).trainMs;
  const epochsPerSecond = (1000 * ARTICLE_RUN.epochs) / training.median;

  // Epochs per second by architecture, and the cost of one evaluation on the 10,000 held-out
  // points (what the playground's worker does for each progress message).
  const architectures = ARCHITECTURES.map(({ label, config }) => {
    const setup = setupRun({ ...ARTICLE_RUN, ...config });
    const start = performance.now();
    for (let epoch = 0; epoch < ARCHITECTURE_EPOCHS; epoch++) setup.trainer.runEpoch();
    const trainMs = performance.now() - start;
    const evalStart = performance.now();
    evaluate(setup.config.spec, setup.trainer.weights, setup.testData);
    const evaluateMs = performance.now() - evalStart;
    return { label, epochsPerSecond: (1000 * ARCHITECTURE_EPOCHS) / trainMs, evaluateTestMs: evaluateMs };
  });

  const bytes = new Uint8Array(await readFile(new URL('../models/separator.onnx', import.meta.url)));
  // The first creation also compiles the WASM module; later ones show the per-session cost.
  const start = performance.now();
  const { session, weights } = await createSessionChecked(ort, bytes);
  const firstCreateMs = performance.now() - start;
  const creates = summarizeRuns(
    await time(SESSION_CREATES, async () => {
      const s = await ort.InferenceSession.create(bytes);
      await s.release();
    }),
  );

  const rng = createRng(2026, 7);
  const rows: {
    batch: number;
    ort: RunSummary;
    tsFloat64: RunSummary;
    tsFloat32: RunSummary;
    maxAbsDiff: number;
  }[] = [];
  for (const batch of BATCH_SIZES) {
    const points = Float32Array.from({ length: batch * 2 }, () => rng.nextFloat());
    const pairs = Array.from({ length: batch }, (_, i) => [points[2 * i], points[2 * i + 1]]);
    const runOrt = () => runSeparator(ort, session, points);
    const runTs64 = () => pairs.map((x) => forward(weights, x).probability);
    const runTs32 = () => pairs.map((x) => forwardFloat32(weights, x).probability);
    await time(WARMUP_RUNS, runOrt);
    await time(WARMUP_RUNS, runTs64);
    await time(WARMUP_RUNS, runTs32);
    const ortOut = await runOrt();
    const ts32 = runTs32();
    let maxAbsDiff = 0;
    ts32.forEach((p, i) => (maxAbsDiff = Math.max(maxAbsDiff, Math.abs(p - ortOut.probability[i]))));
    rows.push({
      batch,
      ort: summarizeRuns(await time(TIMED_RUNS, runOrt)),
      tsFloat64: summarizeRuns(await time(TIMED_RUNS, runTs64)),
      tsFloat32: summarizeRuns(await time(TIMED_RUNS, runTs32)),
      maxAbsDiff,
    });
  }
  await session.release();

  console.log(
    `training, 1,000 epochs x 100 points (labels 1/0), ${training.runs} runs: ` +
      `p50 ${ms(training.median)} ms, min ${ms(training.min)} ms (${Math.round(epochsPerSecond)} epochs/s)`,
  );
  console.log(`\nepochs per second (100 points, batch 10, ${ARCHITECTURE_EPOCHS} epochs each):`);
  for (const a of architectures) {
    console.log(
      `  ${a.label.padEnd(24)} ${String(Math.round(a.epochsPerSecond)).padStart(6)} epochs/s; ` +
        `evaluating 10,000 held-out points ${ms(a.evaluateTestMs)} ms`,
    );
  }
  console.log(
    `ORT session create: first ${ms(firstCreateMs)} ms (includes WASM init), ` +
      `then p50 ${ms(creates.median)} ms, p95 ${ms(creates.p95)} ms over ${creates.runs}`,
  );
  console.log(`\ninference, ${TIMED_RUNS} timed runs after ${WARMUP_RUNS} warm-up runs (ms):`);
  const header = [
    'batch',
    'ORT p50',
    'ORT p95',
    'TS f64 p50',
    'TS f64 p95',
    'TS f32 p50',
    'TS f32 p95',
    'max |ORT - TS f32|',
  ];
  const table = rows.map((r) => [
    String(r.batch),
    ms(r.ort.median),
    ms(r.ort.p95),
    ms(r.tsFloat64.median),
    ms(r.tsFloat64.p95),
    ms(r.tsFloat32.median),
    ms(r.tsFloat32.p95),
    r.maxAbsDiff.toExponential(2),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c])).join('  ');
  console.log(line(header));
  table.forEach((row) => console.log(line(row)));

  const results = {
    machine,
    training: { epochs: 1000, trainSize: 100, ...training, epochsPerSecond },
    architectures,
    sessionCreate: { firstMs: firstCreateMs, ...creates },
    inference: rows,
  };
  const outDir = new URL('results/', import.meta.url);
  await mkdir(outDir, { recursive: true });
  await writeFile(new URL('model.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results/model.json');
}

await main();
