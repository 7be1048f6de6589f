/**
 * Builds the shipped files — the ONNX model and its card — from a seed. Shared by
 * `models/train.ts` (which writes them) and the tests (which check the shipped files are exactly
 * what this regenerates). Pure: hashing is passed in, since Node and browsers hash differently.
 * The card and the ONNX file come from src/lib/model/ (card.ts, onnx-export.ts), which the
 * playground uses for its exports too.
 */
import { buildModelCard, type ShippedModelCard } from '../../src/lib/model/card.ts';
import { exportNetworkOnnx } from '../../src/lib/model/onnx-export.ts';
import { runExperiment, type ExperimentResult } from './experiment.ts';

/**
 * The shipped model's seed: 0, the first seed, kept because it passes (held-out accuracy 0.9888).
 * About a quarter of seeds fall short of 0.97 with the article's settings; models/README.md
 * gives the distribution over seeds 0–999 (`npm run train -- --survey 1000` recomputes it).
 */
export const SHIPPED_SEED = 0;
/** File name of the shipped model, relative to models/. */
export const ONNX_FILE_NAME = 'separator.onnx';

/** Inputs of {@link buildArtifacts}. */
export interface ArtifactOptions {
  seed: number;
  /** ONNX producer_version, normally package.json's version. */
  producerVersion: string;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: (bytes: Uint8Array) => string;
  /** Fewer epochs than the article's 1,000, for quick checks only. */
  epochs?: number;
}

/** The two shipped artifacts and the experiment behind them. */
export interface Artifacts {
  onnx: Uint8Array;
  card: ShippedModelCard;
  experiment: ExperimentResult;
}

/** Trains with `options.seed` and returns the ONNX bytes and the card describing them. */
export function buildArtifacts(options: ArtifactOptions): Artifacts {
  const experiment = runExperiment({ seed: options.seed, epochs: options.epochs });
  const { main, erratum, config } = experiment;
  const onnx = exportNetworkOnnx(config.spec, main.weights, {
    producerVersion: options.producerVersion,
    docString: `Seed ${options.seed}; see models/separator.json.`,
    dataset: config.dataset,
    epochs: config.epochs,
    batchSize: config.batchSize,
  });
  const card = buildModelCard({
    config,
    trainData: experiment.trainData,
    main,
    erratum,
    onnx: {
      bytes: onnx,
      file: ONNX_FILE_NAME,
      sha256: options.sha256(onnx),
      producerVersion: options.producerVersion,
    },
    name: 'separator',
  });
  // Both runs are always given here, so the optional parts are present.
  return { onnx, card: card as ShippedModelCard, experiment };
}
