/**
 * The playground's training loop behind the worker protocol (protocol.ts): it owns one run,
 * trains it in short slices so that `pause`, `step` and `reset` are answered between slices, and
 * posts throttled progress. Pure: the worker (src/islands/playground/train.worker.ts) supplies
 * `post`, the scheduler and the clock; the unit tests run it in Node with their own.
 *
 * Training is the same code `npm run train` uses (`setupRun` and the trainer of
 * src/lib/model/), so the weights after an epoch do not depend on how the epochs were sliced,
 * paused or stepped, nor on the engine.
 */
import { buildModelCard, serializeModelCard, type CardRun } from '../model/card.ts';
import { DEFAULT_LOSS_FORM } from '../model/loss.ts';
import { cloneNetworkWeights, roundNetworkToFloat32, type NetworkWeights } from '../model/network.ts';
import { evaluateRun, isArticleRun, setupRun, type RunConfig, type RunSetup } from '../model/run.ts';
import type { OnnxExportOptions } from '../model/onnx-export.ts';
import { makeGrid } from '../demos/grid.ts';
import { computeHeatmap, type Heatmap } from './heatmap.ts';
import {
  HEATMAP_GRID,
  type MainToWorker,
  type Metrics,
  type ProgressMessage,
  type WorkerToMain,
} from './protocol.ts';

/** Longest stretch of training between two looks at the message queue (ms). */
const SLICE_MS = 12;
/** While playing, at most one progress message per PROGRESS_MS (ms). */
const PROGRESS_MS = 50;

/** The ONNX writer's entry point (loaded lazily: it brings the protobuf code). */
type ExportNetworkOnnx = (
  spec: RunConfig['spec'],
  weights: NetworkWeights,
  options: OnnxExportOptions,
) => Uint8Array;

/** What the session needs from its environment. */
export interface SessionHost {
  /** Sends a message to the page; `transfer` lists buffers that may be moved rather than copied. */
  post(message: WorkerToMain, transfer?: Transferable[]): void;
  /** Runs `task` soon, after messages that have already arrived are handled (a macrotask). */
  schedule(task: () => void): void;
  /** Runs `task` after about `ms` milliseconds (for paced training). */
  later(task: () => void, ms: number): void;
  /** A monotonic clock in ms. */
  now(): number;
  /** ONNX producer_version (the site's package.json version). */
  producerVersion: string;
  /** Lower-case hex SHA-256 of some bytes. */
  sha256(bytes: Uint8Array): Promise<string>;
  /** Loads the exporter; called on the first `export`. */
  loadExporter(): Promise<ExportNetworkOnnx>;
}

/** File names and doc string of an export: the shipped names for the shipped configuration. */
export function exportNames(config: RunConfig): { name: string; docString: string } {
  const otherLoss = (config.lossForm ?? DEFAULT_LOSS_FORM) !== DEFAULT_LOSS_FORM;
  if (isArticleRun(config) && !otherLoss) {
    return { name: 'separator', docString: `Seed ${config.seed}; see models/separator.json.` };
  }
  const { spec } = config;
  const labels = config.labels === 'zero-one' ? '' : '-pm1';
  const loss = otherLoss ? `-${config.lossForm}` : '';
  const name =
    `playground-${config.dataset}-${spec.hidden.join('x')}-${spec.activation}` +
    `${labels}${loss}-seed${config.seed}`;
  return { name, docString: `Seed ${config.seed}; see ${name}.json.` };
}

/** Chinese message for an unexpected failure. */
function failure(what: string, error: unknown): string {
  return `${what}：${error instanceof Error ? error.message : String(error)}`;
}

/** A session handling {@link MainToWorker} messages. */
export interface TrainingSession {
  handle(message: MainToWorker): void;
}

