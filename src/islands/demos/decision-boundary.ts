/**
 * `<dc-decision-boundary>`: one batched onnxruntime-web run over an n×n grid (`data-grid`),
 * painted on a canvas under the server-rendered SVG plot (axes, true boundary, training
 * points), and the model's y = 0.5 contour drawn from the same grid. Moving the pointer (or
 * arrow keys) reads y from the stored grid, so hovering never runs the model and stays smooth.
 */
import { DemoIsland } from './island.ts';
import { getSession, run } from './runtime.ts';
import { backendLabel } from '../../lib/demos/backend.ts';
import { cellIndex, classOneShare, gridContour, makeGrid } from '../../lib/demos/grid.ts';
import { paintProbabilities } from '../../lib/demos/colour.ts';
import { arrowMove } from '../../lib/demos/input.ts';
import { parseNumberList } from '../../lib/demos/config.ts';
import { toPlot } from '../../lib/demos/plot-frame.ts';
import { segmentsToPath } from '../../lib/plot/contour.ts';

class DcDecisionBoundary extends DemoIsland {
  #grid = 128;
  #probabilities: Float32Array | undefined;
  #cursor: [number, number] = [0.5, 0.5];

  protected override configure(): void {
    const [grid] = parseNumberList(this.dataset['grid'] ?? '');
    if (grid === undefined || !Number.isInteger(grid) || grid < 2)
      throw new RangeError('data-grid: need an integer ≥ 2');
    this.#grid = grid;
  }

  protected async start(): Promise<void> {
    const loaded = await getSession('wasm', this.model);
    this.setState('running', '正在计算热力图…');
    const n = this.#grid;
    const t0 = performance.now();
    const { probability } = await run(loaded, makeGrid(n));
    const ms = performance.now() - t0;
    this.#probabilities = probability;
    this.#draw();
    const share = classOneShare(probability);
    this.dataset['ready'] = 'true';
    this.setState(
      'done',
      `${n}×${n} = ${(n * n).toLocaleString('zh-CN')} 个点一次批量推理，用时 ${ms.toFixed(1)} ms；后端：${backendLabel(loaded.backend)}。模型把 ${(share * 100).toFixed(1)}% 的面积判为类别 1。`,
    );
  }

  /** Probability the grid holds for (x₁, x₂), for tests and the readout. */
  probabilityAt(x1: number, x2: number): number | undefined {
    if (!this.#probabilities) return undefined;
    return this.#probabilities[cellIndex(x1, x2, this.#grid)];
  }

  #draw(): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-canvas]');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !this.#probabilities) return;
    const n = this.#grid;
    const image = new ImageData(n, n);
    paintProbabilities(this.#probabilities, image.data);
    // Paint the grid at its own resolution, then scale it up to the canvas.
    const tile = new OffscreenCanvas(n, n);
    tile.getContext('2d')?.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(tile, 0, 0, canvas.width, canvas.height);
    canvas.hidden = false;
    this.querySelector('[data-static-fill]')?.setAttribute('hidden', '');
    // The contour of what ORT computed replaces the build-time one (same model, same line).
    const contour = this.querySelector('[data-contour]');
    const segments = gridContour(this.#probabilities, n);
    contour?.setAttribute('d', segmentsToPath(segments, toPlot));
    contour?.setAttribute('data-segments', String(segments.length));
    this.#bindPointer(canvas);
  }

  #bindPointer(canvas: HTMLCanvasElement): void {
    if (canvas.dataset['bound']) return;
    canvas.dataset['bound'] = 'true';
    const readout = this.querySelector<HTMLElement>('[data-readout]');
    const show = (x1: number, x2: number, announce: boolean) => {
      const p = this.probabilityAt(x1, x2);
      if (p === undefined || !readout) return;
      const text = `x₁ = ${x1.toFixed(2)}，x₂ = ${x2.toFixed(2)}：y ≈ ${p.toFixed(3)}（类别 ${p > 0.5 ? 1 : 0}）`;
      readout.textContent = text;
      if (announce) this.announce(text);
    };
    canvas.addEventListener('pointermove', (event) => {
      const box = canvas.getBoundingClientRect();
      const x1 = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
      const x2 = Math.min(1, Math.max(0, 1 - (event.clientY - box.top) / box.height));
      show(x1, x2, false);
    });
    canvas.addEventListener('keydown', (event) => {
      const next = arrowMove(this.#cursor, event.key, event.shiftKey, 0.02);
      if (!next) return;
      event.preventDefault();
      this.#cursor = next;
      show(next[0], next[1], true);
    });
  }
}

customElements.define('dc-decision-boundary', DcDecisionBoundary);
