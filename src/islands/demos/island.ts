/**
 * Behaviour shared by the demo islands (`<dc-…>` elements rendered by `DemoShell.astro`): read
 * the model's location from `data-model-url` / `data-model-sha256`, start loading when the island
 * comes near the viewport or is used, and show ready / loading / error states with a retry
 * button. With the reader's data saver on (`navigator.connection.saveData`) nothing downloads by
 * itself: a "加载演示" button starts it. Each island supplies `start()` and may read more
 * `data-*` attributes in `configure()`.
 */
import { DemoError, type ModelSource } from './runtime.ts';
import { mayAutoLoad, type ConnectionHint } from '../../lib/demos/config.ts';

/** State shown in the island's status line (and as `data-state`). */
export type DemoState = 'ready' | 'loading' | 'running' | 'done' | 'error';

export abstract class DemoIsland extends HTMLElement {
  #started = false;
  #reloadOnRetry = false;
  #observer: IntersectionObserver | undefined;
  /** The model file and its expected SHA-256. */
  protected model!: ModelSource;
  /** False for a demo that waits for its own button (the backends measurement). */
  protected readonly startsNearViewport: boolean = true;

  /** Loads what the demo needs and shows the first result. Throw DemoError on failure. */
  protected abstract start(): Promise<void>;

  /** Reads the island's own `data-*` attributes; throw to refuse a broken page. */
  protected configure(): void {}

  /** Enables controls that need the model (server-rendered disabled, so nothing shifts). */
  protected enableControls(): void {}

  connectedCallback(): void {
    const { modelUrl, modelSha256 } = this.dataset;
    if (!modelUrl || !modelSha256 || this.model) return;
    this.model = { url: modelUrl, sha256: modelSha256 };
    try {
      this.configure();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.classList.add('js');
    this.querySelector('[data-retry]')?.addEventListener('click', () => {
      if (this.#reloadOnRetry) window.location.reload();
      else void this.begin(true);
    });
    const connection = (navigator as Navigator & { connection?: ConnectionHint }).connection;
    if (this.startsNearViewport && !mayAutoLoad(connection)) {
      const load = this.querySelector<HTMLButtonElement>('[data-load]');
      this.setState('ready', '已开启省流量模式：点击“加载演示”后才下载推理运行时与模型（约 2.3 MB）。');
      if (load) {
        load.hidden = false;
        load.addEventListener(
          'click',
          () => {
            load.hidden = true;
            this.enableControls();
            void this.begin();
          },
          { once: true },
        );
      }
      return;
    }
    this.enableControls();
    if (!this.startsNearViewport) {
      this.setState('ready', '就绪：点击按钮后开始。');
      return;
    }
    this.setState('ready', '就绪：进入视口或操作时加载模型。');
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.begin();
      },
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  /** Starts loading once (or again after an error when `retry`). */
  protected async begin(retry = false): Promise<void> {
    if (this.#started && !retry) return;
    this.#started = true;
    this.#observer?.disconnect();
    this.setState('loading', '正在加载模型与 onnxruntime-web…');
    try {
      await this.start();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Shows an error and the retry button. Never rethrows: the rest of the page keeps working. */
  protected fail(error: unknown): void {
    this.#reloadOnRetry = error instanceof DemoError && error.reload;
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.textContent = this.#reloadOnRetry ? '重新加载页面' : '重试';
    const message =
      error instanceof DemoError
        ? error.message
        : `出错了：${error instanceof Error ? error.message : String(error)}`;
    this.setState('error', message);
  }

  /**
   * Sets `data-state` and the status line. Once the demo runs (running or done), the
   * no-JavaScript note gives its place to the live line (DemoShell's `nojs` and `live` slots).
   */
  protected setState(state: DemoState, message: string): void {
    this.dataset['state'] = state;
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = message;
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.hidden = state !== 'error';
    if (state === 'running' || state === 'done') {
      for (const note of this.querySelectorAll<HTMLElement>('[data-nojs]')) note.hidden = true;
      for (const live of this.querySelectorAll('[data-live]')) live.classList.add('shown');
    }
  }

  /** Says `text` to screen readers (polite), e.g. a new result after a keyboard move. */
  protected announce(text: string): void {
    const live = this.querySelector('[data-announce]');
    if (live) live.textContent = text;
  }
}
