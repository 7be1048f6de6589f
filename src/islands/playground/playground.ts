/**
 * `<dc-playground>`: the playground island, wiring its parts together:
 *
 * - `SettingsForm` (settings-form.ts): the form and the URL, the one place outside input is parsed;
 * - `RunClient` (run-client.ts): the training worker and the run's one state (`RunState`);
 * - `RunCharts` (run-charts.ts): curves, decision boundary, network and probe, per frame;
 * - `ExportPanel` (export-panel.ts) and `copyKerasProgram` (keras-copy.ts).
 *
 * It renders from the run's state: `data-state` is the state's `kind` (`idle | training | done |
 * failed`), the status line and the buttons follow from it (src/lib/playground/run-state.ts).
 * For tests and the benchmark the element exposes `weights`, `epoch`, `history` and `heatmap`.
 */
import type { NetworkSpec, NetworkWeights } from '../../lib/model/network.ts';
import type { Heatmap } from '../../lib/playground/heatmap.ts';
import type { Metrics } from '../../lib/playground/protocol.ts';
import {
  enabledActions,
  runOf,
  statusText,
  type RunAction,
  type RunSnapshot,
  type RunState,
} from '../../lib/playground/run-state.ts';
import { labelBugView, signed } from '../../lib/playground/label-bug.ts';
import { settingsToRunConfig, type PlaygroundSettings } from '../../lib/playground/settings.ts';
import { ExportPanel } from './export-panel.ts';
import { copyKerasProgram } from './keras-copy.ts';
import { RunCharts } from './run-charts.ts';
import { RunClient, type History } from './run-client.ts';
import { SettingsForm } from './settings-form.ts';
import { setText } from '../shared/dom.ts';

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

class DcPlayground extends HTMLElement {
  #form!: SettingsForm;
  #client!: RunClient;
  #charts!: RunCharts;
  #export!: ExportPanel;
  /** The network of the current settings. */
  #spec!: NetworkSpec;

  /** Current float64 weights (as the worker last reported them). */
  get weights(): NetworkWeights | undefined {
    return runOf(this.#client.state)?.weights;
  }

  /** Epochs trained so far. */
  get epoch(): number {
    return runOf(this.#client.state)?.epoch ?? 0;
  }

  /** The decision boundary drawn (the worker's), for tests. */
  get heatmap(): Heatmap | undefined {
    return runOf(this.#client.state)?.heatmap;
  }

  /** Metrics per progress message, for tests. */
  get history(): Readonly<History> {
    return this.#client.history;
  }

  connectedCallback(): void {
    if (this.#client) return;
    this.#charts = new RunCharts(this);
    this.#export = new ExportPanel(this, () => this.#renderButtons());
    this.#client = new RunClient({
      state: (state) => this.#render(state),
      points: (points) => this.#charts.setPoints(points),
      exported: (message) => {
        const run = runOf(this.#client.state);
        void this.#export.finish(message, this.#spec, run?.weights);
      },
    });
    this.#form = new SettingsForm(this.querySelector('form[data-settings]') as HTMLFormElement, (settings) =>
      this.#start(settings),
    );
    const actions: Record<RunAction | 'keras', () => void> = {
      play: () => {
        this.#client.play(this.#pace());
        this.#bringChartsIntoView();
      },
      pause: () => this.#client.pause(),
      step: () => this.#client.step(),
      reset: () => {
        this.#export.clear();
        this.#client.reset();
      },
      export: () => this.#startExport(),
      keras: () => void copyKerasProgram(this, this.#form.settings, (text) => this.#export.say(text)),
    };
    for (const [action, run] of Object.entries(actions)) {
      this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', run);
    }
    // A new speed applies at once to a run in progress.
    this.querySelector('[data-speed]')?.addEventListener('change', () => this.#client.setPace(this.#pace()));
    this.#start(this.#form.start());
  }

  disconnectedCallback(): void {
    this.#client.terminate();
    this.#charts.stop();
    this.#export.dispose();
  }

  /** (Re)starts the run for `settings` (the form already validated them). */
  #start(settings: PlaygroundSettings): void {
    const run = settingsToRunConfig(settings);
    this.#spec = run.spec;
    this.#export.clear();
    this.#client.start(run);
  }

  /**
   * When training starts, shows the first chart (the loss) if it is not fully on screen: with the
   * run's buttons above it when both fit (a wide screen), else from the charts' top (a phone,
   * where the charts come after the buttons).
   */
  #bringChartsIntoView(): void {
    const run = this.querySelector<HTMLElement>('.pg-run');
    const charts = this.querySelector<HTMLElement>('.pg-charts');
    const first = charts?.firstElementChild?.getBoundingClientRect();
    if (!run || !charts || !first) return;
    const top = parseFloat(getComputedStyle(charts).scrollMarginTop) || 0;
    if (first.top >= top && first.bottom <= innerHeight) return;
    const both = first.bottom - run.getBoundingClientRect().top <= innerHeight - top;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    (both ? run : charts).scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }

  /** The reader's speed choice: paced epochs per second so a run can be watched, or full speed. */
  #pace(): number | undefined {
    const rate = Number(this.querySelector<HTMLSelectElement>('[data-speed]')?.value);
    return Number.isFinite(rate) && rate > 0 ? rate : undefined;
  }

  #startExport(): void {
    if (!enabledActions(this.#client.state, this.#export.busy).export) return;
    this.#export.begin();
    this.#renderButtons();
    this.#client.export();
  }

  #render(state: RunState): void {
    this.dataset['state'] = state.kind;
    if (state.kind === 'failed') this.#export.abort();
    const status = this.querySelector('.pg-run [data-status]');
    if (status) setText(status, statusText(state, this.#spec, this.#form.settings.trainSize));
    this.#renderButtons();
    const run = runOf(state);
    if (!run) return;
    this.#showMetrics(run.epoch, run.metrics);
    this.#showLabelBug(run);
    this.#charts.schedule({ run, history: this.#client.history, spec: this.#spec });
  }

  #renderButtons(): void {
    const enabled = enabledActions(this.#client.state, this.#export.busy);
    for (const [action, on] of Object.entries({ ...enabled, keras: true })) {
      const button = this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      if (button) button.disabled = !on;
    }
  }

  #show(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element) setText(element, text);
  }

  #showMetrics(epoch: number, metrics: Metrics): void {
    this.#show('[data-metric="epoch"]', String(epoch));
    this.#show('[data-metric="trainLoss"]', signed(metrics.trainLoss, 4));
    this.#show('[data-metric="testLoss"]', signed(metrics.testLoss, 4));
    this.#show('[data-metric="trainAccuracy"]', percent(metrics.trainAccuracy));
    this.#show('[data-metric="testAccuracy"]', percent(metrics.testAccuracy));
  }

  /** The label-bug box: live loss, reported accuracy beside the +1 share, and what they mean. */
  #showLabelBug(run: RunSnapshot): void {
    const { labels, lossForm } = this.#form.settings;
    const view = labelBugView(run.metrics, run.positiveShare, labels, lossForm);
    this.#show('[data-bug-loss]', view.loss);
    this.#show('[data-bug-accuracy]', view.accuracy);
    this.#show('[data-positive-share]', view.share);
    this.#show('[data-bug-note]', view.note);
  }
}

customElements.define('dc-playground', DcPlayground);
