/**
 * `<dc-role-picker>` ("我现在是…"): the part every page with the picker loads. The form is shown
 * by CSS before the first paint when JavaScript runs (see RolePicker.astro); this element loads
 * the working part (role-picker-view.ts: ranking, rendering, the plan link) on the reader's first
 * use of the form, or at once when a choice was saved on an earlier visit.
 */
import { CHOICE_KEY } from './choice.ts';

class DcRolePicker extends HTMLElement {
  #started = false;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    form.addEventListener('submit', (event) => event.preventDefault());
    const start = () => this.#start();
    // Focus or a pointer comes first for most readers; `change` covers a value set without
    // focus (assistive technology, autofill). What was chosen meanwhile is picked up on start.
    for (const type of ['focusin', 'pointerdown', 'change'])
      form.addEventListener(type, start, { once: true });
    let saved = false;
    try {
      saved = localStorage.getItem(CHOICE_KEY) !== null;
    } catch {
      // No storage: nothing to restore.
    }
    if (saved) start();
  }

  #start() {
    if (this.#started) return;
    this.#started = true;
    import('./role-picker-view.ts').then(
      ({ startRolePicker }) => startRolePicker(this),
      () => {
        this.#started = false;
        const status = this.querySelector('.picker-status');
        if (status) status.textContent = '选择器没有加载成功，请检查网络后重试。';
      },
    );
  }
}

customElements.define('dc-role-picker', DcRolePicker);
