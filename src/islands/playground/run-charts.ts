/**
 * The playground's four charts — loss and accuracy curves, decision boundary, network — and
 * the probe line under them, drawn from the run's state at most once per animation frame. A
 * frame's work is small and bounded: the worker computes the heatmap's values and its 0.5 line
 * (the page paints them in the class colours, one table lookup per cell), the curves are thinned
 * to at most MAX_POINTS vertices, and the charts update attributes and text of the elements they
 * made at the start (no new nodes). Each frame drawn
 * leaves a User Timing measure `playground:draw` whose `detail` counts its work ({@link DrawWork}).
 */
import { forwardNetwork, type NetworkSpec } from '../../lib/model/network.ts';
import { readClassPalette } from '../../lib/plot/class-colours.ts';
import type { RunSnapshot } from '../../lib/playground/run-state.ts';
import { BoundaryChart, type LabelledPoint } from './boundary-chart.ts';
import { CurvesChart, type CurveData } from './curves-chart.ts';
import { NetworkChart } from './network-chart.ts';
import type { History } from './run-client.ts';
import { setText } from '../shared/dom.ts';

/**
 * The work of one frame drawn, in counts that do not depend on the machine's speed or load
 * (the `detail` of each `playground:draw` measure, read by the tests and the benchmark).
 */
export interface DrawWork {
  /** Forward passes of the network run on the main thread (the probe's; the heatmap comes from the worker). */
  forwardPasses: number;
  /** Vertices of the longest curve polyline. */
  curvePoints: number;
  /** Heatmap cells painted (the worker computed their values and the 0.5 line). */
  cellsPainted: number;
}

/** What a frame draws: the run, its history, and the network it trains. */
interface Frame {
  run: RunSnapshot;
  history: Readonly<History>;
  spec: NetworkSpec;
}

export class RunCharts {
  readonly #loss: CurvesChart;
  readonly #accuracy: CurvesChart;
  readonly #network: NetworkChart;
  readonly #boundary: BoundaryChart;
  readonly #probeText: Element | null;
  #frame: Frame | undefined;
  #pending = 0;
  /** Forward passes run on this thread since the last frame drawn. */
  #forwardPasses = 0;

  /** `root` holds the `[data-chart]` elements and the `[data-probe]` line. */
  constructor(root: HTMLElement) {
    const chart = (name: string) => root.querySelector(`[data-chart="${name}"]`);
    // The class colours, from the stylesheet (src/styles/class-colours.css); throws if it is missing.
    const palette = readClassPalette((property) => getComputedStyle(root).getPropertyValue(property));
    this.#loss = new CurvesChart(chart('loss') as SVGSVGElement, { yLabel: '损失' });
    this.#accuracy = new CurvesChart(chart('accuracy') as SVGSVGElement, {
      yLabel: '准确率',
      yRange: [0, 1],
    });
    this.#network = new NetworkChart(chart('network') as SVGSVGElement, palette);
    this.#probeText = root.querySelector('[data-probe]');
    this.#boundary = new BoundaryChart(chart('boundary') as HTMLElement, palette, () =>
      this.#showProbe(false),
    );
  }

  /** Shows a new run's training points. */
  setPoints(points: readonly LabelledPoint[]): void {
    this.#boundary.setPoints(points);
  }

  /** Draws `frame` at the next animation frame (several calls before it draw once, the last). */
  schedule(frame: Frame): void {
    this.#frame = frame;
    if (this.#pending) return;
    this.#pending = requestAnimationFrame(() => {
      this.#pending = 0;
      this.#draw();
    });
  }

  /** Cancels a scheduled frame (the element left the page). */
  stop(): void {
    cancelAnimationFrame(this.#pending);
    this.#pending = 0;
  }

  #draw(): void {
    const frame = this.#frame;
    if (!frame) return;
    const { run, history: h } = frame;
    const start = performance.now();
    this.#forwardPasses = 0;
    const curves = (train: number[], test: number[]): CurveData => ({ epochs: h.epochs, train, test });
    const curvePoints = Math.max(
      this.#loss.update(curves(h.trainLoss, h.testLoss), run.epochs),
      this.#accuracy.update(curves(h.trainAccuracy, h.testAccuracy), run.epochs),
    );
    const cellsPainted = this.#boundary.update(run.heatmap);
    this.#showProbe(true);
    const work: DrawWork = { forwardPasses: this.#forwardPasses, curvePoints, cellsPainted };
    // A User Timing entry per frame drawn, for the benchmark and the tests (style and layout come after it).
    performance.measure('playground:draw', { start, detail: work });
  }

  /** Every layer's values at the probe, inputs first (one forward pass when there are weights). */
  #activations(): number[][] {
    const probe = this.#boundary.probe;
    const frame = this.#frame;
    if (!frame) return [probe];
    const pass = forwardNetwork(frame.spec, frame.run.weights, probe);
    this.#forwardPasses += 1;
    return [probe, ...pass.layers.map((l) => l.a)];
  }

  /**
   * Shows the network's values at the probe (which moved, or a frame is drawn: then the edges
   * follow the new weights too); one forward pass.
   */
  #showProbe(newWeights: boolean): void {
    const values = this.#activations();
    const frame = this.#frame;
    if (frame && newWeights) this.#network.update(frame.spec, frame.run.weights, values);
    else if (frame) this.#network.showActivations(values);
    const [x1, x2] = this.#boundary.probe;
    const output = values.length > 1 ? values[values.length - 1]?.[0] : undefined;
    const hidden = values
      .slice(1, -1)
      .map(
        (layer, l) =>
          `隐藏层${values.length > 3 ? ` ${l + 1}` : ''}：${layer.map((v) => v.toFixed(2)).join('、')}`,
      )
      .join('；');
    const text =
      `探针：x₁ = ${x1.toFixed(2)}，x₂ = ${x2.toFixed(2)}` +
      (output === undefined
        ? ''
        : `；${hidden}；输出 y = ${output.toFixed(3)}（类别 ${output > 0.5 ? 1 : 0}）`);
    if (this.#probeText) setText(this.#probeText, text);
  }
}
