/**
 * The line where a sampled field crosses a level (the decision boundary is the level 0.5 of the
 * model's output), by d3-contour's marching squares.
 *
 * d3-contour returns the polygons of the region at or above the level, each sample the centre of
 * a unit pixel, and closes a region that reaches the grid's edge with a ring along that edge. A
 * boundary line is what separates the two sides inside the grid, so the parts of the rings that
 * run along the edge are dropped: what remains are open polylines (a boundary that crosses the
 * grid) and closed ones (a region inside it).
 *
 * Samples are a row-major grid `values[row · width + col]`. Coordinates are in sample units:
 * (col, row) is the sample itself, so a crossing halfway between samples (0, 0) and (1, 0) is at
 * (0.5, 0). Samples equal to the level count as above it; NaN counts as below.
 */
import { contours } from 'd3-contour';
import type { Polyline } from './polyline.ts';

/** The polylines of the `level` isoline of `values` (shape [height, width]). */
export function isolines(values: ArrayLike<number>, width: number, height: number, level = 0.5): Polyline[] {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 2 || height < 2) {
    throw new RangeError(`isolines: need a grid of at least 2×2 samples, got ${width}×${height}`);
  }
  if (values.length !== width * height) {
    throw new RangeError(
      `isolines: ${width}×${height} grid needs ${width * height} values, got ${values.length}`,
    );
  }
  // d3 reads values by index only; a typed array serves as well as an array.
  const polygons = contours()
    .size([width, height])
    .contour(values as unknown as number[], level).coordinates;
  // A ring point on d3's outer frame (pixel edges, one half-sample outside the samples) is where
  // a ring runs along the grid's edge; every crossing between two samples lies inside it.
  const onEdge = ([x, y]: number[]) => x === 0 || y === 0 || x === width || y === height;
  const lines: Polyline[] = [];
  for (const polygon of polygons) {
    for (const closed of polygon) {
      const ring = closed.slice(0, -1); // d3 repeats the first point at the end
      const start = ring.findIndex(onEdge);
      if (start < 0) {
        const line = toSamples([...ring, ring[0]]);
        if (line.length >= 6) lines.push(line);
        continue;
      }
      // Walk once round from an edge point, cutting at every edge point.
      let run: number[][] = [];
      for (let i = 1; i <= ring.length; i++) {
        const point = ring[(start + i) % ring.length];
        if (!onEdge(point)) {
          run.push(point);
          continue;
        }
        const line = toSamples(run);
        if (line.length >= 4) lines.push(line);
        run = [];
      }
    }
  }
  return lines;
}

/**
 * d3's pixel coordinates (sample (c, r) at (c + ½, r + ½)) → sample coordinates, flattened. A
 * point repeated in a row (crossings that fall on a sample equal to the level) is kept once.
 */
function toSamples(points: readonly number[][]): Polyline {
  const line: Polyline = [];
  for (const [x, y] of points) {
    if (line.length > 0 && line[line.length - 2] === x - 0.5 && line[line.length - 1] === y - 0.5) continue;
    line.push(x - 0.5, y - 0.5);
  }
  return line;
}
