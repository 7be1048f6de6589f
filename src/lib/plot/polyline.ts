/**
 * Polylines as flat coordinate lists, and their SVG path. Apart from the contour code (contour.ts,
 * which brings d3-contour) so that a page drawing a line the worker computed does not load it.
 */

/** A polyline [x0, y0, x1, y1, …] (for a contour: in sample coordinates, x = column, y = row). */
export type Polyline = number[];

/** An SVG path (`M…L…L…` per polyline) of polylines mapped by `map` to plot coordinates. */
export function polylinesToPath(
  lines: readonly Polyline[],
  map: (x: number, y: number) => readonly [number, number],
  digits = 2,
): string {
  const f = (v: number) => Number(v.toFixed(digits)).toString();
  let d = '';
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i += 2) {
      const [x, y] = map(line[i], line[i + 1]);
      d += `${i === 0 ? 'M' : 'L'}${f(x)} ${f(y)}`;
    }
  }
  return d;
}

/** Number of straight pieces in `lines` (a polyline of k points has k − 1). */
export function segmentCount(lines: readonly Polyline[]): number {
  return lines.reduce((sum, line) => sum + Math.max(0, line.length / 2 - 1), 0);
}
