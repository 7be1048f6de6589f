/**
 * The page's side of the training worker: starts it, sends the reader's commands (protocol.ts),
 * and keeps the run's one state (`RunState`, changed only by `nextRunState`) and its metric
 * history. The island is told when the state changes, when new data arrive and when an export is
 * ready; it renders from `state`.
 */
import type { RunConfig } from '../../lib/model/run.ts';
import type { ExportedMessage, MainToWorker, Metrics, WorkerToMain } from '../../lib/playground/protocol.ts';
import {
  INITIAL_RUN_STATE,
  nextRunState,
  type RunEvent,
  type RunState,
} from '../../lib/playground/run-state.ts';
import type { LabelledPoint } from './boundary-chart.ts';

/** Metric history for the curves, one entry per ready, progress and done message. */
export interface History {
  epochs: number[];
  trainLoss: number[];
  testLoss: number[];
  trainAccuracy: number[];
  testAccuracy: number[];
}

const emptyHistory = (): History => ({
  epochs: [],
  trainLoss: [],
  testLoss: [],
  trainAccuracy: [],
  testAccuracy: [],
});

/** What the client tells the island. */
export interface RunListener {
  /** The state changed (after the history, if the event brought metrics, was updated). */
  state(state: RunState): void;
  /** A new run's training data (after `ready`). */
  points(points: LabelledPoint[]): void;
  /** An export the island asked for. */
  exported(message: ExportedMessage): void;
}

export class RunClient {
  #worker: Worker | undefined;
  #state: RunState = INITIAL_RUN_STATE;
  #history = emptyHistory();
  readonly #listener: RunListener;

  constructor(listener: RunListener) {
    this.#listener = listener;
  }

  get state(): RunState {
    return this.#state;
  }

  /** Metrics per ready, progress and done message of the current run. */
  get history(): Readonly<History> {
    return this.#history;
  }

  /** (Re)starts the worker's run; it answers `ready` with the data and the initial weights. */
  start(run: RunConfig): void {
    this.#begin('start', { type: 'init', run });
  }

  /** Back to epoch 0 of the same run (same data and initial weights). */
  reset(): void {
    this.#begin('reset', { type: 'reset' });
  }

  /** Trains to the end (or a pause), paced at `epochsPerSecond` when given. */
  play(epochsPerSecond: number | undefined): void {
    const next = this.#apply({ type: 'play' });
    if (next) this.#post({ type: 'play', epochsPerSecond });
  }

  /** A new pace for a run in progress (the worker re-paces from its current epoch). */
  setPace(epochsPerSecond: number | undefined): void {
    if (this.#state.kind === 'training') this.#post({ type: 'play', epochsPerSecond });
  }

  pause(): void {
    if (this.#state.kind === 'training') this.#post({ type: 'pause' });
  }

  /** Trains exactly one epoch. */
  step(): void {
    if (this.#state.kind === 'idle' && this.#state.run) this.#post({ type: 'step' });
  }

  /** Asks the worker for the ONNX file and card of the current weights (answered by `exported`). */
  export(): void {
    this.#post({ type: 'export' });
  }

  /** Stops the worker (the element left the page). */
  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #begin(why: 'start' | 'reset', message: MainToWorker): void {
    this.#history = emptyHistory();
    this.#apply({ type: 'starting', why });
    this.#post(message);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./train.worker.ts', import.meta.url), {
      type: 'module',
      name: 'train',
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerToMain>) => this.#onMessage(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#apply({ type: 'failed', message: `训练线程出错：${event.message || '无法加载训练脚本'}。` });
    });
    worker.addEventListener('messageerror', () =>
      this.#apply({ type: 'failed', message: '训练线程的消息无法解析。' }),
    );
    this.#worker = worker;
    return worker;
  }

  #post(message: MainToWorker): void {
    this.#ensureWorker().postMessage(message);
  }

  #onMessage(message: WorkerToMain): void {
    if (message.type === 'exported') {
      this.#listener.exported(message);
      return;
    }
    const before = this.#state;
    const after = nextRunState(before, message, performance.now());
    // Messages of a replaced run still in flight: nothing to record.
    if (after === before) return;
    if (message.type === 'ready') {
      this.#history = emptyHistory();
      this.#record(0, message.metrics);
      this.#listener.points(
        message.trainPoints.map(([a, b], i) => [a, b, message.trainLabels[i] === 1 ? 1 : 0]),
      );
    } else if (message.type === 'progress' || message.type === 'done') {
      this.#record(message.epoch, message);
    }
    this.#set(after);
  }

  /** Applies an event of the page's own; true when it changed the state. */
  #apply(event: RunEvent): boolean {
    const after = nextRunState(this.#state, event, performance.now());
    if (after === this.#state) return false;
    this.#set(after);
    return true;
  }

  #set(state: RunState): void {
    this.#state = state;
    this.#listener.state(state);
  }

  #record(epoch: number, metrics: Metrics): void {
    const h = this.#history;
    h.epochs.push(epoch);
    h.trainLoss.push(metrics.trainLoss);
    h.testLoss.push(metrics.testLoss);
    h.trainAccuracy.push(metrics.trainAccuracy);
    h.testAccuracy.push(metrics.testAccuracy);
  }
}
