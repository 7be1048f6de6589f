/**
 * `<dc-playground>`: the playground island. Reads the settings from the URL (clamping bad values
 * with a visible message), keeps the form and the URL in step (`history.replaceState`, so a
 * configuration can be shared), drives the training Web Worker (play, pause, one epoch, reset)
 * and draws what it reports. Rendering is throttled to one pass per animation frame, and a
 * frame's work is small and bounded: the worker computes the 40×40 heatmap, its colours and its
 * 0.5 contour and transfers them with each message (the page only paints them), the curves are thinned to at most 400 points, and the
 * charts update attributes and text of the elements they made at the start (no new nodes).
 *
 * For tests and the benchmark the element exposes `weights`, `epoch`, `history` and `heatmap`,
 * its `data-state` is `idle | training | done | error`, and each frame drawn leaves a User
 * Timing measure `playground:draw` whose `detail` counts that frame's work ({@link DrawWork}).
 */
// First: Zod must not probe for eval when settings.ts parses its defaults (see the module).
import './zod-jitless.ts';
import {
  DEFAULT_SETTINGS,
  SETTING_FIELDS,
  parseSettings,
  settingsToSearchParams,
  settingsToSpec,
  type PlaygroundSettings,
  type SettingName,
  type SettingProblem,
} from '../../lib/playground/settings.ts';
import type { Heatmap } from '../../lib/playground/heatmap.ts';
import {
  type ExportedMessage,
  type MainToWorker,
  type Metrics,
  type WorkerToMain,
} from '../../lib/playground/protocol.ts';
import {
  forwardNetwork,
  parameterCount,
  type NetworkSpec,
  type NetworkWeights,
} from '../../lib/model/network.ts';
import { BoundaryChart, type LabelledPoint } from './boundary-chart.ts';
import { CurvesChart, type CurveData } from './curves-chart.ts';
import { NetworkChart } from './network-chart.ts';
import { setText } from './svg.ts';

/** What `data-state` says: no run in progress, training, finished, or failed. */
type PlaygroundState = 'idle' | 'training' | 'done' | 'error';

/**
 * The work of one frame drawn, in counts that do not depend on the machine's speed or load
 * (the `detail` of each `playground:draw` measure, read by the tests and the benchmark).
 */
export interface DrawWork {
  /** Forward passes of the network run on the main thread (the probe's; the heatmap comes from the worker). */
  forwardPasses: number;
  /** Vertices of the longest curve polyline. */
  curvePoints: number;
  /** Heatmap cells painted (the worker computed their values, colours and contour). */
  cellsPainted: number;
}

/** Metric history for the curves, one entry per progress message. */
interface History {
  epochs: number[];
  trainLoss: number[];
  testLoss: number[];
  trainAccuracy: number[];
  testAccuracy: number[];
}

const emptyHistory = (): History => ({
  epochs: [],
  trainLoss: [],
  testLoss: [],
  trainAccuracy: [],
  testAccuracy: [],
});

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

class DcPlayground extends HTMLElement {
  #settings: PlaygroundSettings = DEFAULT_SETTINGS;
  #spec: NetworkSpec = settingsToSpec(DEFAULT_SETTINGS);
  #worker: Worker | undefined;
  #ready = false;
  #running = false;
  #done = false;
  #exporting = false;
  #epoch = 0;
  #epochs = DEFAULT_SETTINGS.epochs;
  #weights: NetworkWeights | undefined;
  #history = emptyHistory();
  #frame = 0;
  #playStarted: { time: number; epoch: number } | undefined;
  /** The decision boundary as the worker last computed it. */
  #heatmap: Heatmap | undefined;
  /** Forward passes run on this thread since the last frame drawn. */
  #forwardPasses = 0;
  #exportUrls: string[] = [];
  #loss!: CurvesChart;
  #accuracy!: CurvesChart;
  #boundary!: BoundaryChart;
  #network!: NetworkChart;

  /** Current float64 weights (as the worker last reported them). */
  get weights(): NetworkWeights | undefined {
    return this.#weights;
  }

  /** Epochs trained so far. */
  get epoch(): number {
    return this.#epoch;
  }

  /** The decision boundary drawn (the worker's), for tests. */
  get heatmap(): Heatmap | undefined {
    return this.#heatmap;
  }

  /** Metrics per progress message, for tests. */
  get history(): Readonly<History> {
    return this.#history;
  }

