/**
 * Messages between the playground page (main thread) and its training Web Worker
 * (`src/islands/playground/train.worker.ts`). Everything here is structured-cloneable.
 *
 * Life of a run:
 *
 *   main → {init, run}           worker → {ready}         (data made, weights initialised, epoch 0)
 *   main → {play}                worker → {progress}…     (throttled: at most one per ~frame)
 *   main → {pause}               worker → {progress, running: false}
 *   main → {step}                worker → {progress, running: false}   (exactly one epoch)
 *   (last epoch reached)         worker → {done}
 *   main → {reset}               worker → {ready}         (same settings, back to epoch 0)
 *   main → {export}              worker → {exported}      (ONNX bytes and model card of the current weights)
 *   anything wrong               worker → {error, message}
 *
 * Export happens in the worker: it holds the weights, and the ONNX writer (protobuf code) is
 * loaded there with a dynamic import only when the first export is asked for, so neither the page
 * nor the worker's start pays for it.
 */
import type { Point } from '../model/dataset.ts';
import type { NetworkWeights } from '../model/network.ts';
import type { RunConfig } from '../model/run.ts';
import type { Heatmap } from './heatmap.ts';

/**
 * Side of the decision-boundary heatmap grid (see `makeGrid`): the worker computes the
 * network's output on these HEATMAP_GRID² points and its 0.5 line with every ready, progress
 * and done message ({@link Heatmap}, its values transferred), so the page only paints it.
 */
export const HEATMAP_GRID = 40;

/** Main thread → worker. */
export type MainToWorker =
  /**
   * Start over with this run. The page made it from settings it validated (`parseSettings`,
   * `settingsToRunConfig`): the worker does not check them again.
   */
  | { type: 'init'; run: RunConfig }
  /**
   * Train until the last epoch or a pause. `epochsPerSecond` paces training so a reader can
   * watch it (e.g. 100: the article's 1,000 epochs in 10 s); without it the worker trains as
   * fast as it can. Pacing changes only when epochs run, never their results.
   */
  | { type: 'play'; epochsPerSecond?: number }
  /** Stop after the current slice of epochs; a progress message with `running: false` follows. */
  | { type: 'pause' }
  /** Train exactly one epoch (pauses first if playing). */
  | { type: 'step' }
  /** Back to epoch 0 with the same settings (same data and initial weights). */
  | { type: 'reset' }
  /** Build the ONNX file and model card from the current weights. */
  | { type: 'export' };

/** Metrics of the current weights, as Keras's `evaluate` computes them. */
export interface Metrics {
  /** Mean binary cross-entropy on the training set (negative with {1, −1} labels). */
  trainLoss: number;
  /** Binary accuracy on the training set. */
  trainAccuracy: number;
  /** Mean binary cross-entropy on the held-out set. */
  testLoss: number;
  /** Binary accuracy on the held-out set. */
  testAccuracy: number;
}

/** Sent after `init` and `reset`: the data and the untrained network. */
export interface ReadyMessage {
  type: 'ready';
  /** Training points [x₀, x₁] and their labels (1 and 0, or 1 and −1), shape [trainSize]. */
  trainPoints: Point[];
  trainLabels: number[];
  /**
   * Share of training labels equal to +1. With {1, −1} labels, Keras's binary accuracy can never
   * count a −1 as correct, so accuracy stays at or below this share.
   */
  positiveShare: number;
  /** Initial weights (float64), one dense layer per hidden layer and then the output layer. */
  weights: NetworkWeights;
  /** Epochs the settings ask for. */
  epochs: number;
  /** Metrics of the initial weights. */
  metrics: Metrics;
  /** The initial network's decision boundary on the HEATMAP_GRID² grid (its values transferred). */
  heatmap: Heatmap;
}

/** Sent while training (throttled), after a pause and after a step. */
export interface ProgressMessage extends Metrics {
  type: 'progress';
  /** Epochs completed so far (1-based count). */
  epoch: number;
  /** Epochs the settings ask for. */
  epochs: number;
  /** Whether the worker keeps training after this message. */
  running: boolean;
  /**
   * The per-epoch loss as Keras's `fit` logs it, for every epoch since the previous progress
   * message: epochs `firstEpoch` … `epoch`. Together the messages give every epoch's loss.
   */
  firstEpoch: number;
  epochLosses: number[];
  /** Share of training labels equal to +1 (see {@link ReadyMessage.positiveShare}). */
  positiveShare: number;
  /** Current float64 weights. */
  weights: NetworkWeights;
  /** The decision boundary of `weights` on the HEATMAP_GRID² grid (its values transferred). */
  heatmap: Heatmap;
}

/**
 * Sent once the last epoch is done. Metrics, weights and heatmap are those of the float32-rounded
 * weights, i.e. of the model an export writes.
 */
export interface DoneMessage extends Omit<ProgressMessage, 'type' | 'running'> {
  type: 'done';
}

/** Reply to `export`. */
export interface ExportedMessage {
  type: 'exported';
  /** The .onnx file. */
  onnx: Uint8Array;
  /** Suggested file name, e.g. "separator.onnx" for the shipped settings. */
  onnxFileName: string;
  /** The model card as JSON text (formatted like models/separator.json). */
  card: string;
  /** Suggested file name of the card. */
  cardFileName: string;
  /** Lower-case hex SHA-256 of `onnx` (also in the card). */
  sha256: string;
  /** Epoch of the exported weights. */
  epoch: number;
}

/** Worker → main thread. */
export type WorkerToMain =
  ReadyMessage | ProgressMessage | DoneMessage | ExportedMessage | { type: 'error'; message: string };
