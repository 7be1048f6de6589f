/**
 * The playground run as the page sees it: one discriminated state, changed only by `nextRunState`
 * from what the reader did and what the training worker said (protocol.ts). The island renders
 * from it — `data-state` is its `kind`, the status line is `statusText`, the buttons are
 * `enabledActions` — so there is no flag to fall out of step with another. Pure: no DOM.
 */
import { parameterCount, type NetworkSpec, type NetworkWeights } from '../model/network.ts';
import type { Heatmap } from './heatmap.ts';
import type { Metrics, WorkerToMain } from './protocol.ts';

/** What the page knows of the worker's run, from its last ready, progress or done message. */
export interface RunSnapshot {
  /** Epochs trained (0 after `ready`). */
  epoch: number;
  /** Epochs the run asks for. */
  epochs: number;
  /** Share of training labels equal to +1 (Keras's accuracy cannot exceed it with 1/−1 labels). */
  positiveShare: number;
  weights: NetworkWeights;
  heatmap: Heatmap;
  metrics: Metrics;
}

/** When and from which epoch an uninterrupted play began (for the "epochs per second" of a run). */
export interface PlayStart {
  time: number;
  epoch: number;
}

/** The run's state. */
export type RunState =
  /** Waiting for the worker's data and initial weights, after new settings or a reset. */
  | { kind: 'idle'; run: undefined; preparing: 'start' | 'reset' }
  /** Ready at epoch 0, or paused (or stepped) at a later epoch. */
  | { kind: 'idle'; run: RunSnapshot }
  /** The worker trains; `since` is the start of this play. */
  | { kind: 'training'; run: RunSnapshot; since: PlayStart | undefined }
  /** Every epoch trained; `playedFor` when the run ended in a play: its seconds and epochs. */
  | { kind: 'done'; run: RunSnapshot; playedFor: { seconds: number; epochs: number } | undefined }
  /** The worker failed (or could not load); the message says why, in Chinese. */
  | { kind: 'failed'; message: string };

/** What changes the state: the reader's actions, and the worker's messages about the run. */
export type RunEvent =
  | { type: 'starting'; why: 'start' | 'reset' }
  | { type: 'play' }
  | { type: 'failed'; message: string }
  | Exclude<WorkerToMain, { type: 'exported' }>;

/** The state before the worker's first message. */
export const INITIAL_RUN_STATE: RunState = { kind: 'idle', run: undefined, preparing: 'start' };

const snapshot = (m: Extract<WorkerToMain, { type: 'progress' | 'done' }>): RunSnapshot => ({
  epoch: m.epoch,
  epochs: m.epochs,
  positiveShare: m.positiveShare,
  weights: m.weights,
  heatmap: m.heatmap,
  metrics: {
    trainLoss: m.trainLoss,
    trainAccuracy: m.trainAccuracy,
    testLoss: m.testLoss,
    testAccuracy: m.testAccuracy,
  },
});

/**
 * The state after `event` at time `now` (ms, for the played rate). Returns `state` itself when
 * the event does not apply, e.g. a progress message of a run that was replaced while it was in
 * flight (its weights may not even fit the new network): the caller can ignore such events.
 */
export function nextRunState(state: RunState, event: RunEvent, now: number): RunState {
  switch (event.type) {
    case 'starting':
      return { kind: 'idle', run: undefined, preparing: event.why };
    case 'failed':
    case 'error':
      return { kind: 'failed', message: event.message };
    case 'ready':
      return {
        kind: 'idle',
        run: {
          epoch: 0,
          epochs: event.epochs,
          positiveShare: event.positiveShare,
          weights: event.weights,
          heatmap: event.heatmap,
          metrics: event.metrics,
        },
      };
    case 'play':
      if (state.kind !== 'idle' || !state.run) return state;
      return { kind: 'training', run: state.run, since: { time: now, epoch: state.run.epoch } };
    case 'progress': {
      if (state.kind === 'done' || !runOf(state)) return state;
      if (!event.running) return { kind: 'idle', run: snapshot(event) };
      const since = state.kind === 'training' ? state.since : undefined;
      return { kind: 'training', run: snapshot(event), since };
    }
    case 'done': {
      if (state.kind === 'done' || !runOf(state)) return state;
      const since = state.kind === 'training' ? state.since : undefined;
      const seconds = since ? (now - since.time) / 1000 : 0;
      const epochs = since ? event.epoch - since.epoch : 0;
      return {
        kind: 'done',
        run: snapshot(event),
        playedFor: seconds > 0 && epochs > 0 ? { seconds, epochs } : undefined,
      };
    }
  }
}

/** The run's current snapshot, if there is one. */
export function runOf(state: RunState): RunSnapshot | undefined {
  return state.kind === 'failed' ? undefined : state.run;
}

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

/**
 * The status line for `state`. While training it is the same text for the whole run, so the
 * live region announces it once (the epoch count is in the metrics, which are not live).
 */
export function statusText(state: RunState, spec: NetworkSpec, trainSize: number): string {
  switch (state.kind) {
    case 'failed':
      return state.message;
    case 'training':
      return `训练中：共 ${state.run.epochs} 个 epoch，可随时暂停。`;
    case 'done': {
      const { run, playedFor } = state;
      const rate = playedFor
        ? `，${playedFor.seconds.toFixed(1)} 秒（每秒 ${Math.round(playedFor.epochs / playedFor.seconds)} 个）`
        : '';
      return `训练完成：${run.epoch} 个 epoch${rate}；留出集准确率 ${percent(run.metrics.testAccuracy)}。`;
    }
    case 'idle':
      if (!state.run) return state.preparing === 'reset' ? '正在重置…' : '正在准备数据和初始权重…';
      if (state.run.epoch > 0) return `已暂停：epoch ${state.run.epoch} / ${state.run.epochs}。`;
      return `就绪：${trainSize} 个训练点，网络 ${[2, ...spec.hidden, 1].join('-')}（${parameterCount(spec)} 个参数）。按“开始训练”。`;
  }
}

/** The run's buttons (by `data-action`). */
export type RunAction = 'play' | 'pause' | 'step' | 'reset' | 'export';

/** Which of the run's buttons work in `state`, while an export is (or is not) under way. */
export function enabledActions(state: RunState, exporting: boolean): Record<RunAction, boolean> {
  const run = runOf(state);
  const idle = state.kind === 'idle' && run !== undefined;
  const trained = run !== undefined && run.epoch > 0;
  return {
    play: idle && !exporting,
    step: idle && !exporting,
    pause: state.kind === 'training',
    reset: run !== undefined && !exporting && (trained || state.kind === 'training'),
    // The worker exports trained weights only (at least one epoch), and not while training.
    export: (idle || state.kind === 'done') && trained && !exporting,
  };
}
