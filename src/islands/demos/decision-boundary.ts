/**
 * `<dc-decision-boundary>`: one batched onnxruntime-web run over an n×n grid (`data-grid`),
 * painted in the class colours (read from the stylesheet) on a canvas under the
 * server-rendered SVG plot (axes, true boundary, training points), and the model's y = 0.5 line
 * drawn from the same grid. Moving the pointer (or
 * arrow keys) reads y from the stored grid, so hovering never runs the model and stays smooth.
 */
import { DemoIsland } from './island.ts';
import { getSession, run } from './runtime.ts';
import { backendLabel } from '../../lib/demos/backend.ts';
import { cellIndex, classOneShare, makeGrid } from '../../lib/demos/grid.ts';
import { arrowMove } from '../../lib/demos/input.ts';
import { parseNumberList } from '../../lib/demos/config.ts';
import type { paintBoundary } from './boundary-paint.ts';

type PaintBoundary = typeof paintBoundary;

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
    // The painter (d3's scale and contour) loads beside ORT, not with the page.
    const painter = import('./boundary-paint.ts');
    const loaded = await getSession('wasm', this.model);
    this.setState('running', '正在计算热力图…');
    const n = this.#grid;
    const t0 = performance.now();
    const { probability } = await run(loaded, makeGrid(n));
    const ms = performance.now() - t0;
    this.#probabilities = probability;
    this.#draw((await painter).paintBoundary);
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

  #draw(paintBoundary: PaintBoundary): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-canvas]');
    if (!canvas || !this.#probabilities) return;
    paintBoundary(this, canvas, this.querySelector('[data-contour]'), this.#probabilities, this.#grid);
    canvas.hidden = false;
    this.querySelector('[data-static-fill]')?.setAttribute('hidden', '');
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
