/**
 * `<dc-reference-filter>`: filters the reference list by verification status. Shows the
 * (server-hidden) radio group, hides entries whose `data-status` does not match and type groups
 * left empty, and reports the count in a polite live region. Without JavaScript the page stays
 * the full grouped list.
 */
class DcReferenceFilter extends HTMLElement {
  #entries: HTMLElement[] = [];
  #groups: HTMLElement[] = [];
  #status: HTMLElement | null = null;

  connectedCallback() {
    const form = this.querySelector<HTMLFieldSetElement>('[data-filter]');
    if (form === null) return;
    this.#entries = [...this.querySelectorAll<HTMLElement>('li[data-status]')];
    this.#groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];
    this.#status = this.querySelector<HTMLElement>('[data-filter-status]');
    form.hidden = false;
    form.addEventListener('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.checked)
        this.#apply(input.value, input.dataset['label'] ?? '');
    });
  }

  /** Shows the entries with status `value` (`all`: every entry) and announces how many. */
  #apply(value: string, label: string) {
    let shown = 0;
    for (const entry of this.#entries) {
      const visible = value === 'all' || entry.dataset['status'] === value;
      entry.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of this.#groups) {
      group.hidden = group.querySelector('li[data-status]:not([hidden])') === null;
    }
    if (this.#status) this.#status.textContent = `显示 ${shown} 条${value === 'all' ? '' : `（${label}）`}`;
  }
}

customElements.define('dc-reference-filter', DcReferenceFilter);
