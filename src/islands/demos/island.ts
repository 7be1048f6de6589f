/**
 * Behaviour shared by the demo islands: read the JSON config the server rendered, start
 * loading when the island comes near the viewport or is used, and show ready / loading /
 * error states with a retry button. Each island supplies `start()`.
 */
import { DemoError } from './runtime.ts';

/** State shown in the island's status line. */
export type DemoState = 'ready' | 'loading' | 'running' | 'done' | 'error';

export abstract class DemoIsland<Config> extends HTMLElement {
  protected config!: Config;
  private started = false;
  private reloadOnRetry = false;
  private observer: IntersectionObserver | undefined;

  /** Loads what the demo needs and shows the first result. Throw DemoError on failure. */
  protected abstract start(): Promise<void>;

  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!json) return;
    this.config = JSON.parse(json) as Config;
    this.classList.add('js');
    this.querySelector('[data-retry]')?.addEventListener('click', () => {
      if (this.reloadOnRetry) window.location.reload();
      else void this.begin(true);
    });
    this.setState('ready', '就绪：进入视口或操作时加载模型。');
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.begin();
      },
      { rootMargin: '200px 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  /** Starts loading once (or again after an error when `retry`). */
  protected async begin(retry = false): Promise<void> {
    if (this.started && !retry) return;
    this.started = true;
    this.observer?.disconnect();
    this.setState('loading', '正在加载模型与 onnxruntime-web…');
    try {
      await this.start();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Shows an error and the retry button. Never rethrows: the rest of the page keeps working. */
  protected fail(error: unknown): void {
    this.reloadOnRetry = error instanceof DemoError && error.reload;
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.textContent = this.reloadOnRetry ? '重新加载页面' : '重试';
    const message =
      error instanceof DemoError
        ? error.message
        : `出错了：${error instanceof Error ? error.message : String(error)}`;
    this.setState('error', message);
  }

  protected setState(state: DemoState, message: string): void {
    this.dataset['state'] = state;
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = message;
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.hidden = state !== 'error';
  }
}
