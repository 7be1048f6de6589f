/**
 * The numbers the site states about the article's {1, −1} label bug, by name. Each quantity is
 * either read from the generated results (`models/label-bug.json`, see src/schemas/label-bug.ts,
 * written by `npm run train` from this reproduction) or, for real Keras runs, from
 * {@link KERAS_TF_MEASURED}, the one home of that external measurement. Pages, the article's
 * `<ReproNumber>`, the playground and models/README.md all format them here, so no page can state a
 * number the reproduction does not give. Pure: the file is read by src/data/label-bug.ts.
 */
import {
  labelBugResultsSchema,
  type LabelBugResults,
  type LabelBugRunId,
  type LabelBugSeedResult,
} from '../../schemas/label-bug.ts';
import { parseChecked } from './checked-json.ts';

/** The seeds every label-bug run is trained with. */
export const LABEL_BUG_SEEDS: readonly number[] = [0, 1, 2, 3, 4, 5];

/** A range stated as decimal strings: the digits written say how precise it is. */
export interface StatedRange {
  min: string;
  max: string;
}

/**
 * Real Keras runs, measured outside this project and NOT reproduced here (TensorFlow is not
 * installed on the machines that build the site): the seed's code run verbatim on TensorFlow
 * 2.21 / Keras 3.15.1 (CPU) with six seeds, as reported in the project's issues 14 and 19. Stated
 * only with that attribution.
 */
export const KERAS_TF_MEASURED = {
  tensorflow: '2.21',
  keras: '3.15.1',
  runs: 6,
  source: "the project's issues 14 and 19 (the seed's code run verbatim, CPU); not reproduced here",
  /** Labels 1 / −1 as in the article. */
  plusMinusOne: {
    finalEpochLoss: { min: '-11.6', max: '-3.5' },
    accuracy: { min: '0.00', max: '0.35' },
  },
  /** Labels 0 / 1. */
  zeroOne: {
    finalEpochLoss: { min: '0.09', max: '0.12' },
    testAccuracy: { min: '0.977', max: '0.992' },
  },
} as const satisfies {
  plusMinusOne: Record<string, StatedRange>;
  zeroOne: Record<string, StatedRange>;
  [key: string]: unknown;
};

/** A metric of one seed's run. */
type SeedMetric = Exclude<keyof LabelBugSeedResult, 'seed'>;

/** How a quantity is found. */
type Quantity =
  /** A metric of one run, over all seeds (stated as a range). */
  | { from: 'run'; run: LabelBugRunId; metric: SeedMetric }
  /** One number of the results file. */
  | { from: 'value'; value: (results: LabelBugResults) => number }
  /** An external measurement, stated with its own precision. */
  | { from: 'measured'; range: StatedRange };

/** Every quantity a page may state, by id (the `id` of `<ReproNumber>`). */
export const LABEL_BUG_QUANTITIES = {
  /** Lowest per-sample loss with label −1 when p is clipped to [1e-7, 1 − 1e-7]. */
  'clipped-floor': { from: 'value', value: (r) => r.clippedFloor },
  /** Labels 1 / −1, loss from the logit (what the seed's code computes on Keras 3 + TensorFlow). */
  'pm1-logits-final-loss': { from: 'run', run: 'plus-minus-one', metric: 'finalEpochLoss' },
  'pm1-logits-train-accuracy': { from: 'run', run: 'plus-minus-one', metric: 'trainAccuracy' },
  'pm1-logits-test-accuracy': { from: 'run', run: 'plus-minus-one', metric: 'testAccuracy' },
  'pm1-positive-share': { from: 'run', run: 'plus-minus-one', metric: 'positiveShare' },
  /** Labels 1 / −1 with the clipped loss (Keras's path when no logit is available). */
  'pm1-clipped-final-loss': { from: 'run', run: 'plus-minus-one-clipped', metric: 'finalEpochLoss' },
  'pm1-clipped-train-accuracy': { from: 'run', run: 'plus-minus-one-clipped', metric: 'trainAccuracy' },
  'pm1-clipped-test-accuracy': { from: 'run', run: 'plus-minus-one-clipped', metric: 'testAccuracy' },
  /** Labels 0 / 1 (the correction). */
  'zero-one-final-loss': { from: 'run', run: 'zero-one', metric: 'finalEpochLoss' },
  'zero-one-train-accuracy': { from: 'run', run: 'zero-one', metric: 'trainAccuracy' },
  'zero-one-test-accuracy': { from: 'run', run: 'zero-one', metric: 'testAccuracy' },
  /** Real Keras runs ({@link KERAS_TF_MEASURED}). */
  'keras-tf-pm1-final-loss': { from: 'measured', range: KERAS_TF_MEASURED.plusMinusOne.finalEpochLoss },
  'keras-tf-pm1-accuracy': { from: 'measured', range: KERAS_TF_MEASURED.plusMinusOne.accuracy },
  'keras-tf-zero-one-final-loss': { from: 'measured', range: KERAS_TF_MEASURED.zeroOne.finalEpochLoss },
  'keras-tf-zero-one-test-accuracy': { from: 'measured', range: KERAS_TF_MEASURED.zeroOne.testAccuracy },
} as const satisfies Record<string, Quantity>;

