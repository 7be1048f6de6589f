/**
 * `<dc-plan-count>`: the number after "我的计划" in the header: how many skills of the reader's
 * target career (their plan's `to`, saved by the picker and the plan) are still to learn, i.e. not
 * 已掌握 or 跳过. Hidden while the reader has no plan. Everything it needs comes in `data-*`
 * attributes (SiteHeader.astro), so this script imports nothing and is inlined into every page:
 * `data-totals` (each career's skill count, `id:14,…`), `data-choice-key` (where the picker keeps
 * the choice), `data-progress-key` (a career's progress key with `{id}`) and `data-event` (the
 * event a saved change fires in this tab; other tabs fire `storage`). Its space is kept by CSS, so
 * showing it moves nothing.
 */
class DcPlanCount extends HTMLElement {
  connectedCallback() {
    const update = () => this.#update();
    update();
    window.addEventListener(this.dataset['event'] ?? 'storage', update);
    window.addEventListener('storage', update);
  }

  /** `localStorage[key]` parsed, or undefined when absent, unreadable or not an object. */
  #read(key: string): Record<string, unknown> | undefined {
    try {
      const value = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  #update() {
    const to = this.#read(this.dataset['choiceKey'] ?? '')?.['to'];
    const total = (this.dataset['totals'] ?? '')
      .split(',')
      .map((pair) => pair.split(':'))
      .find(([id]) => id === to)?.[1];
    if (typeof to !== 'string' || total === undefined) {
      this.hidden = true;
      return;
    }
    // Skills still to learn: the total less those stored as 已掌握 or 跳过.
    const stored = this.#read((this.dataset['progressKey'] ?? '').replace('{id}', to)) ?? {};
    const done = Object.values(stored).filter((s) => s === 'mastered' || s === 'skipped').length;
    const left = Math.max(Number(total) - done, 0);
    const [shown, spoken] = this.children;
    if (shown) shown.textContent = String(left);
    if (spoken) spoken.textContent = `（还要学 ${left} 项）`;
    this.hidden = false;
  }
}

customElements.define('dc-plan-count', DcPlanCount);
