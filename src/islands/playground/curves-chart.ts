/**
 * A line chart of one metric per epoch, training set (solid) and held-out set (dashed), drawn
 * into an SVG with axes, nice ticks and axis labels (scales, ticks and labels from d3-scale). `update()` redraws from the data arrays;
 * the island calls it at most once per animation frame. Long runs are thinned to at most
 * MAX_POINTS vertices per line, and the elements are made once (ticks from a pool that only
 * grows) and then updated in place, so a frame's work stays small whatever the epoch count.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { fmt, setText, svg } from '../shared/dom.ts';

/** Most vertices per polyline; more points than pixels only costs time. */
export const MAX_POINTS = 400;
/** Tick slots made at the start per axis (ticks(5) gives at most 11); more are added if ever needed. */
const TICK_SLOTS = 12;
const WIDTH = 360;
const HEIGHT = 220;
const MARGIN = { left: 46, right: 10, top: 10, bottom: 38 };
/** About this many ticks per axis. */
const TICKS = 5;

type Scale = ScaleLinear<number, number>;

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

/** One tick's elements: its grid line (y axis only), its mark and its label. */
interface TickSlot {
  grid: SVGLineElement | undefined;
  mark: SVGLineElement;
  label: SVGTextElement;
}

export class CurvesChart {
  readonly #root: SVGSVGElement;
  readonly #options: CurvesOptions;
  readonly #grid: SVGGElement;
  readonly #axis: SVGGElement;
  readonly #frame: SVGPathElement;
  readonly #zero: SVGLineElement;
  readonly #xLabel: SVGTextElement;
  readonly #xTicks: TickSlot[] = [];
  readonly #yTicks: TickSlot[] = [];
  readonly #train: SVGPolylineElement;
  readonly #test: SVGPolylineElement;
  /** Domain the axes were last drawn for, to redraw them only when it changes. */
  #domain = '';

  constructor(root: SVGSVGElement, options: CurvesOptions) {
    this.#root = root;
    this.#options = options;
    root.replaceChildren();
    this.#grid = svg('g');
    this.#axis = svg('g', { class: 'pg-axis' });
    this.#frame = svg('path');
    // Cross-entropy is never negative; a loss below this line is the {1, −1} label bug.
    this.#zero = svg('line', { class: 'pg-zero', visibility: 'hidden' });
    this.#xLabel = svg('text', { class: 'pg-axis-label', y: HEIGHT - 4, 'text-anchor': 'middle' }, 'epoch');
    const yMid = (MARGIN.top + HEIGHT - MARGIN.bottom) / 2;
    const yLabel = svg(
      'text',
      {
        class: 'pg-axis-label',
        x: 12,
        y: yMid,
        'text-anchor': 'middle',
        transform: `rotate(-90 12 ${fmt(yMid)})`,
      },
      options.yLabel,
    );
    this.#axis.append(this.#frame, this.#xLabel, yLabel);
    for (let i = 0; i < TICK_SLOTS; i++) {
      this.#slot(this.#xTicks, false);
      this.#slot(this.#yTicks, true);
    }
    this.#train = svg('polyline', { class: 'pg-train' });
    this.#test = svg('polyline', { class: 'pg-test' });
    root.append(this.#grid, this.#zero, this.#axis, this.#train, this.#test);
    this.update({ epochs: [], train: [], test: [] }, 1);
  }

  /**
   * Redraws for `data`, with the x axis spanning 0 to `totalEpochs`; returns the vertices drawn
   * in the longer of the two lines (at most MAX_POINTS + 1).
   */
  update(data: CurveData, totalEpochs: number): number {
    const xMax = Math.max(1, totalEpochs);
    const x = scaleLinear()
      .domain([0, xMax])
      .range([MARGIN.left, WIDTH - MARGIN.right]);
    const y = scaleLinear()
      .domain(this.#yDomain(data))
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const domain = `${x.domain().join()} ${y.domain().join()}`;
    if (domain !== this.#domain) {
      this.#domain = domain;
      this.#drawAxes(x, y);
    }
    let most = 0;
    const line = (values: readonly number[]) => {
      const indices = thin(values.length).filter((i) => Number.isFinite(values[i]));
      most = Math.max(most, indices.length);
      return indices.map((i) => `${fmt(x(data.epochs[i] ?? 0))},${fmt(y(values[i] ?? 0))}`).join(' ');
    };
    this.#train.setAttribute('points', line(data.train));
    this.#test.setAttribute('points', line(data.test));
    return most;
  }

  /**
   * The y range: fixed, or the data's range with 0 in it, rounded outwards to nice ticks (so the
   * axis ends on a tick and is redrawn only now and then).
   */
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
    const [niceLo, niceHi] = scaleLinear().domain([lo, hi]).nice(TICKS).domain();
    return [niceLo ?? lo, niceHi ?? hi];
  }

  /** Adds a tick slot (hidden until used) to `slots`. */
  #slot(slots: TickSlot[], withGrid: boolean): TickSlot {
    const grid = withGrid ? svg('line', { class: 'pg-grid', visibility: 'hidden' }) : undefined;
    const mark = svg('line', { visibility: 'hidden' });
    const label = svg('text', { 'text-anchor': withGrid ? 'end' : 'middle', visibility: 'hidden' }, ' ');
    if (grid) this.#grid.append(grid);
    this.#axis.append(mark, label);
    const slot = { grid, mark, label };
    slots.push(slot);
    return slot;
  }

