/**
 * `<dc-backends>`: measures each available backend in the reader's browser when the reader
 * presses 开始测量. WebGPU is offered only with a real adapter and WebAssembly JSPI (see
 * `chooseBackends`); `?webgpu=fallback-ok` in the URL lets tests exercise the WebGPU path on a
 * software fallback adapter. A WebGPU failure is reported and the WASM results stay.
 * Configuration: `data-weights`, `data-batches` (batch sizes), `data-runs` (samples per size).
 */
import { DemoIsland } from './island.ts';
import { dropSession, getSession, run, DemoError } from './runtime.ts';
import { backendLabel, chooseBackends, type BackendId, type GpuProbe } from '../../lib/demos/backend.ts';
import { decodeWeights, parseNumberList } from '../../lib/demos/config.ts';
import { formatMs, summarize, type LatencySummary } from '../../lib/demos/stats.ts';
import { forwardFloat32, type SeparatorWeights } from '../../lib/model/mlp.ts';
import { createRng } from '../../lib/model/random.ts';

/** One measured row of the table. */
interface BackendResult {
  name: string;
  createMs: number;
  firstRunMs: number;
  perBatch: Record<number, LatencySummary>;
  /** y at the fixed check point, to compare backends. */
  check: number;
}

interface GpuLike {
  requestAdapter(): Promise<{
    info?: { isFallbackAdapter?: boolean; description?: string; vendor?: string };
  } | null>;
}

