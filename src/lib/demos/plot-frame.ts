/**
 * Geometry of the decision-boundary plot, shared by its component (axes, static figure) and its
 * island (contour, pointer): an SVG of PLOT.size units square whose plot area leaves room on
 * the left and bottom for ticks and axis labels.
 */

export const PLOT = {
  /** Width and height of the SVG's viewBox. */
  size: 300,
  /** Plot area: left and top edge, and side length. */
  left: 46,
  top: 8,
  side: 244,
} as const;

/** SVG coordinates of the unit-square point (x₁, x₂) (x₂ up). */
export function toPlot(x1: number, x2: number): [number, number] {
  return [PLOT.left + x1 * PLOT.side, PLOT.top + (1 - x2) * PLOT.side];
}
