/**
 * The playground's export panel: offers the ONNX file and model card the worker wrote as
 * downloads, then checks the file in onnxruntime-web against the TypeScript forward pass
 * (`ort-check.ts`, loaded only now). It has its own small state — an export under way or not —
 * which the island reads to keep the run's buttons still meanwhile.
 */
import type { NetworkSpec, NetworkWeights } from '../../lib/model/network.ts';
import type { ExportedMessage } from '../../lib/playground/protocol.ts';

/** Largest |ORT − TypeScript| that passes the check. */
const TOLERANCE = 1e-6;

export class ExportPanel {
  readonly #root: HTMLElement;
  readonly #onIdle: () => void;
  #urls: string[] = [];
  /** When the export under way began (performance.now()), or undefined. */
  #started: number | undefined;

  /** `root` holds the panel's elements; `onIdle` runs when an export (and its check) ends. */
  constructor(root: HTMLElement, onIdle: () => void) {
    this.#root = root;
    this.#onIdle = onIdle;
  }

  /** True while an export or its check is under way. */
  get busy(): boolean {
    return this.#started !== undefined;
  }

  /** Marks an export as asked for (the island then posts `export` to the worker). */
  begin(): void {
    this.#started = performance.now();
    this.say('正在导出 ONNX 文件…');
  }

  /** Ends an export that failed in the worker (the island shows the error). */
  abort(): void {
    this.#started = undefined;
  }

  /** Forgets the previous export's files (new settings, a reset). */
  clear(): void {
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls = [];
    for (const part of ['[data-downloads]', '[data-file]', '[data-ort]']) {
      this.#root.querySelector(part)?.setAttribute('hidden', '');
    }
    this.#root.querySelector('[data-results-note]')?.removeAttribute('hidden');
    this.say('');
  }

  /** Shows `text` on the panel's status line (an error in the error style). */
  say(text: string, error = false): void {
    const status = this.#root.querySelector<HTMLElement>('[data-export-status]');
    if (!status) return;
    status.textContent = text;
    if (error) status.dataset['error'] = '';
    else delete status.dataset['error'];
  }

  /**
   * Offers `message`'s files (and starts the ONNX download, as the button promises), then runs
   * the ORT check on them with the weights they hold (`spec`, `weights` as the worker sent them).
   */
  async finish(
    message: ExportedMessage,
    spec: NetworkSpec,
    weights: NetworkWeights | undefined,
  ): Promise<void> {
    const started = this.#started ?? performance.now();
    this.clear();
    this.#started = started;
    const onnxUrl = URL.createObjectURL(
      new Blob([message.onnx.slice()], { type: 'application/octet-stream' }),
    );
    const cardUrl = URL.createObjectURL(new Blob([message.card], { type: 'application/json' }));
    this.#urls = [onnxUrl, cardUrl];
    const onnxLink = this.#root.querySelector<HTMLAnchorElement>('[data-download="onnx"]');
    const cardLink = this.#root.querySelector<HTMLAnchorElement>('[data-download="card"]');
    if (onnxLink) {
      onnxLink.href = onnxUrl;
      onnxLink.download = message.onnxFileName;
    }
    if (cardLink) {
      cardLink.href = cardUrl;
      cardLink.download = message.cardFileName;
    }
    // One line each (the page reserves their space): the name and hash are cut with an ellipsis.
    this.#field('file', 'name', message.onnxFileName);
    this.#field('file', 'bytes', `${message.onnx.length.toLocaleString('zh-CN')} 字节`);
    this.#field('file', 'sha256', message.sha256);
    this.#root.querySelector('[data-downloads]')?.removeAttribute('hidden');
    this.#root.querySelector('[data-file]')?.removeAttribute('hidden');
    this.#root.querySelector('[data-results-note]')?.setAttribute('hidden', '');
    // Offer the file at once, as the button promises; the links stay for the model card and a second copy.
    onnxLink?.click();
    this.say(
      `已导出 epoch ${message.epoch} 的权重；正在用 onnxruntime-web 在网格上运行并与 TypeScript 比较…`,
    );
    try {
      if (!weights) throw new Error('没有权重');
      const { checkWithOrt } = await import('./ort-check.ts');
      const check = await checkWithOrt(message.onnx, spec, weights);
      this.#field('ort', 'backend', check.backend);
      this.#field('ort', 'points', check.points.toLocaleString('zh-CN'));
      this.#field('ort', 'maxDiff', check.maxDiff.toExponential(2));
      const ort = this.#root.querySelector<HTMLElement>('[data-ort]');
      if (ort) {
        ort.dataset['maxDiff'] = String(check.maxDiff);
        ort.removeAttribute('hidden');
      }
      const total = performance.now() - started;
      const passed = check.maxDiff <= TOLERANCE;
      this.say(
        passed
          ? `校验通过：ORT 与 TypeScript 的输出最大相差 ${check.maxDiff.toExponential(2)}（≤ 1e-6）；导出与校验共用时 ${Math.round(total)} ms。`
          : `校验未通过：ORT 与 TypeScript 的输出最大相差 ${check.maxDiff.toExponential(2)}（> 1e-6）。`,
        !passed,
      );
      // For the benchmark: export and check, from the click.
      this.#root.dataset['exportMs'] = String(total);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.say(`文件已导出，但 onnxruntime-web 校验失败：${reason}`, true);
    } finally {
      this.#started = undefined;
      this.#onIdle();
    }
  }

  /** Sets one value of the file (`file`) or check (`ort`) list, its full text also as a tooltip. */
  #field(list: 'file' | 'ort', name: string, text: string): void {
    const element = this.#root.querySelector<HTMLElement>(`[data-${list}-field="${name}"]`);
    if (!element) return;
    element.textContent = text;
    element.title = text;
  }

  /** Releases the files (the element left the page). */
  dispose(): void {
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls = [];
  }
}
