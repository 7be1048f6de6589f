/**
 * `<dc-reference-filter>`: filters the reference list by verification status. Listens to the
 * radio group (shown by CSS only when scripts run), hides entries whose status tag (`.status-<status>`) does not
 * match and type groups left empty, and reports the count in a polite live region. Without
 * JavaScript the page stays the full grouped list.
 */
class DcReferenceFilter extends HTMLElement {
  #entries: { el: HTMLElement; status: string }[] = [];
  #groups: HTMLElement[] = [];
  #status: HTMLElement | null = null;

  connectedCallback() {
    const form = this.querySelector<HTMLFieldSetElement>('[data-filter]');
    if (form === null) return;
    this.#entries = [...this.querySelectorAll<HTMLElement>('li[id]')].map((el) => ({
      el,
      status: /\bstatus-([a-z]+)/.exec(el.querySelector('.status')?.className ?? '')?.[1] ?? '',
    }));
    this.#groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];
    this.#status = this.querySelector<HTMLElement>('[data-filter-status]');
    form.addEventListener('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.checked)
        this.#apply(input.value, input.dataset['label'] ?? '');
    });
  }

  /** Shows the entries with status `value` (`all`: every entry) and announces how many. */
  #apply(value: string, label: string) {
    let shown = 0;
    for (const { el, status } of this.#entries) {
      const visible = value === 'all' || status === value;
      el.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of this.#groups) {
      group.hidden = group.querySelector('li[id]:not([hidden])') === null;
    }
    if (this.#status) this.#status.textContent = `显示 ${shown} 条${value === 'all' ? '' : `（${label}）`}`;
  }
}

customElements.define('dc-reference-filter', DcReferenceFilter);
