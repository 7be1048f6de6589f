/**
 * The data sets: points uniform in the unit square, labelled by a rule.
 *
 * - `'article'`: the article's rule, positive when x₀ > x₁ (one side of the diagonal). A single
 *   unit could separate it; the article's network has 3 hidden units anyway.
 * - `'circle'`: positive inside the circle of centre (0.5, 0.5) whose area is half the square's,
 *   (x₀ − ½)² + (x₁ − ½)² < 1/(2π). Needs at least 3 hidden units (a closed boundary).
 * - `'xor'`: positive when exactly one coordinate exceeds ½, (x₀ > ½) xor (x₁ > ½). Needs at least
 *   2 hidden units.
 *
 * All three use the same draws (two per point, x₀ then x₁), so for one seed the points are the
 * same and only the labels differ.
 */
import { createRng } from './random.ts';

/** The data sets the playground offers. */
export const DATASETS = ['article', 'circle', 'xor'] as const;
/** One of {@link DATASETS}. */
export type DatasetKind = (typeof DATASETS)[number];

/** Squared radius of the circle data set: πr² = ½. */
export const CIRCLE_RADIUS_SQUARED = 0.5 / Math.PI;

/** Whether `point` is in the positive class of data set `kind`. */
export function isPositive(kind: DatasetKind, point: Point): boolean {
  if (kind === 'article') return point[0] > point[1];
  if (kind === 'circle') {
    const dx = point[0] - 0.5;
    const dy = point[1] - 0.5;
    return dx * dx + dy * dy < CIRCLE_RADIUS_SQUARED;
  }
  return point[0] > 0.5 !== point[1] > 0.5;
}

/** Plain-language rules, for model cards and generated code. */
export const DATASET_RULES: Record<DatasetKind, { text: string; python: string }> = {
  article: { text: 'x0 > x1', python: 'x[:, 0] > x[:, 1]' },
  circle: {
    text: '(x0 - 0.5)^2 + (x1 - 0.5)^2 < 1/(2 pi)',
    python: '(x[:, 0] - 0.5) ** 2 + (x[:, 1] - 0.5) ** 2 < 0.5 / np.pi',
  },
  xor: { text: '(x0 > 0.5) xor (x1 > 0.5)', python: '(x[:, 0] > 0.5) != (x[:, 1] > 0.5)' },
};

/** A 2-D input point [x₀, x₁]. */
export type Point = readonly [number, number];

/**
 * How the positive and negative classes are written as numbers.
 * - `'zero-one'`: 1 when x₀ > x₁, else 0 — what binary cross-entropy expects.
 * - `'plus-minus-one'`: 1 when x₀ > x₁, else −1 — the article's code (an erratum), kept so its
 *   effect can be reproduced.
 */
export type LabelEncoding = 'zero-one' | 'plus-minus-one';

/** Points with one label each; `points[i]` has label `labels[i]`. */
export interface Dataset {
  /** Shape [n, 2]. */
  readonly points: readonly Point[];
  /** Shape [n]; values 1 and 0 (or 1 and −1, depending on the encoding). */
  readonly labels: readonly number[];
}

/**
 * Label of one point: 1 in the positive class (by default the article's x₀ > x₁), otherwise 0 or
 * −1 depending on `encoding`.
 */
export function labelOf(point: Point, encoding: LabelEncoding, kind: DatasetKind = 'article'): number {
  if (isPositive(kind, point)) return 1;
  return encoding === 'zero-one' ? 0 : -1;
}

/**
 * Draws `size` points uniform on [0, 1)² — like `np.random.rand(size, 2)` — from the generator
 * seeded with (`seed`, `stream`), and labels them by the rule of `kind`. Each point takes two draws, x₀ then x₁.
 */
export function generateDataset(
  size: number,
  seed: number,
  stream: number,
  encoding: LabelEncoding,
  kind: DatasetKind = 'article',
): Dataset {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`dataset size must be a positive integer, got ${size}`);
  }
  const rng = createRng(seed, stream);
  const points: Point[] = [];
  for (let i = 0; i < size; i++) points.push([rng.nextFloat(), rng.nextFloat()]);
  return relabel(points, encoding, kind);
}

/** The same points with labels in another encoding (or of another data set). */
export function relabel(
  points: readonly Point[],
  encoding: LabelEncoding,
  kind: DatasetKind = 'article',
): Dataset {
  return { points, labels: points.map((point) => labelOf(point, encoding, kind)) };
}