/** The id of a quantity. */
export type LabelBugQuantityId = keyof typeof LABEL_BUG_QUANTITIES;

/** Every quantity id, for checking ids written in content. */
export const LABEL_BUG_QUANTITY_IDS = Object.keys(LABEL_BUG_QUANTITIES) as LabelBugQuantityId[];

/** Whether `id` names a quantity. */
export function isLabelBugQuantityId(id: string): id is LabelBugQuantityId {
  return Object.hasOwn(LABEL_BUG_QUANTITIES, id);
}

/** Whether the quantity is an external measurement (stated with its own digits, not reproduced). */
export function isMeasuredQuantity(id: LabelBugQuantityId): boolean {
  return LABEL_BUG_QUANTITIES[id].from === 'measured';
}

/** Number of decimals written in a decimal string. */
function decimalsOf(text: string): number {
  return text.split('.')[1]?.length ?? 0;
}

/** A number rounded to `digits` decimals, as a plain decimal string ("-0.00" is written "0.00"). */
export function toDecimal(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** A quantity as stated: its min and max (equal for one value), as decimal strings. */
export interface StatedQuantity {
  id: LabelBugQuantityId;
  min: string;
  max: string;
  /** Decimals written. */
  digits: number;
  /** The exact values it was rounded from (one per seed, or one); empty for a measured range. */
  values: number[];
}

/**
 * The quantity `id` as a page states it: rounded to `digits` decimals. A measured quantity is
 * stated with its own digits; asking for others throws (that would claim a precision nobody
 * measured, or hide one).
 */
export function stateQuantity(
  results: LabelBugResults,
  id: LabelBugQuantityId,
  digits?: number,
): StatedQuantity {
  const quantity: Quantity = LABEL_BUG_QUANTITIES[id];
  if (quantity.from === 'measured') {
    const own = decimalsOf(quantity.range.max);
    if (digits !== undefined && digits !== own) {
      throw new RangeError(
        `label-bug quantity ${id} is a measurement stated with ${own} decimals, not ${digits}`,
      );
    }
    return { id, ...quantity.range, digits: own, values: [] };
  }
  if (digits === undefined || !Number.isInteger(digits) || digits < 0 || digits > 6) {
    throw new RangeError(`label-bug quantity ${id} needs digits (an integer 0–6), got ${String(digits)}`);
  }
  const values =
    quantity.from === 'value'
      ? [quantity.value(results)]
      : results.runs[quantity.run].seeds.map((seed) => seed[quantity.metric]);
  return {
    id,
    min: toDecimal(Math.min(...values), digits),
    max: toDecimal(Math.max(...values), digits),
    digits,
    values,
  };
}

/** A decimal string for reading: the minus sign as U+2212 (−). */
export function readableDecimal(text: string): string {
  return text.replace(/^-/, '\u2212');
}

/**
 * The text of a stated quantity: one number ("−16.12"), or a range joined by `join`
 * ("−10.44 至 −5.33"; "−10.44 to −5.33" in English files).
 */
export function formatStated(stated: Pick<StatedQuantity, 'min' | 'max'>, join = ' 至 '): string {
  if (stated.min === stated.max) return readableDecimal(stated.min);
  return `${readableDecimal(stated.min)}${join}${readableDecimal(stated.max)}`;
}

/** Thrown by {@link parseLabelBugResults}; the message names the file and the field. */
export class LabelBugResultsError extends Error {
  override name = 'LabelBugResultsError';
}

/**
 * Checks that `json` is the label-bug results file and returns it typed; throws
 * {@link LabelBugResultsError} naming `source` and the first bad field.
 */
export function parseLabelBugResults(json: unknown, source = 'label-bug results'): LabelBugResults {
  return parseChecked(
    labelBugResultsSchema,
    json,
    source,
    (message, cause) => new LabelBugResultsError(message, { cause }),
  );
}
