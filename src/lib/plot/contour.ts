/**
 * Marching squares: the line where a sampled field crosses a level (the decision boundary is
 * the level 0.5 of the model's output), as straight segments.
 *
 * Samples are a row-major grid `values[row · width + col]`. Segment coordinates are in sample
 * units: (col, row) is the sample itself, so a crossing halfway between samples (0, 0) and
 * (1, 0) is at (0.5, 0). Map them to the plot with `scaleLinear` or by hand.
 */

/** A segment from (x1, y1) to (x2, y2) in sample coordinates (x = column, y = row). */
export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

/**
 * Segments of the contour of `values` (shape [height, width]) at `level`. Samples equal to
 * the level count as above it; NaN samples end the contour (their cells are skipped). Saddle
 * cells (diagonal corners on the same side) are split by the mean of the four corners.
 */
export function contourSegments(
  values: ArrayLike<number>,
  width: number,
  height: number,
  level = 0.5,
): Segment[] {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 2 || height < 2) {
    throw new RangeError(`contourSegments: need a grid of at least 2×2 samples, got ${width}×${height}`);
  }
  if (values.length !== width * height) {
    throw new RangeError(
      `contourSegments: ${width}×${height} grid needs ${width * height} values, got ${values.length}`,
    );
  }
  const at = (col: number, row: number) => (values[row * width + col] ?? Number.NaN) - level;
  const segments: Segment[] = [];
  for (let row = 0; row < height - 1; row++) {
    for (let col = 0; col < width - 1; col++) {
      // Corners clockwise from the top-left (row grows downwards): tl, tr, br, bl.
      const c = [at(col, row), at(col + 1, row), at(col + 1, row + 1), at(col, row + 1)] as const;
      if (c.some(Number.isNaN)) continue;
      const p = [
        [col, row],
        [col + 1, row],
        [col + 1, row + 1],
        [col, row + 1],
      ] as const;
      // Crossing on edge e (corner e → corner e+1), or undefined.
      const cross = (e: number): [number, number] | undefined => {
        const a = c[e];
        const b = c[(e + 1) % 4];
        if (a >= 0 === b >= 0) return undefined;
        const t = a / (a - b);
        const [ax, ay] = p[e];
        const [bx, by] = p[(e + 1) % 4];
        return [ax + t * (bx - ax), ay + t * (by - ay)];
      };
      const edges = [0, 1, 2, 3].map(cross);
      const hits = edges.flatMap((point, e) => (point ? [{ e, point }] : []));
      if (hits.length === 2) {
        segments.push([...hits[0].point, ...hits[1].point]);
      } else if (hits.length === 4) {
        const centreAbove = (c[0] + c[1] + c[2] + c[3]) / 4 >= 0;
        const tlAbove = c[0] >= 0;
        // If the centre is on the top-left corner's side, that side joins across the middle:
        // cut off the other two corners (top-right and bottom-left); otherwise cut off tl and br.
        const pairs: [number, number][] =
          centreAbove === tlAbove
            ? [
                [0, 1],
                [2, 3],
              ]
            : [
                [3, 0],
                [1, 2],
              ];
        for (const [a, b] of pairs) segments.push([...edges[a]!, ...edges[b]!]);
      }
    }
  }
  return segments;
}

/** An SVG path (`M…L…` per segment) of segments mapped by `map` to plot coordinates. */
export function segmentsToPath(
  segments: readonly Segment[],
  map: (x: number, y: number) => readonly [number, number],
  digits = 2,
): string {
  const f = (v: number) => Number(v.toFixed(digits)).toString();
  return segments
    .map(([x1, y1, x2, y2]) => {
      const [a, b] = map(x1, y1);
      const [c, d] = map(x2, y2);
      return `M${f(a)} ${f(b)}L${f(c)} ${f(d)}`;
    })
    .join('');
}