  connectedCallback(): void {
    const chart = (name: string) => this.querySelector(`[data-chart="${name}"]`);
    this.#loss = new CurvesChart(chart('loss') as SVGSVGElement, { yLabel: '损失' });
    this.#accuracy = new CurvesChart(chart('accuracy') as SVGSVGElement, {
      yLabel: '准确率',
      yRange: [0, 1],
    });
    this.#network = new NetworkChart(chart('network') as SVGSVGElement);
    this.#boundary = new BoundaryChart(chart('boundary') as HTMLElement, () => this.#showProbe());

    const { settings, problems } = parseSettings(new URLSearchParams(location.search));
    this.#applySettings(settings, problems, '网址中的设置有误');
    for (const control of this.#controls()) control.disabled = false;
    this.#form().addEventListener('change', () => this.#onFormChange());
    this.#form().addEventListener('submit', (event) => {
      event.preventDefault();
      this.#onFormChange();
    });
    // A form without a submit button is not submitted by Enter: commit the field's value here.
    this.#form().addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'text') {
        event.preventDefault();
        this.#onFormChange();
      }
    });
    this.querySelector('[data-action="play"]')?.addEventListener('click', () => this.#play());
    // A new speed applies at once to a run in progress (the worker re-paces from its current epoch).
    this.querySelector('[data-speed]')?.addEventListener('change', () => {
      if (this.#running) this.#post({ type: 'play', ...this.#pace() });
    });
    this.querySelector('[data-action="pause"]')?.addEventListener('click', () =>
      this.#post({ type: 'pause' }),
    );
    this.querySelector('[data-action="step"]')?.addEventListener('click', () => this.#step());
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => this.#reset());
    this.querySelector('[data-action="export"]')?.addEventListener('click', () => this.#export());
    this.querySelector('[data-action="keras"]')?.addEventListener('click', () => void this.#copyKeras());
    this.#start();
  }

  disconnectedCallback(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    cancelAnimationFrame(this.#frame);
    for (const url of this.#exportUrls) URL.revokeObjectURL(url);
  }

  // ---- settings -------------------------------------------------------------------------

  #form(): HTMLFormElement {
    return this.querySelector('form[data-settings]') as HTMLFormElement;
  }

  #controls(): (HTMLInputElement | HTMLSelectElement)[] {
    return [...this.#form().querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
  }

  /** The form's values as URL parameters (the same names the shared URL uses). */
  #formParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const control of this.#controls()) {
      const field = SETTING_FIELDS[control.name as SettingName];
      if (!field) continue;
      const value =
        control instanceof HTMLInputElement && control.type === 'checkbox'
          ? control.checked
            ? control.value
            : (control.dataset['off'] ?? '')
          : control.value;
      params.set(field.param, value);
    }
    return params;
  }

  /** Applies the form (on change, or Enter in a field); restarts the run only if a setting changed. */
  #onFormChange(): void {
    const { settings, problems } = parseSettings(this.#formParams());
    const changed =
      settingsToSearchParams(settings).toString() !== settingsToSearchParams(this.#settings).toString();
    this.#applySettings(settings, problems, '设置有误');
    if (changed) this.#start();
  }

  /** Shows `settings` in the form and the URL, and `problems` beside the form. */
  #applySettings(settings: PlaygroundSettings, problems: SettingProblem[], title: string): void {
    this.#settings = settings;
    this.#spec = settingsToSpec(settings);
    for (const control of this.#controls()) {
      const name = control.name as SettingName;
      const value = settings[name];
      if (value === undefined) continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox')
        control.checked = value === control.value;
      else control.value = String(value);
      const bad = problems.some((p) => p.field === name);
      if (bad) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    const box = this.querySelector<HTMLElement>('[data-problems]');
    if (box) {
      box.replaceChildren();
      if (problems.length > 0) {
        const heading = document.createElement('p');
        heading.textContent = `${title}，已自动修正：`;
        const list = document.createElement('ul');
        for (const problem of problems) {
          const item = document.createElement('li');
          item.textContent = problem.message;
          item.dataset['field'] = problem.field;
          list.append(item);
        }
        box.append(heading, list);
      }
    }
    const query = settingsToSearchParams(settings).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', url);
  }

  // ---- worker ---------------------------------------------------------------------------

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./train.worker.ts', import.meta.url), {
      type: 'module',
      name: 'train',
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerToMain>) => this.#onMessage(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(`训练线程出错：${event.message || '无法加载训练脚本'}。`);
    });
    worker.addEventListener('messageerror', () => this.#fail('训练线程的消息无法解析。'));
    this.#worker = worker;
    return worker;
  }

  #post(message: MainToWorker): void {
    this.#ensureWorker().postMessage(message);
  }

  /** (Re)starts the worker's run for the current settings; the worker answers `ready`. */
  #start(): void {
    this.#ready = false;
    this.#running = false;
    this.#done = false;
    this.#history = emptyHistory();
    this.#clearExport();
    this.#setState('idle', '正在准备数据和初始权重…');
    this.#post({ type: 'init', settings: this.#settings });
  }

  #play(): void {
    if (!this.#ready || this.#running || this.#done) return;
    this.#running = true;
    this.#playStarted = { time: performance.now(), epoch: this.#epoch };
    this.#setState('training', this.#trainingText());
    this.#post({ type: 'play', ...this.#pace() });
  }

  /** The reader's speed choice: full speed, or paced epochs per second so a run can be watched. */
  #pace(): { epochsPerSecond?: number } {
    const rate = Number(this.querySelector<HTMLSelectElement>('[data-speed]')?.value);
    return Number.isFinite(rate) && rate > 0 ? { epochsPerSecond: rate } : {};
  }

  #step(): void {
    if (!this.#ready || this.#done) return;
    this.#playStarted = undefined;
    this.#post({ type: 'step' });
  }

  #reset(): void {
    this.#ready = false;
    this.#running = false;
    this.#done = false;
    this.#history = emptyHistory();
    this.#clearExport();
    this.#setState('idle', '正在重置…');
    this.#post({ type: 'reset' });
  }

  #onMessage(message: WorkerToMain): void {
    // Messages of the previous run still in flight after a restart: its weights may not fit the new network.
    if (!this.#ready && message.type !== 'ready' && message.type !== 'error') return;
    switch (message.type) {
      case 'ready': {
        this.#ready = true;
        this.#running = false;
        this.#done = false;
        this.#epoch = 0;
        this.#epochs = message.epochs;
        this.#spec = message.spec;
        this.#weights = message.weights;
        this.#heatmap = message.heatmap;
        this.#history = emptyHistory();
        this.#record(0, message.metrics);
        const points: LabelledPoint[] = message.trainPoints.map(([a, b], i) => [
          a,
          b,
          message.trainLabels[i] === 1 ? 1 : 0,
        ]);
        this.#boundary.setPoints(points);
        this.#showShare(message.positiveShare);
        this.#setState(
          'idle',
          `就绪：${message.trainPoints.length} 个训练点，网络 ${[2, ...message.spec.hidden, 1].join('-')}（${parameterCount(message.spec)} 个参数）。按“开始训练”。`,
        );
        break;
      }
      case 'progress': {
        this.#epoch = message.epoch;
        this.#epochs = message.epochs;
        this.#weights = message.weights;
        this.#heatmap = message.heatmap;
        this.#record(message.epoch, message);
        this.#showShare(message.positiveShare);
        this.#running = message.running;
        if (message.running) this.#setState('training', this.#trainingText());
        else this.#setState('idle', `已暂停：epoch ${message.epoch} / ${message.epochs}。`);
        break;
      }
      case 'done': {
        this.#epoch = message.epoch;
        this.#weights = message.weights;
        this.#heatmap = message.heatmap;
        this.#record(message.epoch, message);
        this.#running = false;
        this.#done = true;
        const rate = this.#rate(message.epoch);
        this.#setState(
          'done',
          `训练完成：${message.epoch} 个 epoch${rate}；留出集准确率 ${percent(message.testAccuracy)}。可以导出 ONNX 文件。`,
        );
        break;
      }
      case 'exported':
        void this.#onExported(message);
        break;
      case 'error':
        this.#fail(message.message);
        break;
    }
    this.#schedule();
  }

  /**
   * The status while training: the same text for the whole run, so the live region announces
   * it once (the epoch count is in the metrics, which are not live).
   */
  #trainingText(): string {
    return `训练中：共 ${this.#epochs} 个 epoch，可随时暂停。`;
  }

  /** " in 3.2 s (310 epoch/s)" for a run played without pauses, else "". */
  #rate(epoch: number): string {
    const started = this.#playStarted;
    if (!started) return '';
    const seconds = (performance.now() - started.time) / 1000;
    const epochs = epoch - started.epoch;
    if (epochs <= 0 || seconds <= 0) return '';
    return `，用时 ${seconds.toFixed(1)} 秒（每秒 ${Math.round(epochs / seconds)} 个 epoch）`;
  }

  #record(epoch: number, metrics: Metrics): void {
    const h = this.#history;
    h.epochs.push(epoch);
    h.trainLoss.push(metrics.trainLoss);
    h.testLoss.push(metrics.testLoss);
    h.trainAccuracy.push(metrics.trainAccuracy);
    h.testAccuracy.push(metrics.testAccuracy);
    this.#setMetric('epoch', String(epoch));
    this.#setMetric('trainLoss', metrics.trainLoss.toFixed(4));
    this.#setMetric('testLoss', metrics.testLoss.toFixed(4));
    this.#setMetric('trainAccuracy', percent(metrics.trainAccuracy));
    this.#setMetric('testAccuracy', percent(metrics.testAccuracy));
  }

  #setMetric(name: string, text: string): void {
    const element = this.querySelector(`[data-metric="${name}"]`);
    if (element) setText(element, text);
  }

  #showShare(share: number): void {
    const element = this.querySelector('[data-positive-share]');
    if (element) setText(element, `（当前训练集为 ${percent(share)}）`);
  }

  #fail(message: string): void {
    this.#running = false;
    this.#exporting = false;
    this.#setState('error', message);
  }

  #setState(state: PlaygroundState, message: string): void {
    this.dataset['state'] = state;
    const status = this.querySelector('.pg-run [data-status]');
    if (status) setText(status, message);
    this.#updateButtons();
  }

  #updateButtons(): void {
    const canTrain = this.#ready && !this.#running && !this.#done && !this.#exporting;
    const enable = (action: string, on: boolean) => {
      const button = this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      if (button) button.disabled = !on;
    };
    enable('play', canTrain);
    enable('step', canTrain);
    enable('pause', this.#running);
    enable('reset', this.#ready && !this.#exporting && (this.#epoch > 0 || this.#running));
    // The worker exports trained weights only (at least one epoch).
    enable('export', this.#ready && !this.#running && !this.#exporting && this.#epoch > 0);
    enable('keras', true);
  }

  // ---- drawing --------------------------------------------------------------------------

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  #draw(): void {
    const weights = this.#weights;
    const heatmap = this.#heatmap;
    if (!weights || !heatmap) return;
    const start = performance.now();
    this.#forwardPasses = 0;
    const h = this.#history;
    const curves = (train: number[], test: number[]): CurveData => ({ epochs: h.epochs, train, test });
    const curvePoints = Math.max(
      this.#loss.update(curves(h.trainLoss, h.testLoss), this.#epochs),
      this.#accuracy.update(curves(h.trainAccuracy, h.testAccuracy), this.#epochs),
    );
    this.#boundary.update(heatmap);
    this.#showProbe(true);
    const work: DrawWork = {
      forwardPasses: this.#forwardPasses,
      curvePoints,
      cellsPainted: heatmap.n * heatmap.n,
    };
    // A User Timing entry per frame drawn, for the benchmark and the tests (style and layout come after it).
    performance.measure('playground:draw', { start, detail: work });
  }

  /** Every layer's values at the probe, inputs first. */
  #activations(): number[][] {
    const probe = this.#boundary.probe;
    if (!this.#weights) return [probe];
    const pass = forwardNetwork(this.#spec, this.#weights, probe);
    this.#forwardPasses += 1;
    return [probe, ...pass.layers.map((l) => l.a)];
  }

  /**
   * Shows the network's values at the probe (which moved, or a `frame` is drawn: then the
   * edges follow the new weights too); one forward pass.
   */
  #showProbe(frame = false): void {
    if (!this.#boundary) return;
    const values = this.#activations();
    if (frame && this.#weights) this.#network.update(this.#spec, this.#weights, values);
    else if (this.#weights) this.#network.showActivations(values);
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
    const element = this.querySelector('[data-probe]');
    if (element) setText(element, text);
  }

  // ---- export ---------------------------------------------------------------------------

  #clearExport(): void {
    for (const url of this.#exportUrls) URL.revokeObjectURL(url);
    this.#exportUrls = [];
    this.querySelector('[data-downloads]')?.setAttribute('hidden', '');
    this.querySelector('[data-ort]')?.setAttribute('hidden', '');
    this.#exportStatus('');
  }

  #exportStatus(text: string, error = false): void {
    const status = this.querySelector<HTMLElement>('[data-export-status]');
    if (!status) return;
    status.textContent = text;
    if (error) status.dataset['error'] = '';
    else delete status.dataset['error'];
  }

  #export(): void {
    if (!this.#ready || this.#running || this.#exporting || this.#epoch < 1) return;
    this.#exporting = true;
    this.#exportStarted = performance.now();
    this.#updateButtons();
    this.#exportStatus('正在导出 ONNX 文件…');
    this.#post({ type: 'export' });
  }

  #exportStarted = 0;

  async #onExported(message: ExportedMessage): Promise<void> {
    this.#clearExport();
    const onnxUrl = URL.createObjectURL(
      new Blob([message.onnx.slice()], { type: 'application/octet-stream' }),
    );
    const cardUrl = URL.createObjectURL(new Blob([message.card], { type: 'application/json' }));
    this.#exportUrls = [onnxUrl, cardUrl];
    const onnxLink = this.querySelector<HTMLAnchorElement>('[data-download="onnx"]');
    const cardLink = this.querySelector<HTMLAnchorElement>('[data-download="card"]');
    if (onnxLink) {
      onnxLink.href = onnxUrl;
      onnxLink.download = message.onnxFileName;
      onnxLink.textContent = `下载 ${message.onnxFileName}（${message.onnx.length.toLocaleString('zh-CN')} 字节，SHA-256 ${message.sha256.slice(0, 12)}…）`;
    }
    if (cardLink) {
      cardLink.href = cardUrl;
      cardLink.download = message.cardFileName;
      cardLink.textContent = `下载模型卡 ${message.cardFileName}`;
    }
    this.querySelector('[data-downloads]')?.removeAttribute('hidden');
    // Offer the file at once, as the button promises; the links stay for the model card and a second copy.
    onnxLink?.click();
    this.#exportStatus(
      `已导出 epoch ${message.epoch} 的权重；正在用 onnxruntime-web 在网格上运行并与 TypeScript 比较…`,
    );
    const weights = this.#weights;
    try {
      if (!weights) throw new Error('没有权重');
      const { checkWithOrt } = await import('./ort-check.ts');
      const check = await checkWithOrt(message.onnx, this.#spec, weights);
      const field = (name: string, text: string) => {
        const element = this.querySelector(`[data-ort-field="${name}"]`);
        if (element) element.textContent = text;
      };
      field('backend', check.backend);
      field('points', check.points.toLocaleString('zh-CN'));
      field('maxDiff', check.maxDiff.toExponential(2));
      const ort = this.querySelector<HTMLElement>('[data-ort]');
      if (ort) {
        ort.dataset['maxDiff'] = String(check.maxDiff);
        ort.removeAttribute('hidden');
      }
      const total = performance.now() - this.#exportStarted;
      this.#exportStatus(
        check.maxDiff <= 1e-6
          ? `校验通过：ORT 与 TypeScript 的输出最大相差 ${check.maxDiff.toExponential(2)}（≤ 1e-6）；导出与校验共用时 ${Math.round(total)} ms。`
          : `校验未通过：ORT 与 TypeScript 的输出最大相差 ${check.maxDiff.toExponential(2)}（> 1e-6）。`,
        check.maxDiff > 1e-6,
      );
      this.dataset['exportMs'] = String(total);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#exportStatus(`文件已导出，但 onnxruntime-web 校验失败：${reason}`, true);
    } finally {
      this.#exporting = false;
      this.#updateButtons();
    }
  }

  async #copyKeras(): Promise<void> {
    const { kerasProgram } = await import('../../lib/playground/keras-code.ts');
    const code = kerasProgram(this.#settings);
    const details = this.querySelector<HTMLDetailsElement>('[data-keras]');
    const target = this.querySelector('[data-keras-code]');
    if (target) target.textContent = code;
    details?.removeAttribute('hidden');
    try {
      await navigator.clipboard.writeText(code);
      this.#exportStatus('Keras 代码已复制到剪贴板（也显示在下方）。');
    } catch {
      if (details) details.open = true;
      this.#exportStatus('浏览器不允许写入剪贴板：代码显示在下方，请手动复制。');
    }
  }
}

customElements.define('dc-playground', DcPlayground);
