/**
 * A line chart of one metric per epoch, training set (solid) and held-out set (dashed), drawn
 * into an SVG with axes, nice ticks and axis labels. `update()` redraws from the data arrays;
 * the island calls it at most once per animation frame. Long runs are thinned to at most
 * MAX_POINTS vertices per line, so a frame's work stays small whatever the epoch count.
 */
import { formatTick, niceTicks, type AxisTicks } from '../../lib/plot/index.ts';
import { fmt, linear, svg } from './svg.ts';

/** Most vertices per polyline; more points than pixels only costs time. */
const MAX_POINTS = 400;
const WIDTH = 360;
const HEIGHT = 220;
const MARGIN = { left: 46, right: 10, top: 10, bottom: 38 };

/** A metric's history: `epochs[i]` is the epoch after which `train[i]` and `test[i]` were measured. */
export interface CurveData {
  epochs: readonly number[];
  train: readonly number[];
  test: readonly number[];
}

export interface CurvesOptions {
  /** Y-axis label. */
  yLabel: string;
  /** A fixed y range (accuracy: [0, 1]); otherwise the range follows the data, always including 0. */
  yRange?: readonly [number, number];
}

/** Every `step`-th index of an array of length n, always including the last one. */
function thin(n: number): number[] {
  const step = Math.max(1, Math.ceil(n / MAX_POINTS));
  const indices: number[] = [];
  for (let i = 0; i < n; i += step) indices.push(i);
  if (n > 0 && indices[indices.length - 1] !== n - 1) indices.push(n - 1);
  return indices;
}

export class CurvesChart {
  readonly #root: SVGSVGElement;
  readonly #options: CurvesOptions;
  readonly #axes: SVGGElement;
  readonly #train: SVGPolylineElement;
  readonly #test: SVGPolylineElement;
  /** Domain the axes were last drawn for, to redraw them only when it changes. */
  #domain = '';

  constructor(root: SVGSVGElement, options: CurvesOptions) {
    this.#root = root;
    this.#options = options;
    root.replaceChildren();
    this.#axes = svg('g');
    this.#train = svg('polyline', { class: 'pg-train' });
    this.#test = svg('polyline', { class: 'pg-test' });
    root.append(this.#axes, this.#train, this.#test);
    this.update({ epochs: [], train: [], test: [] }, 1);
  }

  /** Redraws for `data`, with the x axis spanning 0 to `totalEpochs`. */
  update(data: CurveData, totalEpochs: number): void {
    const [y0, y1] = this.#yDomain(data);
    const xTicks = niceTicks(0, Math.max(1, totalEpochs), 5);
    const yTicks = niceTicks(y0, y1, 5);
    const xMax = Math.max(1, totalEpochs);
    const yMin = y0;
    const yMax = y1;
    const x = linear(0, xMax, MARGIN.left, WIDTH - MARGIN.right);
    const y = linear(yMin, yMax, HEIGHT - MARGIN.bottom, MARGIN.top);
    const domain = `${xMax} ${yMin} ${yMax}`;
    if (domain !== this.#domain) {
      this.#domain = domain;
      this.#drawAxes(x, y, xTicks, yTicks, yMin, yMax, xMax);
    }
    const line = (values: readonly number[]) =>
      thin(values.length)
        .filter((i) => Number.isFinite(values[i]))
        .map((i) => `${fmt(x(data.epochs[i] ?? 0))},${fmt(y(values[i] ?? 0))}`)
        .join(' ');
    this.#train.setAttribute('points', line(data.train));
    this.#test.setAttribute('points', line(data.test));
  }

  #yDomain(data: CurveData): [number, number] {
    if (this.#options.yRange) return [...this.#options.yRange];
    let lo = 0;
    let hi = 0;
    for (const series of [data.train, data.test]) {
      for (const v of series) {
        if (!Number.isFinite(v)) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    if (hi - lo < 1e-9) hi = lo + 1;
    // Round outwards to the tick step, so the axis ends on a tick and redraws only now and then.
    const { step } = niceTicks(lo, hi, 5);
    return [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
  }

  #drawAxes(
    x: (v: number) => number,
    y: (v: number) => number,
    xTicks: AxisTicks,
    yTicks: AxisTicks,
    yMin: number,
    yMax: number,
    xMax: number,
  ): void {
    const g = this.#axes;
    g.replaceChildren();
    const left = x(0);
    const bottom = y(yMin);
    const axis = svg('g', { class: 'pg-axis' });
    axis.append(svg('path', { d: `M${fmt(left)} ${fmt(y(yMax))}V${fmt(bottom)}H${fmt(x(xMax))}` }));
    for (const t of yTicks.values) {
      const ty = y(t);
      g.append(svg('line', { class: 'pg-grid', x1: left, x2: x(xMax), y1: ty, y2: ty }));
      axis.append(svg('line', { x1: left - 4, x2: left, y1: ty, y2: ty }));
      axis.append(
        svg('text', { x: left - 6, y: ty + 4, 'text-anchor': 'end' }, formatTick(t, yTicks.decimals)),
      );
    }
    for (const t of xTicks.values) {
      const tx = x(t);
      axis.append(svg('line', { x1: tx, x2: tx, y1: bottom, y2: bottom + 4 }));
      axis.append(
        svg('text', { x: tx, y: bottom + 16, 'text-anchor': 'middle' }, formatTick(t, xTicks.decimals)),
      );
    }
    if (yMin < 0 && yMax > 0) {
      // Cross-entropy is never negative; a loss below this line is the {1, −1} label bug.
      g.append(svg('line', { class: 'pg-zero', x1: left, x2: x(xMax), y1: y(0), y2: y(0) }));
    }
    axis.append(
      svg(
        'text',
        { class: 'pg-axis-label', x: (left + x(xMax)) / 2, y: HEIGHT - 4, 'text-anchor': 'middle' },
        'epoch',
      ),
    );
    axis.append(
      svg(
        'text',
        {
          class: 'pg-axis-label',
          x: 12,
          y: (MARGIN.top + bottom) / 2,
          'text-anchor': 'middle',
          transform: `rotate(-90 12 ${fmt((MARGIN.top + bottom) / 2)})`,
        },
        this.#options.yLabel,
      ),
    );
    g.append(axis);
    this.#root.setAttribute('data-domain', `0–${xMax} × ${yMin.toPrecision(3)}–${yMax.toPrecision(3)}`);
  }
}