/** Creates the training session of one worker. */
export function createTrainingSession(host: SessionHost): TrainingSession {
  let run: RunSetup | null = null;
  /** Every epoch's loss so far (for the card); index e − 1 holds epoch e. */
  let losses: number[] = [];
  /** First epoch not yet reported in a progress message. */
  let unreported = 1;
  let running = false;
  let lastProgress = -Infinity;
  /** Pacing of the current play: epochs per second (Infinity: unpaced), from when and which epoch. */
  let pace = { rate: Infinity, since: 0, fromEpoch: 0 };
  /**
   * Bumped on init, reset, pause and step, so that a slice scheduled before does nothing (a
   * later play starts a chain of its own: never two chains at once).
   */
  let generation = 0;
  let exporter: Promise<ExportNetworkOnnx> | null = null;
  /** Heatmap sample points, made once: the page paints the outputs the worker computes here. */
  const gridPoints = makeGrid(HEATMAP_GRID);

  /** The decision boundary of `weights`, in fresh buffers the post transfers. */
  const heatmap = (setup: RunSetup, weights: NetworkWeights): Heatmap =>
    computeHeatmap(setup.config.spec, weights, gridPoints, HEATMAP_GRID);
  const buffers = ({ values }: Heatmap): Transferable[] => [values.buffer];

  const metricsOf = (setup: RunSetup, weights: NetworkWeights): Metrics => {
    const train = evaluateRun(setup.config, weights, setup.trainData);
    const test = evaluateRun(setup.config, weights, setup.testData);
    return {
      trainLoss: train.loss,
      trainAccuracy: train.accuracy,
      testLoss: test.loss,
      testAccuracy: test.accuracy,
    };
  };

  const start = (next: RunConfig): void => {
    generation += 1;
    running = false;
    // A run the model cannot set up (it throws) leaves no run behind, not the previous one.
    run = null;
    const setup = setupRun(next);
    run = setup;
    losses = [];
    unreported = 1;
    lastProgress = -Infinity;
    const map = heatmap(setup, setup.initial);
    host.post(
      {
        type: 'ready',
        trainPoints: setup.trainData.points.map((p): [number, number] => [p[0], p[1]]),
        trainLabels: [...setup.trainData.labels],
        positiveShare: setup.positiveShare,
        weights: cloneNetworkWeights(setup.initial),
        epochs: setup.config.epochs,
        metrics: metricsOf(setup, setup.initial),
        heatmap: map,
      },
      buffers(map),
    );
  };

  const progressFields = (setup: RunSetup, weights: NetworkWeights) => {
    const epoch = setup.trainer.epoch;
    const fields = {
      epoch,
      epochs: setup.config.epochs,
      firstEpoch: unreported,
      epochLosses: losses.slice(unreported - 1, epoch),
      positiveShare: setup.positiveShare,
      weights: cloneNetworkWeights(weights),
      ...metricsOf(setup, weights),
      heatmap: heatmap(setup, weights),
    };
    unreported = epoch + 1;
    return fields;
  };

  const postProgress = (setup: RunSetup): void => {
    lastProgress = host.now();
    const message: ProgressMessage = {
      type: 'progress',
      running,
      ...progressFields(setup, setup.trainer.weights),
    };
    host.post(message, buffers(message.heatmap));
  };

  const finish = (setup: RunSetup): void => {
    running = false;
    const fields = progressFields(setup, roundNetworkToFloat32(setup.trainer.weights));
    host.post({ type: 'done', ...fields }, buffers(fields.heatmap));
  };

  const trainOne = (setup: RunSetup): void => {
    losses.push(setup.trainer.runEpoch());
  };

  /** The last epoch pacing allows by now (the run's last epoch when unpaced). */
  const allowedEpoch = (setup: RunSetup): number => {
    if (pace.rate === Infinity) return setup.config.epochs;
    const due = pace.fromEpoch + Math.floor(((host.now() - pace.since) * pace.rate) / 1000) + 1;
    return Math.min(due, setup.config.epochs);
  };

  const slice = (mine: number): void => {
    const setup = run;
    if (mine !== generation || !running || !setup) return;
    const begin = host.now();
    const allowed = allowedEpoch(setup);
    while (setup.trainer.epoch < allowed && host.now() - begin < SLICE_MS) trainOne(setup);
    if (setup.trainer.epoch >= setup.config.epochs) {
      finish(setup);
      return;
    }
    if (host.now() - lastProgress >= PROGRESS_MS) postProgress(setup);
    if (setup.trainer.epoch < allowedEpoch(setup)) {
      host.schedule(() => slice(mine));
    } else {
      // Paced and ahead: wait for the next epoch's time (at least a few ms, to yield).
      const next = pace.since + ((setup.trainer.epoch - pace.fromEpoch) * 1000) / pace.rate;
      host.later(() => slice(mine), Math.max(4, next - host.now()));
    }
  };

  const exportModel = async (setup: RunSetup): Promise<void> => {
    const epoch = setup.trainer.epoch;
    if (epoch < 1) {
      host.post({ type: 'error', message: '还没有训练：请至少训练一轮后再导出。' });
      return;
    }
    // Snapshot first: training may go on while the exporter loads. The config is that of what
    // was actually trained (a paused run has fewer epochs than asked for).
    const config: RunConfig = { ...setup.config, epochs: epoch };
    const weights = roundNetworkToFloat32(setup.trainer.weights);
    const epochLosses = losses.slice(0, epoch);
    exporter ??= host.loadExporter();
    const exportNetworkOnnx = await exporter;
    const names = exportNames(config);
    const onnx = exportNetworkOnnx(config.spec, weights, {
      producerVersion: host.producerVersion,
      docString: names.docString,
      dataset: config.dataset,
      epochs: config.epochs,
      batchSize: config.batchSize,
    });
    const sha256 = await host.sha256(onnx);
    const main: CardRun = {
      encoding: config.labels,
      weights,
      epochLosses,
      train: evaluateRun(config, weights, setup.trainData),
      test: evaluateRun(config, weights, setup.testData),
      positiveShare: setup.positiveShare,
    };
    const card = buildModelCard({
      config,
      trainData: setup.trainData,
      main,
      onnx: { bytes: onnx, file: `${names.name}.onnx`, sha256, producerVersion: host.producerVersion },
      name: names.name,
    });
    host.post(
      {
        type: 'exported',
        onnx,
        onnxFileName: `${names.name}.onnx`,
        card: serializeModelCard(card),
        cardFileName: `${names.name}.json`,
        sha256,
        epoch,
      },
      [onnx.buffer],
    );
  };

  const handle = (message: MainToWorker): void => {
    try {
      if (message.type === 'init') {
        // No second validation: the page parsed the settings; the model's own checks
        // (`checkSpec`, the trainer's) still throw on a run they cannot train.
        start(message.run);
        return;
      }
      const setup = run;
      if (!setup) {
        host.post({ type: 'error', message: '训练尚未初始化：请先发送设置（init）。' });
        return;
      }
      switch (message.type) {
        case 'play': {
          const rate = message.epochsPerSecond;
          pace = {
            rate: rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : Infinity,
            since: host.now(),
            fromEpoch: setup.trainer.epoch,
          };
          if (running || setup.trainer.epoch >= setup.config.epochs) return;
          running = true;
          const mine = generation;
          host.schedule(() => slice(mine));
          return;
        }
        case 'pause':
          generation += 1;
          running = false;
          postProgress(setup);
          return;
        case 'step':
          generation += 1;
          running = false;
          if (setup.trainer.epoch >= setup.config.epochs) return;
          trainOne(setup);
          if (setup.trainer.epoch >= setup.config.epochs) finish(setup);
          else postProgress(setup);
          return;
        case 'reset':
          start(setup.config);
          return;
        case 'export':
          exportModel(setup).catch((error: unknown) =>
            host.post({ type: 'error', message: failure('导出失败', error) }),
          );
          return;
      }
    } catch (error) {
      running = false;
      host.post({ type: 'error', message: failure('训练出错', error) });
    }
  };

  return { handle };
}
