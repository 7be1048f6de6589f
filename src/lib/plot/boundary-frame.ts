/**
 * The decision-boundary plot's frame, one for both of its renderers: the demo's figure
 * (DecisionBoundaryDemo.astro, drawn at build time) and the playground's chart
 * (src/islands/playground/boundary-chart.ts). An SVG viewBox FRAME.size units square holds the
 * plot area, the unit square with x₂ up, and room left and below for ticks and axis titles; a
 * canvas under the SVG covers the plot area (`plotAreaStyle`). Scales, ticks and tick labels are
 * d3-scale's.
 */
import { scaleLinear } from 'd3-scale';

export const FRAME = {
  /** Width and height of the SVG's viewBox. */
  size: 300,
  /** Plot area: left and top edge, and side length. */
  left: 46,
  top: 8,
  side: 244,
  /** Tick mark length, and the gaps from the axis to tick labels and to the axis titles. */
  tick: 5,
  xLabelGap: 17,
  yLabelGap: 8,
  titleGap: 34,
} as const;

/** x₁ ∈ [0, 1] → SVG x. */
export const x1Scale = scaleLinear()
  .domain([0, 1])
  .range([FRAME.left, FRAME.left + FRAME.side]);
/** x₂ ∈ [0, 1] → SVG y (x₂ grows upwards). */
export const x2Scale = scaleLinear()
  .domain([0, 1])
  .range([FRAME.top + FRAME.side, FRAME.top]);

/** SVG coordinates of the unit-square point (x₁, x₂). */
export function toPlot(x1: number, x2: number): [number, number] {
  return [x1Scale(x1), x2Scale(x2)];
}

/** The unit-square point at SVG coordinates (x, y) (outside [0, 1] when outside the plot area). */
export function fromPlot(x: number, y: number): [number, number] {
  return [x1Scale.invert(x), x2Scale.invert(y)];
}

/** Ticks of both axes: values and their labels ("0.0", "0.2", … "1.0"). */
export const BOUNDARY_TICKS: readonly { value: number; label: string }[] = (() => {
  const format = x1Scale.tickFormat(5);
  return x1Scale.ticks(5).map((value) => ({ value, label: format(value) }));
})();

/**
 * CSS custom properties that place a canvas on the plot area, as percentages of the SVG's box
 * (`--plot-left`, `--plot-top`, `--plot-side`), for a `style` attribute.
 */
export function plotAreaStyle(): string {
  const pct = (v: number) => `${(v / FRAME.size) * 100}%`;
  return `--plot-left:${pct(FRAME.left)};--plot-top:${pct(FRAME.top)};--plot-side:${pct(FRAME.side)}`;
}
