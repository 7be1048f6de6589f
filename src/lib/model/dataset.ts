/**
 * The article's toy data set: points in the unit square, labelled by which side of the diagonal
 * x₀ = x₁ they fall on.
 */
import { createRng } from './random.ts';

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

/** Label of one point: 1 on the side x₀ > x₁, otherwise 0 or −1 depending on `encoding`. */
export function labelOf(point: Point, encoding: LabelEncoding): number {
  if (point[0] > point[1]) return 1;
  return encoding === 'zero-one' ? 0 : -1;
}

/**
 * Draws `size` points uniform on [0, 1)² — like `np.random.rand(size, 2)` — from the generator
 * seeded with (`seed`, `stream`), and labels them. Each point takes two draws, x₀ then x₁.
 */
export function generateDataset(
  size: number,
  seed: number,
  stream: number,
  encoding: LabelEncoding,
): Dataset {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`dataset size must be a positive integer, got ${size}`);
  }
  const rng = createRng(seed, stream);
  const points: Point[] = [];
  for (let i = 0; i < size; i++) points.push([rng.nextFloat(), rng.nextFloat()]);
  return relabel(points, encoding);
}

/** The same points with labels in another encoding. */
export function relabel(points: readonly Point[], encoding: LabelEncoding): Dataset {
  return { points, labels: points.map((point) => labelOf(point, encoding)) };
}