  /** Moves the tick slots to `scale`'s ticks (hiding the unused ones); `place` sets one slot's geometry. */
  #placeTicks(
    slots: TickSlot[],
    scale: Scale,
    withGrid: boolean,
    place: (slot: TickSlot, at: number) => void,
  ): void {
    const values = scale.ticks(TICKS);
    const format = scale.tickFormat(TICKS);
    values.forEach((t, i) => {
      const slot = slots[i] ?? this.#slot(slots, withGrid);
      place(slot, scale(t));
      setText(slot.label, format(t));
    });
    slots.forEach((slot, i) => {
      const visibility = i < values.length ? 'visible' : 'hidden';
      for (const element of [slot.grid, slot.mark, slot.label])
        element?.setAttribute('visibility', visibility);
    });
  }

  #drawAxes(x: Scale, y: Scale): void {
    const [left, right] = x.range() as [number, number];
    const [bottom, top] = y.range() as [number, number];
    const [yMin, yMax] = y.domain() as [number, number];
    const set = (element: Element, attributes: Record<string, number>) => {
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, fmt(value));
    };
    this.#frame.setAttribute('d', `M${fmt(left)} ${fmt(top)}V${fmt(bottom)}H${fmt(right)}`);
    this.#placeTicks(this.#yTicks, y, true, (slot, ty) => {
      if (slot.grid) set(slot.grid, { x1: left, x2: right, y1: ty, y2: ty });
      set(slot.mark, { x1: left - 4, x2: left, y1: ty, y2: ty });
      set(slot.label, { x: left - 6, y: ty + 4 });
    });
    this.#placeTicks(this.#xTicks, x, false, (slot, tx) => {
      set(slot.mark, { x1: tx, x2: tx, y1: bottom, y2: bottom + 4 });
      set(slot.label, { x: tx, y: bottom + 16 });
    });
    set(this.#zero, { x1: left, x2: right, y1: y(0), y2: y(0) });
    this.#zero.setAttribute('visibility', yMin < 0 && yMax > 0 ? 'visible' : 'hidden');
    set(this.#xLabel, { x: (left + right) / 2 });
    const [, xMax] = x.domain() as [number, number];
    this.#root.setAttribute('data-domain', `0–${xMax} × ${yMin.toPrecision(3)}–${yMax.toPrecision(3)}`);
  }
}