async function probeGpu(): Promise<GpuProbe> {
  const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
  const jspi = 'Suspending' in WebAssembly;
  if (!gpu) return { api: false, adapter: null, jspi };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { api: true, adapter: null, jspi };
    return {
      api: true,
      jspi,
      adapter: {
        isFallbackAdapter: adapter.info?.isFallbackAdapter === true,
        description: adapter.info?.description || adapter.info?.vendor || '',
      },
    };
  } catch (error) {
    return { api: true, adapter: null, jspi, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Random points in [0, 1)², seeded so every backend gets the same batch. */
function batchOf(n: number): Float32Array {
  const rng = createRng(7, 9);
  const points = new Float32Array(n * 2);
  for (let i = 0; i < points.length; i++) points[i] = rng.nextFloat();
  return points;
}

const CHECK_POINT = new Float32Array([0.9, 0.1]);

/**
 * Runs timed together per sample: browsers round performance.now() to about 0.1 ms without
 * cross-origin isolation, so small batches are timed in groups and divided.
 */
function repetitions(batch: number): number {
  return batch <= 16 ? 20 : 1;
}
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

class DcBackends extends DemoIsland {
  // Loading ORT near the viewport would fetch 14 MB nobody asked for: this demo waits for its button.
  protected override readonly startsNearViewport = false;
  #weights!: SeparatorWeights;
  #batches: number[] = [];
  /** Timed samples per batch size, by size. */
  #runs = new Map<number, number>();
  #choice: ReturnType<typeof chooseBackends> | undefined;
  #runScale = 1;
  #bound = false;
  /** Results by implementation, also exposed for tests and the benchmark. */
  results: BackendResult[] = [];

  protected override configure(): void {
    this.#weights = decodeWeights(this.dataset['weights'] ?? '');
    this.#batches = parseNumberList(this.dataset['batches'] ?? '');
    const runs = parseNumberList(this.dataset['runs'] ?? '');
    if (this.#batches.length === 0 || runs.length !== this.#batches.length) {
      throw new RangeError('data-batches and data-runs: need one run count per batch size');
    }
    this.#runs = new Map(this.#batches.map((b, i) => [b, runs[i] ?? 20]));
  }

  protected override enableControls(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-run]');
    if (!button || this.#bound) return;
    this.#bound = true;
    button.disabled = false;
    button.addEventListener('click', () => void this.begin(true));
  }

  protected async start(): Promise<void> {
    const allowFallback = new URLSearchParams(location.search).get('webgpu') === 'fallback-ok';
    const probe = await probeGpu();
    this.#choice ??= chooseBackends(probe, allowFallback);
    // A software fallback adapter (tests only) is ~1000x slower: a few runs show it works.
    this.#runScale = probe.adapter?.isFallbackAdapter ? 0.1 : 1;
    const note = this.querySelector('[data-gpu-note]');
    if (note) note.textContent = this.#choice.webgpuNote;
    this.results = [];
    this.#render();
    const errors: string[] = [];
    for (const backend of this.#choice.backends) {
      this.setState('running', `正在测量 ${backendLabel(backend)}…`);
      try {
        this.results.push(await this.#measure(backend));
      } catch (error) {
        if (backend === 'wasm') throw error;
        // WebGPU failed (at start or mid-way): say so, keep the WASM numbers.
        dropSession(backend);
        errors.push(error instanceof Error ? error.message : String(error));
      }
      this.#render();
    }
    this.results.push(await this.#measureTypeScript());
    this.#render();
    this.dataset['measured'] = String(this.results.length);
    const summary = errors.length > 0 ? `WebGPU 出错，已改用 WASM：${errors.join('；')}` : '测量完成。';
    this.setState('done', summary);
    this.announce(summary);
  }

  async #measure(backend: BackendId): Promise<BackendResult> {
    const loaded = await getSession(backend, this.model);
    const first = await run(loaded, CHECK_POINT);
    const check = first.probability[0];
    if (check === undefined || Number.isNaN(check))
      throw new DemoError(`${backendLabel(backend)} 返回了无效结果。`);
    const perBatch: Record<number, LatencySummary> = {};
    for (const size of this.#batches) {
      const points = batchOf(size);
      await run(loaded, points); // warm-up
      const reps = repetitions(size);
      const times: number[] = [];
      const runs = Math.max(
        3,
        Math.round((this.#runs.get(size) ?? 20) * (backend === 'webgpu' ? this.#runScale : 1)),
      );
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        for (let r = 0; r < (backend === 'webgpu' && this.#runScale < 1 ? 1 : reps); r++)
          await run(loaded, points);
        times.push((performance.now() - start) / (backend === 'webgpu' && this.#runScale < 1 ? 1 : reps));
        if (i % 5 === 4) await nextFrame(); // keep the page responsive between runs
      }
      perBatch[size] = summarize(times);
    }
    return {
      name: backendLabel(backend),
      createMs: loaded.createMs,
      firstRunMs: loaded.firstRunMs,
      perBatch,
      check,
    };
  }

  async #measureTypeScript(): Promise<BackendResult> {
    const w = this.#weights;
    const perBatch: Record<number, LatencySummary> = {};
    const forwardAll = (points: Float32Array) => {
      for (let k = 0; k < points.length / 2; k++) forwardFloat32(w, [points[2 * k], points[2 * k + 1]]);
    };
    for (const size of this.#batches) {
      const points = batchOf(size);
      const reps = repetitions(size) * 10;
      const times: number[] = [];
      for (let i = 0; i < (this.#runs.get(size) ?? 20); i++) {
        const start = performance.now();
        for (let r = 0; r < reps; r++) forwardAll(points);
        times.push((performance.now() - start) / reps);
        if (i % 5 === 4) await nextFrame();
      }
      perBatch[size] = summarize(times);
    }
    const check = forwardFloat32(w, [0.9, 0.1]).probability;
    return { name: 'TypeScript（基线）', createMs: Number.NaN, firstRunMs: Number.NaN, perBatch, check };
  }

  #render(): void {
    const results = this.querySelector<HTMLElement>('[data-results]');
    const body = this.querySelector<HTMLElement>('[data-rows]');
    if (!results || !body) return;
    results.hidden = this.results.length === 0;
    // Column names, repeated on each cell for the narrow layout (one card per row, see demo.css).
    const labels = (body.dataset['columns'] ?? '').split('|');
    body.replaceChildren(
      ...this.results.map((r) => {
        const row = document.createElement('tr');
        const cells = [
          r.name,
          formatMs(r.createMs),
          formatMs(r.firstRunMs),
          ...this.#batches.map((b) => {
            const s = r.perBatch[b];
            return s ? `${formatMs(s.p50)} / ${formatMs(s.p95)}` : '—';
          }),
          r.check.toFixed(6),
        ];
        cells.forEach((text, i) => {
          const cell = document.createElement(i === 0 ? 'th' : 'td');
          if (i === 0) cell.setAttribute('scope', 'row');
          cell.dataset['label'] = labels[i] ?? '';
          cell.textContent = text;
          row.append(cell);
        });
        return row;
      }),
    );
  }
}

customElements.define('dc-backends', DcBackends);
