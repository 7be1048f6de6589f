/**
 * `<dc-forward-pass>`: runs the shipped model on one point chosen by sliders, number fields or
 * the unit square, and fills in z, h and y, in the table and on the 2-3-1 diagram. z is
 * computed here from the weights in `data-weights` (the ONNX graph does not output it); h and
 * y come from onnxruntime-web.
 */
import { DemoIsland } from './island.ts';
import { getSession, run, type LoadedSession } from './runtime.ts';
import { backendLabel } from '../../lib/demos/backend.ts';
import { decodeWeights } from '../../lib/demos/config.ts';
import { arrowMove, parseUnitInput } from '../../lib/demos/input.ts';
import { forward, type SeparatorWeights } from '../../lib/model/mlp.ts';
import { verdictText } from '../../lib/demos/verdict.ts';

class DcForwardPass extends DemoIsland {
  #weights!: SeparatorWeights;
  #point: [number, number] = [0.8, 0.3];
  #loaded: LoadedSession | undefined;
  #queued = false;
  #bound = false;

  protected override configure(): void {
    this.#weights = decodeWeights(this.dataset['weights'] ?? '');
  }

  // The controls are server-rendered disabled (they need the model); enabling them changes
  // no layout, so nothing shifts.
  protected override enableControls(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('.live input')) input.disabled = false;
    if (this.#bound) return;
    this.#bound = true;
    this.#point = [
      Number(this.querySelector<HTMLInputElement>('[data-axis="0"]')?.value ?? 0.8),
      Number(this.querySelector<HTMLInputElement>('[data-axis="1"]')?.value ?? 0.3),
    ];
    for (const range of this.querySelectorAll<HTMLInputElement>('input[data-axis]')) {
      range.addEventListener('input', () =>
        this.#setAxis(Number(range.dataset['axis']), Number(range.value)),
      );
    }
    for (const field of this.querySelectorAll<HTMLInputElement>('input[data-axis-number]')) {
      field.addEventListener('change', () => this.#onNumber(field));
      field.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') this.#onNumber(field);
      });
    }
    const square = this.querySelector<SVGSVGElement>('[data-square]');
    square?.addEventListener('click', (event) => {
      const box = square.getBoundingClientRect();
      // The viewBox adds a margin of 0.08 on each side of the unit square (1.16 wide).
      const x = ((event.clientX - box.left) / box.width) * 1.16 - 0.08;
      const y = ((event.clientY - box.top) / box.height) * 1.16 - 0.08;
      this.#setPoint(Math.min(1, Math.max(0, x)), Math.min(1, Math.max(0, 1 - y)));
    });
    square?.addEventListener('keydown', (event) => {
      const next = arrowMove(this.#point, event.key, event.shiftKey, 0.01);
      if (!next) return;
      event.preventDefault();
      this.#setPoint(next[0], next[1]);
    });
  }

  protected async start(): Promise<void> {
    this.#loaded = await getSession('wasm', this.model);
    await this.#update();
  }

  #onNumber(field: HTMLInputElement): void {
    const axis = Number(field.dataset['axisNumber']);
    const parsed = parseUnitInput(field.value);
    const message = this.querySelector<HTMLElement>('[data-input-message]');
    if (!parsed.ok) {
      if (message) message.textContent = parsed.message;
      field.setAttribute('aria-invalid', 'true');
      return;
    }
    field.removeAttribute('aria-invalid');
    if (message) message.textContent = parsed.message ?? '';
    this.#setAxis(axis, parsed.value);
  }

  #setAxis(axis: number, value: number): void {
    const next: [number, number] = [...this.#point];
    next[axis] = value;
    this.#setPoint(next[0], next[1]);
  }

  #setPoint(x1: number, x2: number): void {
    this.#point = [x1, x2];
    this.#point.forEach((v, axis) => {
      const range = this.querySelector<HTMLInputElement>(`[data-axis="${axis}"]`);
      if (range) range.value = String(v);
      const field = this.querySelector<HTMLInputElement>(`[data-axis-number="${axis}"]`);
      if (field && document.activeElement !== field) field.value = String(Math.round(v * 1000) / 1000);
    });
    const dot = this.querySelector<SVGCircleElement>('[data-point]');
    dot?.setAttribute('cx', String(x1));
    dot?.setAttribute('cy', String(1 - x2));
    const square = this.querySelector('[data-square]');
    square?.setAttribute('aria-valuenow', String(x1));
    square?.setAttribute('aria-valuetext', `x1 = ${x1.toFixed(2)}, x2 = ${x2.toFixed(2)}`);
    if (!this.#loaded) {
      void this.begin();
      return;
    }
    // Coalesce bursts of slider events: one inference per animation frame at most.
    if (this.#queued) return;
    this.#queued = true;
    requestAnimationFrame(() => {
      this.#queued = false;
      this.#update().catch((error: unknown) => this.fail(error));
    });
  }

  async #update(): Promise<void> {
    if (!this.#loaded) return;
    const [x1, x2] = this.#point;
    const { hidden, probability } = await run(this.#loaded, new Float32Array([x1, x2]));
    const reference = forward(this.#weights, [x1, x2]);
    const set = (selector: string, value: number) => {
      const cell = this.querySelector(selector);
      if (cell) cell.textContent = value.toFixed(4);
    };
    reference.z1.forEach((z, j) => set(`[data-z="${j}"]`, z));
    [...hidden].forEach((h, j) => set(`[data-h="${j}"]`, h));
    set('[data-z2]', reference.z2);
    const y = probability[0] ?? Number.NaN;
    set('[data-y]', y);
    const cls = y > 0.5 ? 1 : 0;
    const verdict = this.querySelector('[data-verdict]');
    if (verdict) verdict.textContent = verdictText(x1, x2, y);
    this.dataset['y'] = String(y);
    this.#drawValues([[x1, x2], [...hidden], [y]]);
    this.announce(`x1 ${x1.toFixed(2)}，x2 ${x2.toFixed(2)}：y ${y.toFixed(3)}，类别 ${cls}`);
    this.setState('done', `由 onnxruntime-web 计算，后端：${backendLabel(this.#loaded.backend)}。`);
  }

  /** Writes each node's value into the diagram and shades it by the value (0–1). */
  #drawValues(layers: number[][]): void {
    layers.forEach((values, l) =>
      values.forEach((value, i) => {
        const node = this.querySelector<SVGGElement>(`[data-node="${l}-${i}"]`);
        if (!node) return;
        node.style.setProperty('--activation', value.toFixed(3));
        const text = node.querySelector('[data-node-value]');
        if (text) text.textContent = value.toFixed(2);
      }),
    );
  }
}

customElements.define('dc-forward-pass', DcForwardPass);
