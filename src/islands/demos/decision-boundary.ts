/**
 * `<dc-decision-boundary>`: one batched onnxruntime-web run over an n×n grid, painted on a
 * canvas with the training points and the line x₁ = x₂. Moving the pointer (or arrow keys)
 * reads y from the stored grid, so hovering never runs the model and stays smooth.
 */
import { DemoIsland } from './island.ts';
import { getSession, run, type ModelSource } from './runtime.ts';
import { backendLabel } from '../../lib/demos/backend.ts';
import { cellIndex, classOneShare, makeGrid } from '../../lib/demos/grid.ts';
import { paintProbabilities, CLASS0, CLASS1 } from '../../lib/demos/colour.ts';
import { arrowMove } from '../../lib/demos/input.ts';

interface Config {
  model: ModelSource;
  grid: number;
  points: [number, number, number][];
}

class DcDecisionBoundary extends DemoIsland<Config> {
  private probabilities: Float32Array | undefined;
  private cursor: [number, number] = [0.5, 0.5];

  protected async start(): Promise<void> {
    const loaded = await getSession('wasm', this.config.model);
    this.setState('running', '正在计算热力图…');
    const n = this.config.grid;
    const t0 = performance.now();
    const { probability } = await run(loaded, makeGrid(n));
    const ms = performance.now() - t0;
    this.probabilities = probability;
    this.draw();
    const share = classOneShare(probability);
    this.dataset['ready'] = 'true';
    this.setState(
      'done',
      `${n}×${n} = ${(n * n).toLocaleString('zh-CN')} 个点一次批量推理，用时 ${ms.toFixed(1)} ms；后端：${backendLabel(loaded.backend)}。模型把 ${(share * 100).toFixed(1)}% 的面积判为类别 1。`,
    );
  }

  /** Probability the grid holds for (x₀, x₁), for tests and the readout. */
  probabilityAt(x0: number, x1: number): number | undefined {
    if (!this.probabilities) return undefined;
    return this.probabilities[cellIndex(x0, x1, this.config.grid)];
  }

  private draw(): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-canvas]');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !this.probabilities) return;
    const n = this.config.grid;
    const image = new ImageData(n, n);
    paintProbabilities(this.probabilities, image.data);
    const size = canvas.width;
    // Paint the grid at its own resolution, then scale it up to the canvas.
    const tile = new OffscreenCanvas(n, n);
    tile.getContext('2d')?.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(tile, 0, 0, size, size);
    ctx.setLineDash([6, 4]);
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const [x0, x1, label] of this.config.points) {
      ctx.beginPath();
      ctx.arc(x0 * size, (1 - x1) * size, 3.5, 0, Math.PI * 2);
      ctx.fillStyle = `rgb(${(label === 1 ? CLASS1 : CLASS0).join(' ')})`;
      ctx.fill();
      ctx.lineWidth = 1.25;
      ctx.strokeStyle = '#fff';
      ctx.stroke();
    }
    canvas.hidden = false;
    this.querySelector('.boundary-figure')?.setAttribute('hidden', '');
    this.bindPointer(canvas);
  }

  private bindPointer(canvas: HTMLCanvasElement): void {
    if (canvas.dataset['bound']) return;
    canvas.dataset['bound'] = 'true';
    const readout = this.querySelector<HTMLElement>('[data-readout]');
    const show = (x0: number, x1: number, announce: boolean) => {
      const p = this.probabilityAt(x0, x1);
      if (p === undefined || !readout) return;
      const text = `x₁ = ${x0.toFixed(2)}，x₂ = ${x1.toFixed(2)}：y ≈ ${p.toFixed(3)}（类别 ${p > 0.5 ? 1 : 0}）`;
      readout.textContent = text;
      const live = this.querySelector('[data-announce]');
      if (announce && live) live.textContent = text;
    };
    canvas.addEventListener('pointermove', (event) => {
      const box = canvas.getBoundingClientRect();
      const x0 = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
      const x1 = Math.min(1, Math.max(0, 1 - (event.clientY - box.top) / box.height));
      show(x0, x1, false);
    });
    canvas.addEventListener('keydown', (event) => {
      const next = arrowMove(this.cursor, event.key, event.shiftKey, 0.02);
      if (!next) return;
      event.preventDefault();
      this.cursor = next;
      show(this.cursor[0], this.cursor[1], true);
    });
  }
}

customElements.define('dc-decision-boundary', DcDecisionBoundary);
