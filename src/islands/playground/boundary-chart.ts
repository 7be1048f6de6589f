/**
 * The decision-boundary chart: the model's output y on an n×n grid painted into a small canvas
 * (the browser scales it up smoothly; colours and contour come ready-made from the worker,
 * see `Heatmap`), under an SVG with the axes x₁ and x₂, ticks, the y = 0.5
 * contour, the training points and a probe. The probe follows the pointer, or arrow keys when
 * the chart has focus, and reports its position so the network diagram can show activations.
 */
import { arrowMove } from '../../lib/demos/input.ts';
import { formatTick, niceTicks } from '../../lib/plot/index.ts';
import type { Heatmap } from '../../lib/playground/heatmap.ts';
import { fmt, linear, svg } from './svg.ts';

const SIZE = 300;
/** Plot area inside the 300×300 viewBox; playground.css places the canvas on the same square. */
const PLOT = { left: 40, top: 10, size: 250 };

/** A training point: [x₁, x₂] and its class (1 when y should be 1). */
export type LabelledPoint = readonly [number, number, 0 | 1];

export class BoundaryChart {
  readonly #canvas: HTMLCanvasElement;
  readonly #root: SVGSVGElement;
  readonly #contour: SVGPathElement;
  readonly #points: SVGGElement;
  readonly #probe: SVGGElement;
  readonly #onProbe: (x1: number, x2: number) => void;
  readonly #x = linear(0, 1, PLOT.left, PLOT.left + PLOT.size);
  readonly #y = linear(0, 1, PLOT.top + PLOT.size, PLOT.top);
  #position: [number, number] = [0.5, 0.5];

  constructor(container: HTMLElement, onProbe: (x1: number, x2: number) => void) {
    const canvas = container.querySelector('canvas');
    const root = container.querySelector('svg');
    if (!canvas || !root) throw new Error('boundary chart: missing canvas or svg');
    this.#canvas = canvas;
    this.#root = root;
    this.#onProbe = onProbe;
    root.replaceChildren();
    this.#contour = svg('path', { class: 'pg-contour' });
    this.#points = svg('g');
    this.#probe = svg('g', { 'aria-hidden': 'true' });
    this.#probe.append(
      svg('circle', { class: 'pg-probe-mark', r: 7 }),
      svg('circle', { class: 'pg-probe-mark-inner', r: 5 }),
    );
    root.append(this.#axes(), this.#contour, this.#points, this.#probe);
    // Placed, not reported: the page renders the probe line for the start position.
    this.#moveProbe(0.5, 0.5, false);
    this.#bind();
  }

  /** Where the probe is, [x₁, x₂]. */
  get probe(): [number, number] {
    return [...this.#position];
  }

  /** Shows the training points. */
  setPoints(points: readonly LabelledPoint[]): void {
    this.#points.replaceChildren(
      ...points.map(([a, b, c]) =>
        svg('circle', {
          class: c === 1 ? 'pg-pt pg-pt1' : 'pg-pt pg-pt0',
          cx: this.#x(a),
          cy: this.#y(b),
          r: 3.2,
        }),
      ),
    );
  }

  /**
   * Paints the heatmap: cell (row, col) at ((col + ½)/n, 1 − (row + ½)/n), row 0 at the top (the
   * layout of `makeGrid`), and draws its 0.5 contour.
   */
  update({ n, rgba, contour }: Heatmap): void {
    if (this.#canvas.width !== n) {
      this.#canvas.width = n;
      this.#canvas.height = n;
    }
    // The worker's pixels, wrapped (not copied) and painted.
    this.#canvas
      .getContext('2d')
      ?.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, n, n), 0, 0);
    // Contour coordinates are in samples (column, row); sample (c, r) is the cell centre above.
    const sx = (c: number) => fmt(this.#x((c + 0.5) / n));
    const sy = (r: number) => fmt(this.#y(1 - (r + 0.5) / n));
    let d = '';
    for (let i = 0; i + 3 < contour.length; i += 4) {
      d += `M${sx(contour[i])} ${sy(contour[i + 1])}L${sx(contour[i + 2])} ${sy(contour[i + 3])}`;
    }
    this.#contour.setAttribute('d', d);
  }

  #axes(): SVGGElement {
    const g = svg('g', { class: 'pg-axis' });
    const x = this.#x;
    const y = this.#y;
    const bottom = y(0);
    const left = x(0);
    g.append(svg('path', { d: `M${left} ${y(1)}V${bottom}H${x(1)}` }));
    const ticks = niceTicks(0, 1, 5);
    for (const t of ticks.values) {
      const label = formatTick(t, ticks.decimals);
      g.append(svg('line', { x1: x(t), x2: x(t), y1: bottom, y2: bottom + 4 }));
      g.append(svg('text', { x: x(t), y: bottom + 16, 'text-anchor': 'middle' }, label));
      g.append(svg('line', { x1: left - 4, x2: left, y1: y(t), y2: y(t) }));
      g.append(svg('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end' }, label));
    }
    g.append(svg('text', { class: 'pg-axis-label', x: x(0.5), y: SIZE - 4, 'text-anchor': 'middle' }, 'x₁'));
    g.append(svg('text', { class: 'pg-axis-label', x: 10, y: y(0.5) + 4, 'text-anchor': 'middle' }, 'x₂'));
    return g;
  }

  #moveProbe(x1: number, x2: number, report = true): void {
    this.#position = [x1, x2];
    this.#probe.setAttribute('transform', `translate(${fmt(this.#x(x1))} ${fmt(this.#y(x2))})`);
    if (report) this.#onProbe(x1, x2);
  }

  #bind(): void {
    const root = this.#root;
    root.addEventListener('pointermove', (event) => {
      const box = root.getBoundingClientRect();
      const scale = SIZE / box.width;
      const px = (event.clientX - box.left) * scale;
      const py = (event.clientY - box.top) * scale;
      const x1 = (px - PLOT.left) / PLOT.size;
      const x2 = 1 - (py - PLOT.top) / PLOT.size;
      if (x1 < 0 || x1 > 1 || x2 < 0 || x2 > 1) return;
      this.#moveProbe(Math.round(x1 * 100) / 100, Math.round(x2 * 100) / 100);
    });
    root.addEventListener('keydown', (event) => {
      const next = arrowMove(this.#position, event.key, event.shiftKey, 0.02);
      if (!next) return;
      event.preventDefault();
      this.#moveProbe(next[0], next[1]);
    });
  }
}
