/**
 * The decision-boundary chart: the model's output y on an n×n grid painted into a small canvas
 * in the class colours (the browser scales it up smoothly), under an SVG with the axes x₁ and
 * x₂, ticks, the y = 0.5 line, the training points and a probe, all on the boundary plot's one
 * frame (src/lib/plot/boundary-frame.ts). The worker computes the values and the line
 * (`Heatmap`); this only paints them. The probe follows the pointer, or arrow keys when the
 * chart has focus, and reports its position so the network diagram can show activations.
 */
import { arrowMove } from '../../lib/demos/input.ts';
import { BOUNDARY_TICKS, FRAME, fromPlot, toPlot } from '../../lib/plot/boundary-frame.ts';
import { probabilityPainter, type ClassPalette } from '../../lib/plot/class-colours.ts';
import { polylinesToPath } from '../../lib/plot/polyline.ts';
import type { Heatmap } from '../../lib/playground/heatmap.ts';
import { fmt, svg } from '../shared/dom.ts';

/** A training point: [x₁, x₂] and its class (1 when y should be 1). */
export type LabelledPoint = readonly [number, number, 0 | 1];

export class BoundaryChart {
  readonly #canvas: HTMLCanvasElement;
  readonly #root: SVGSVGElement;
  readonly #contour: SVGPathElement;
  readonly #points: SVGGElement;
  readonly #probe: SVGGElement;
  readonly #onProbe: (x1: number, x2: number) => void;
  readonly #paint: (values: ArrayLike<number>, rgba: Uint8ClampedArray) => void;
  #image: ImageData | undefined;
  #position: [number, number] = [0.5, 0.5];

  constructor(container: HTMLElement, palette: ClassPalette, onProbe: (x1: number, x2: number) => void) {
    const canvas = container.querySelector('canvas');
    const root = container.querySelector('svg');
    if (!canvas || !root) throw new Error('boundary chart: missing canvas or svg');
    this.#canvas = canvas;
    this.#root = root;
    this.#onProbe = onProbe;
    this.#paint = probabilityPainter(palette);
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

  /** Shows the training points: class 1 filled, class 0 a hollow ring on a white halo. */
  setPoints(points: readonly LabelledPoint[]): void {
    this.#points.replaceChildren(
      ...points.map(([a, b, c]) => {
        const [cx, cy] = toPlot(a, b);
        if (c === 1) return svg('circle', { class: 'pg-pt pg-pt1', cx, cy, r: 3.2 });
        const ring = svg('g', { class: 'pg-pt pg-pt0' });
        ring.append(
          svg('circle', { class: 'pg-pt0-halo', cx, cy, r: 3.2 }),
          svg('circle', { class: 'pg-pt0-ring', cx, cy, r: 3.2 }),
        );
        return ring;
      }),
    );
  }

  /**
   * Paints the heatmap: cell (row, col) at ((col + ½)/n, 1 − (row + ½)/n), row 0 at the top (the
   * layout of `makeGrid`), and draws its 0.5 line. Returns the cells painted.
   */
  update({ n, values, contour }: Heatmap): number {
    if (this.#canvas.width !== n || !this.#image) {
      this.#canvas.width = n;
      this.#canvas.height = n;
      this.#image = new ImageData(n, n);
    }
    this.#paint(values, this.#image.data);
    this.#canvas.getContext('2d')?.putImageData(this.#image, 0, 0);
    // The line's coordinates are in samples (column, row); sample (c, r) is the cell centre above.
    const map = (c: number, r: number) => toPlot((c + 0.5) / n, 1 - (r + 0.5) / n);
    this.#contour.setAttribute('d', polylinesToPath(contour, map));
    return n * n;
  }

  #axes(): SVGGElement {
    const g = svg('g', { class: 'pg-axis' });
    const [left, bottom] = toPlot(0, 0);
    const [right, top] = toPlot(1, 1);
    g.append(svg('path', { d: `M${left} ${top}V${bottom}H${right}` }));
    for (const { value, label } of BOUNDARY_TICKS) {
      const [x, y] = toPlot(value, value);
      g.append(svg('line', { x1: x, x2: x, y1: bottom, y2: bottom + FRAME.tick }));
      g.append(svg('text', { x, y: bottom + FRAME.xLabelGap, 'text-anchor': 'middle' }, label));
      g.append(svg('line', { x1: left - FRAME.tick, x2: left, y1: y, y2: y }));
      g.append(svg('text', { x: left - FRAME.yLabelGap, y: y + 4, 'text-anchor': 'end' }, label));
    }
    const [midX, midY] = toPlot(0.5, 0.5);
    g.append(
      svg(
        'text',
        { class: 'pg-axis-label', x: midX, y: bottom + FRAME.titleGap, 'text-anchor': 'middle' },
        'x₁',
      ),
    );
    g.append(
      svg(
        'text',
        { class: 'pg-axis-label', x: left - FRAME.titleGap, y: midY + 4, 'text-anchor': 'middle' },
        'x₂',
      ),
    );
    return g;
  }

  #moveProbe(x1: number, x2: number, report = true): void {
    this.#position = [x1, x2];
    const [x, y] = toPlot(x1, x2);
    this.#probe.setAttribute('transform', `translate(${fmt(x)} ${fmt(y)})`);
    if (report) this.#onProbe(x1, x2);
  }

  #bind(): void {
    const root = this.#root;
    root.addEventListener('pointermove', (event) => {
      const box = root.getBoundingClientRect();
      const scale = FRAME.size / box.width;
      const [x1, x2] = fromPlot((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
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
